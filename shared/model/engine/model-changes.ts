import { inEveryLanguage } from '../../i18n/in-every-language'
import type { Localized } from '../../i18n/in-every-language'

/**
 * What each version of the model and of the scenario format changed, so the report of what
 * changed since a scenario was saved states every step between then and now — not only the last
 * one — and says which figures kept their id but changed their meaning.
 */
interface ModelChange {
  readonly version: string
  readonly text: Localized
  /** Indicators whose id stayed but whose meaning changed with this version. */
  readonly meaning: Readonly<Record<string, Localized>>
}

export const MODEL_CHANGES: readonly ModelChange[] = [
  {
    version: '2.0.0',
    text: inEveryLanguage('whatChanged.model.2_0'),
    meaning: {
      coproduction_effect_cumulative: inEveryLanguage(
        'whatChanged.meaning.coproduction_effect_cumulative',
      ),
      coverage_ratio_cumulative: inEveryLanguage('whatChanged.meaning.coverage_ratio_cumulative'),
      consumer_work_value_final: inEveryLanguage('whatChanged.meaning.consumer_work_value_final'),
    },
  },
  {
    version: '2.1.0',
    text: inEveryLanguage('whatChanged.model.2_1'),
    meaning: {
      consumer_work_value_final: inEveryLanguage(
        'whatChanged.meaning.consumer_work_value_final_2_1',
      ),
    },
  },
  { version: '2.2.0', text: inEveryLanguage('whatChanged.model.2_2'), meaning: {} },
]

/** What each scenario format brought, by the version it upgrades to. */
export const SCHEMA_CHANGES: Readonly<Record<number, Localized>> = {
  2: inEveryLanguage('whatChanged.schema.2'),
  3: inEveryLanguage('whatChanged.schema.3'),
  4: inEveryLanguage('whatChanged.schema.4'),
}

function parts(version: string): number[] {
  return version.split('.').map((part) => Number.parseInt(part, 10) || 0)
}

/** −1, 0 or 1 as version a is before, the same as or after version b (major.minor.patch). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  return 0
}

/** The model's changes after `from` up to and including `to`, oldest first. */
export function modelChangesBetween(from: string, to: string): readonly ModelChange[] {
  return MODEL_CHANGES.filter(
    (change) =>
      compareVersions(change.version, from) > 0 && compareVersions(change.version, to) <= 0,
  )
}

/** The latest meaning an indicator took between two versions, if it changed. */
export function changedMeaning(id: string, from: string, to: string): Localized | null {
  const changes = modelChangesBetween(from, to)
  for (let i = changes.length - 1; i >= 0; i--) {
    const meaning = changes[i]?.meaning[id]
    if (meaning) return meaning
  }
  return null
}

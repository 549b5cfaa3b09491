import type { Baseline } from '@shared/model/baseline/baseline-schema'
import { scenarioCentral } from '@shared/model/engine/assumption-values'
import type { Projection } from '@shared/model/engine/simulate'
import type { Language } from '@shared/app-identity'
import { LEVER_IDS, LEVERS } from '@shared/model/levers/lever-table'
import type { LeverId } from '@shared/model/levers/lever-table'
import type { Translate } from '../i18n/translate'
import { leverSettledYear } from '@shared/model/levers/lever-years'
import type { LeverTiming } from '@shared/model/levers/lever-years'

/**
 * A row of the yield table: its indicators are `increment_<key>_final`… and its full phase-in year
 * is that of the levers listed.
 */
export interface YieldRow {
  readonly key: string
  readonly label: (t: Translate, language: Language) => string
  readonly levers: readonly LeverId[]
}

/** All levers together, then each lever of the table under its short name. */
export const YIELD_ROWS: readonly YieldRow[] = [
  { key: 'total', label: (t) => t('rowAllLevers'), levers: LEVER_IDS },
  ...LEVERS.map((lever) => ({
    key: lever.series,
    label: (_t: Translate, language: Language) => lever.name[language],
    levers: [lever.id],
  })),
]

export type { LeverId }

/** What the cards need of a scenario: its horizon, lever timings and assumptions. */
export interface CardScenario {
  readonly horizon: { readonly start: number; readonly end: number }
  readonly levers: Readonly<Record<LeverId, LeverTiming>>
  readonly assumptions: Readonly<Record<string, unknown>>
}

/**
 * The first year every listed lever switched on is fully phased in and at its final step (the
 * horizon's start when none is), within the horizon: the year the "full phase-in" indicators are
 * read at, as the engine's fullPhaseInYear reckons it (both with leverSettledYear).
 */
export function fullPhaseInYear(scenario: CardScenario, levers: readonly LeverId[]): number {
  let year = scenario.horizon.start
  for (const id of levers) {
    const lever = scenario.levers[id]
    if (!lever.enabled) continue
    year = Math.max(year, leverSettledYear(lever))
  }
  return Math.min(year, scenario.horizon.end)
}

/** The discount rate the present values use (the scenario's own, or the baseline default). */
export function discountRate(scenario: CardScenario, baseline: Baseline): number | null {
  try {
    return scenarioCentral(
      scenario.assumptions as Parameters<typeof scenarioCentral>[0],
      baseline,
      'finance.discount_rate',
    )
  } catch {
    return null
  }
}

/** A series' value in a year of the projection, NaN when absent. */
export function seriesAt(projection: Projection, id: string, year: number): number {
  const i = projection.years.indexOf(year)
  const values = projection.series.find((s) => s.id === id)?.values
  return i < 0 || !values ? Number.NaN : (values[i] ?? Number.NaN)
}

/** The balance of one fund in the final year: the scenario's, the current-law path's and the gap. */
export interface BalanceCard {
  readonly year: number
  readonly scenario: number
  readonly currentLaw: number
  readonly change: number
}

export function balanceCard(
  projection: Projection,
  scenarioId: string,
  baselineId: string,
): BalanceCard {
  const year = projection.years[projection.years.length - 1] ?? Number.NaN
  const scenario = seriesAt(projection, scenarioId, year)
  const currentLaw = seriesAt(projection, baselineId, year)
  return { year, scenario, currentLaw, change: scenario - currentLaw }
}

/**
 * The years of a fund's current-law path that come from a published table (PLFSS, Unédic
 * forecast), within the projection; the later ones come from the projection rule.
 */
export function publishedYears(
  table: { readonly years: readonly number[] },
  years: readonly number[],
): { first: number; last: number } | null {
  const inside = table.years.filter((y) => years.includes(y))
  if (inside.length === 0) return null
  return { first: inside[0] as number, last: inside[inside.length - 1] as number }
}

/**
 * A series split in two lines at the last published year: values up to it, and from it on (the
 * shared year joins the segments); NaN elsewhere, which the charts leave as a gap.
 */
export function splitAt(
  years: readonly number[],
  values: readonly number[],
  lastPublished: number,
): { published: number[]; rule: number[] } {
  return {
    published: years.map((y, i) => (y <= lastPublished ? (values[i] ?? Number.NaN) : Number.NaN)),
    rule: years.map((y, i) => (y >= lastPublished ? (values[i] ?? Number.NaN) : Number.NaN)),
  }
}

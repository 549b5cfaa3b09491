import type { Language } from '../app-identity'
import { translator } from '../i18n/translate'
import type { Baseline } from '../model/baseline/baseline-schema'

/**
 * What "current law" stands on, named from the baseline itself (no literal): the source of the
 * ROBSS path and of the Unédic forecast, the last year each table gives, and that the model
 * extends them beyond by its rules.
 */

/** A source's title up to its first bracket or colon: "PLFSS 2026 transmis au Sénat". */
export function shortSource(baseline: Baseline, id: string): string {
  const title = baseline.sources[id]?.title ?? id
  return (title.split(/\s[(:]/)[0] ?? title).trim()
}

function pathText(
  baseline: Baseline,
  table: Baseline['robss'],
  language: Language,
  kind: 'robss' | 'unedic',
): string {
  const source = shortSource(baseline, table.source)
  const last = table.years[table.years.length - 1] as number
  return translator(language)(kind === 'robss' ? 'brief.robssPath' : 'brief.unedicPath', {
    source,
    year: String(last),
  })
}

/** The ROBSS current-law path as the brief names it. */
export function currentLawPath(baseline: Baseline, language: Language): string {
  return pathText(baseline, baseline.robss, language, 'robss')
}

/** The Unédic current-law forecast as the brief names it. */
export function unedicForecast(baseline: Baseline, language: Language): string {
  return pathText(baseline, baseline.unedic, language, 'unedic')
}

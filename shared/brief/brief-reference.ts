import type { Language } from '../app-identity'
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
  if (language === 'fr')
    return kind === 'robss'
      ? `trajectoire ${source} jusqu’en ${last}, prolongée au-delà, sans nouvelle coproduction`
      : `${source}, jusqu’en ${last}, prolongée au-delà, sans nouvelle coproduction`
  return kind === 'robss'
    ? `path of the ${source} to ${last}, extended beyond, without new coproduction`
    : `${source}, to ${last}, extended beyond, without new coproduction`
}

/** The ROBSS current-law path as the brief names it. */
export function currentLawPath(baseline: Baseline, language: Language): string {
  return pathText(baseline, baseline.robss, language, 'robss')
}

/** The Unédic current-law forecast as the brief names it. */
export function unedicForecast(baseline: Baseline, language: Language): string {
  return pathText(baseline, baseline.unedic, language, 'unedic')
}

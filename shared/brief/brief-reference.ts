import type { Language } from '../app-identity'
import { translator } from '../i18n/translate'
import type { Baseline } from '../model/baseline/baseline-schema'

/**
 * What the PLFSS path and the Unédic forecast stand on, named from the baseline itself (no
 * literal): the source of each table, the last year it gives, and that the model extends it
 * beyond by its rules. Not "current law": that is the scenario with no lever reformed, whose
 * balance also bears the cost of coproduction (see brief.glossary.* in the catalogue).
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

/** The ROBSS PLFSS path as the brief names it. */
export function plfssPath(baseline: Baseline, language: Language): string {
  return pathText(baseline, baseline.robss, language, 'robss')
}

/** The Unédic forecast as the brief names it. */
export function unedicForecast(baseline: Baseline, language: Language): string {
  return pathText(baseline, baseline.unedic, language, 'unedic')
}

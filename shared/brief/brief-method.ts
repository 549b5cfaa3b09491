import type { Language } from '../app-identity'
import { translator } from '../i18n/translate'
import type { Baseline } from '../model/baseline/baseline-schema'
import { formatValue } from '../format/format-value'
import { SECTOR_IDS } from '../model/engine/ids'
import { plfssPath, shortSource } from './brief-reference'

const METHOD_PARAGRAPHS = [
  'brief.method.1',
  'brief.method.2',
  'brief.method.3',
  'brief.method.4',
  'brief.method.5',
  'brief.method.6',
  'brief.method.7',
  'brief.method.8',
] as const

/**
 * Method notes and limits: docs/model.md (model 2) in short paragraphs for readers who will not
 * open it. Keep them in step with the model document when the equations change.
 */
export function methodNotes(baseline: Baseline, language: Language): string[] {
  const sectors = SECTOR_IDS.length
  const base = baseline.baseYear
  const path = plfssPath(baseline, language)
  const unedic = shortSource(baseline, baseline.unedic.source)
  const t = translator(language)
  const params = { sectors, base: String(base), path, rate: dstRate(baseline, language), unedic }
  return METHOD_PARAGRAPHS.map((key) => t(key, params))
}

function dstRate(baseline: Baseline, language: Language): string {
  const rate = baseline.assumptions['dst.reference_rate']
  return rate ? formatValue(rate.value, 'share', language) : '—'
}

/**
 * The brief's terms, each defined once: the PLFSS path (the published ROBSS table, extended, with
 * no lever and no new coproduction), current law (no lever reformed, coproduction included) and,
 * in a comparison, the reference. The summary, the ledger and the charts use these words and no
 * other for these figures, so one word never names two figures.
 */
export function glossaryNotes(
  baseline: Baseline,
  language: Language,
  kind: 'scenario' | 'comparison',
): string[] {
  const t = translator(language)
  const params = { path: plfssPath(baseline, language), rate: dstRate(baseline, language) }
  return [
    t('brief.glossary.plfssPath', params),
    t('brief.glossary.currentLaw', params),
    ...(kind === 'comparison' ? [t('brief.glossary.reference')] : []),
  ]
}

import type { Language } from '../app-identity'
import { translator } from '../i18n/translate'
import type { Baseline } from '../model/baseline/baseline-schema'
import { formatValue } from '../format/format-value'
import { SECTOR_IDS } from '../model/engine/ids'
import { currentLawPath, shortSource } from './brief-reference'

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
  const path = currentLawPath(baseline, language)
  const unedic = shortSource(baseline, baseline.unedic.source)
  const dstRate = baseline.assumptions['dst.reference_rate']
  const rate = dstRate ? formatValue(dstRate.value, 'share', language) : '—'
  const t = translator(language)
  const params = { sectors, base: String(base), path, rate, unedic }
  return METHOD_PARAGRAPHS.map((key) => t(key, params))
}

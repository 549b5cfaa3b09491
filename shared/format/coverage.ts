import { formatValue } from './format-value'
import type { Language } from '../app-identity'
import { translator } from '../i18n/translate'
import { COVERAGE_MIN_DENOMINATOR } from '../model/engine/series'

/**
 * The ratio of lever yield to the ROBSS over the cost of coproduction to it is only shown where
 * that cost means something; otherwise the interface and the brief say why instead of a number.
 */
export function coverageReason(language: Language): string {
  const threshold = formatValue(COVERAGE_MIN_DENOMINATOR, 'bn_eur', language)
  return translator(language)('format.coverageReason', { threshold })
}

/** The coverage ratio as a figure, or "—" followed by the reason when it is undefined. */
export function coverageText(value: number, language: Language): string {
  return Number.isFinite(value)
    ? formatValue(value, 'ratio', language)
    : `— (${coverageReason(language)})`
}

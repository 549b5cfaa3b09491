import type { Language } from '../app-identity'
import { localeOf } from '../i18n/languages'

// Making a formatter costs far more than using one (a chart's hover texts format hundreds of values).
const cache = new Map<string, Intl.NumberFormat>()
export function numberFormat(
  language: Language,
  digits: number,
  grouping = true,
  minimumDigits = digits,
): Intl.NumberFormat {
  const key = `${language}|${minimumDigits}|${digits}|${grouping}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), {
      minimumFractionDigits: minimumDigits,
      maximumFractionDigits: digits,
      useGrouping: grouping,
    })
    cache.set(key, format)
  }
  return format
}

/** Decimals that keep about three significant figures for the usual magnitudes. */
export function defaultDigits(magnitude: number): number {
  if (magnitude >= 100) return 0
  if (magnitude >= 10) return 1
  if (magnitude >= 1) return 2
  return 3
}

/**
 * A number in the language's convention (`1 234,5` in French, `1,234.5` in English), with about
 * three significant figures unless `digits` fixes the decimals.
 */
export function formatNumber(value: number, language: Language, digits?: number): string {
  if (!Number.isFinite(value)) return '—'
  // The minus sign (U+2212), not the hyphen Intl writes: typographers' rule in both languages,
  // and the sign the money format already uses ("−€0.8bn").
  return numberFormat(language, digits ?? defaultDigits(Math.abs(value)))
    .format(value)
    .replace(/^-/, '−')
}

/** The language's decimal separator, read from its number format ("," in French). */
export function decimalSeparator(language: Language): string {
  const parts = numberFormat(language, 1).formatToParts(1.5)
  return parts.find((part) => part.type === 'decimal')?.value ?? '.'
}

/**
 * Plotly's `separators` for the language: its decimal mark, then its grouping mark, a plain space
 * standing for the narrow no-break one (charts draw it the same and some fonts lack it).
 */
export function chartSeparators(language: Language): string {
  const parts = numberFormat(language, 1).formatToParts(12345.5)
  const group = parts.find((part) => part.type === 'group')?.value ?? ','
  return `${decimalSeparator(language)}${/\s/.test(group) ? ' ' : group}`
}

import type { Language } from '../app-identity'
import type { Unit } from '../model/engine/units'
import { translator } from '../i18n/translate'
import { decimalSeparator, formatNumber, numberFormat } from './format-number'

export { formatNumber }

/**
 * Numbers as analysts read them, in each language: `1 234,5 Md€` and `64 %` in French,
 * `€1,234.5bn` and `64%` in English. Shares are stored as fractions and shown as percentages.
 */
export interface FormatOptions {
  /** Fixed number of decimals; by default about three significant figures. */
  readonly digits?: number
}

/** Decimals a unit is written with unless the caller fixes them; else about three figures. */
const UNIT_DIGITS: Partial<Record<Unit, number>> = {
  eur_per_year: 0,
  pct_gdp: 2,
  fte: 0,
  persons: 0,
  million_hours: 0,
  hours_per_year: 0,
  years: 1,
  million_per_year: 0,
  petabytes_per_year: 0,
  elasticity: 2,
}

export function formatValue(
  value: number,
  unit: Unit,
  language: Language,
  options: FormatOptions = {},
): string {
  if (!Number.isFinite(value)) return '—'
  const t = translator(language)
  const digits = options.digits ?? UNIT_DIGITS[unit]
  switch (unit) {
    case 'bn_eur': {
      // Money keeps one decimal however large (1 234,5 Md€), more below 10 € bn; the sign goes
      // before the currency where the language puts it first (−€0.8bn).
      const abs = Math.abs(value)
      const moneyDigits = digits ?? (abs === 0 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3)
      const sign = value < 0 ? '−' : ''
      return t('format.bn_eur', { sign, value: formatNumber(abs, language, moneyDigits) })
    }
    case 'share':
    case 'share_per_year':
    case 'ratio': {
      // Up to one decimal, none when it is zero: 6 %, 3,5 %, 64 %.
      const percent =
        digits !== undefined
          ? formatNumber(value * 100, language, digits)
          : numberFormat(language, 1, true, 0)
              .format(Math.round(value * 1000) / 10)
              .replace(/^-/, '−')
      return t(unit === 'share_per_year' ? 'format.share_per_year' : 'format.share', {
        value: percent,
      })
    }
    case 'year':
      return numberFormat(language, 0, false).format(value)
    case 'elasticity':
      return formatNumber(value, language, digits)
    default:
      return t(`format.${unit}`, { value: formatNumber(value, language, digits) })
  }
}

/**
 * Read a number typed in either language's convention ("1 234,5", "1,234.5", "3 %"): returns a
 * fraction for percentages when `percent` is set, or null when the text is not a number.
 */
export function parseNumber(text: string, language: Language, percent = false): number | null {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '')
  if (percent) t = t.replace(/%$/, '')
  if (t === '') return null
  // Drop the grouping separator the language does not use for decimals, then read a dot.
  if (decimalSeparator(language) === ',') t = t.replace(/\./g, '').replace(',', '.')
  else t = t.replace(/,/g, '')
  t = t.replace(/^−/, '-')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null
  const value = Number(t)
  if (!Number.isFinite(value)) return null
  return percent ? value / 100 : value
}

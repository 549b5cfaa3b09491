import type { Language } from '../app-identity'
import type { Unit } from '../model/engine/units'
import { translator } from '../i18n/translate'
import { decimalSeparator, defaultDigits, formatNumber, numberFormat } from './format-number'

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
  eur_per_hour: 2,
  eur_per_request: 0,
  km: 1,
}

/** Units stored as fractions and shown as percentages. */
const PERCENT_UNITS: ReadonlySet<Unit> = new Set<Unit>(['share', 'share_per_year', 'ratio'])

/** Money's decimals when not fixed: one however large, more below 10 € bn (1 234,5 Md€, 0,812 Md€). */
function moneyDigits(abs: number): number {
  return abs === 0 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3
}

/**
 * The decimals the screen writes `value` with (of the percentage, for shares): what a CSV export
 * keeps, so a file never claims more precision than the app shows. `unit` unknown: three figures.
 */
export function shownDigits(value: number, unit: Unit | undefined): number {
  const abs = Math.abs(value)
  if (unit === undefined) return defaultDigits(abs)
  const fixed = UNIT_DIGITS[unit]
  if (fixed !== undefined) return fixed
  if (unit === 'bn_eur') return moneyDigits(abs)
  if (PERCENT_UNITS.has(unit)) return 1
  if (unit === 'year') return 0
  return defaultDigits(abs)
}

/**
 * `value` rounded to the digits the screen shows it with (15.499999999999886 → 15.5 Md€, 15 272.56
 * ETP → 15 273); shares stay fractions, rounded to the percentage's decimal (0.35704 → 0.357).
 */
export function roundAsShown(value: number, unit: Unit | undefined): number {
  if (!Number.isFinite(value)) return value
  const digits = shownDigits(value, unit) + (unit && PERCENT_UNITS.has(unit) ? 2 : 0)
  // toFixed rounds the double's exact decimal, as Intl does for the screen; +0 drops a −0.
  return Number(value.toFixed(digits)) + 0
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
      const sign = value < 0 ? '−' : ''
      return t('format.bn_eur', {
        sign,
        value: formatNumber(abs, language, digits ?? moneyDigits(abs)),
      })
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

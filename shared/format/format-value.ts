import type { Language } from '../app-identity'
import type { Unit } from '../model/engine/units'
import { decimalSeparator, formatNumber, numberFormat } from './format-number'

export { formatNumber }

/**
 * Numbers as analysts read them, in each language: `1 234,5 Md€` and `64 %` in French,
 * `€1,234.5bn` and `64%` in English. Shares are stored as fractions and shown as percentages.
 */
const NNBSP = '\u202f'

export interface FormatOptions {
  /** Fixed number of decimals; by default about three significant figures. */
  readonly digits?: number
}

export function formatValue(
  value: number,
  unit: Unit,
  language: Language,
  options: FormatOptions = {},
): string {
  if (!Number.isFinite(value)) return '—'
  const fr = language === 'fr'
  const n = (x: number, digits = options.digits) => formatNumber(x, language, digits)
  switch (unit) {
    case 'bn_eur': {
      // Money keeps one decimal however large (1 234,5 Md€), more below 10 € bn.
      const abs = Math.abs(value)
      const digits = options.digits ?? (abs === 0 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3)
      return fr ? `${n(value, digits)}${NNBSP}Md€` : `${value < 0 ? '−' : ''}€${n(abs, digits)}bn`
    }
    case 'eur_per_year':
      return fr
        ? `${n(value, options.digits ?? 0)}${NNBSP}€/an`
        : `€${n(value, options.digits ?? 0)}/yr`
    case 'eur_per_gb':
      return fr ? `${n(value)}${NNBSP}€/Go` : `€${n(value)}/GB`
    case 'eur_per_user_year':
      return fr ? `${n(value)}${NNBSP}€/internaute/an` : `€${n(value)}/user/yr`
    case 'share':
    case 'share_per_year':
    case 'ratio': {
      // Up to one decimal, none when it is zero: 6 %, 3,5 %, 64 %.
      const percent =
        options.digits !== undefined
          ? n(value * 100, options.digits)
          : numberFormat(language, 1, true, 0)
              .format(Math.round(value * 1000) / 10)
              .replace(/^-/, '−')
      const suffix = unit === 'share_per_year' ? (fr ? ' par an' : ' a year') : ''
      return fr ? `${percent}${NNBSP}%${suffix}` : `${percent}%${suffix}`
    }
    case 'pct_gdp':
      return fr
        ? `${n(value, options.digits ?? 2)}${NNBSP}% du PIB`
        : `${n(value, options.digits ?? 2)}% of GDP`
    case 'fte':
      return `${n(value, options.digits ?? 0)}${fr ? `${NNBSP}ETP` : ' FTE'}`
    case 'persons':
      return `${n(value, options.digits ?? 0)}${fr ? ' personnes' : ' people'}`
    case 'million_hours':
      return fr
        ? `${n(value, options.digits ?? 0)} millions d’heures`
        : `${n(value, options.digits ?? 0)} million hours`
    case 'hours_per_year':
      return `${n(value, options.digits ?? 0)}${fr ? `${NNBSP}heures/an` : ' hours/yr'}`
    case 'year':
      return numberFormat(language, 0, false).format(value)
    case 'years':
      return `${n(value, options.digits ?? 1)} ${fr ? 'ans' : 'years'}`
    case 'smic_multiple':
      return fr ? `${n(value)}${NNBSP}SMIC` : `${n(value)} × SMIC`
    case 'minutes':
      return `${n(value)} min`
    case 'million_per_year':
      return fr
        ? `${n(value, options.digits ?? 0)} millions/an`
        : `${n(value, options.digits ?? 0)} million/yr`
    case 'million_users':
      return fr ? `${n(value)} millions` : `${n(value)} million`
    case 'petabytes_per_year':
      return fr
        ? `${n(value, options.digits ?? 0)}${NNBSP}Po/an`
        : `${n(value, options.digits ?? 0)} PB/yr`
    case 'elasticity':
      return n(value, options.digits ?? 2)
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

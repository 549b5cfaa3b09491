import type { Language } from '../app-identity'
import { localeOf } from '../i18n/languages'
import { translator } from '../i18n/translate'
import { formatNumber, formatValue } from '../format/format-value'
import type { Projection } from '../model/engine/simulate'
import { coverageText } from '../format/coverage'
import type { Unit } from '../model/engine/units'

/** Helpers that write a brief's numbers: always through the shared formatter. */

/** A series of a projection by id; a missing series is a programming error, not a zero. */
export function seriesOf(projection: Projection, id: string): readonly number[] {
  const found = projection.series.find((s) => s.id === id)
  if (!found) throw new Error(`The projection has no series ${id}`)
  return found.values
}

export function indicatorOf(projection: Projection, id: string): number {
  const found = projection.indicators.find((s) => s.id === id)
  if (!found) throw new Error(`The projection has no indicator ${id}`)
  return found.value
}

/**
 * A modelled count of people as a brief writes it: three significant figures, in millions from a
 * million (2,53 millions de personnes, 45 700 personnes). The model does not know it to the person,
 * and a reader would take 2 526 066 for a census.
 */
export function peopleCount(value: number, language: Language): string {
  const magnitude = Math.abs(value)
  const unit = magnitude >= 1000 ? 10 ** (Math.floor(Math.log10(magnitude)) - 2) : 1
  const rounded = Math.round(value / unit) * unit
  if (Math.abs(rounded) >= 1e6) return formatValue(rounded / 1e6, 'million_persons', language)
  return formatValue(rounded, 'persons', language)
}

/** The fewest decimals (up to 6) that write the value exactly, so a setting reads as it was typed. */
export function exactDigits(value: number): number {
  for (let digits = 0; digits < 6; digits++) {
    const scale = 10 ** digits
    if (Math.abs(Math.round(value * scale) / scale - value) <= 1e-9 * Math.max(1, Math.abs(value)))
      return digits
  }
  return 6
}

/** A setting as entered: percentages in points, so a rate of 0.0325 reads 3.25 %, not 3.3 %. */
export function exactValue(value: number, unit: Unit, language: Language): string {
  const percent = unit === 'share' || unit === 'share_per_year' || unit === 'ratio'
  return formatValue(value, unit, language, {
    digits: exactDigits(percent ? value * 100 : value),
  })
}

/**
 * A value beside its default, with enough decimals that the two do not read the same (a
 * modified assumption must not look unmodified because of rounding).
 */
export function distinctValues(
  value: number,
  reference: number,
  unit: Unit,
  language: Language,
): [string, string] {
  let a = formatValue(value, unit, language)
  let b = formatValue(reference, unit, language)
  for (let digits = 1; a === b && digits <= 6; digits++) {
    a = formatValue(value, unit, language, { digits })
    b = formatValue(reference, unit, language, { digits })
  }
  return [a, b]
}

export { coverageText }

/**
 * A value in a table. The coverage ratio (the only 'ratio' output) is written by coverageText: the
 * figure where its denominator means something, "—" and the reason otherwise.
 */
export function cellValue(value: number, unit: Unit, language: Language): string {
  return unit === 'ratio' ? coverageText(value, language) : formatValue(value, unit, language)
}

/**
 * A difference, signed (+1,2 Md€, −0,4 Md€). Differences of shares and of % of GDP are in
 * percentage points: "+12 %" would read as a relative change.
 */
export function signedDelta(delta: number, unit: Unit, language: Language): string {
  if (!Number.isFinite(delta)) return '—'
  const t = translator(language)
  let text: string
  if (unit === 'share' || unit === 'share_per_year' || unit === 'ratio') {
    text = t('format.points', { value: formatNumber(Math.abs(delta) * 100, language, 1) })
  } else if (unit === 'pct_gdp') {
    text = t('format.points_gdp', { value: formatNumber(Math.abs(delta), language, 2) })
  } else text = formatValue(Math.abs(delta), unit, language)
  // A difference that rounds to nothing is written without a sign, not as "−0,0".
  if (!/[1-9]/.test(text)) return text
  return `${delta > 0 ? '+' : '−'}${text}`
}

/**
 * The ledger's years: every year up to the last one the PLFSS publishes (those are the years
 * read from the source, where readers check the figures), then every multiple of five and the last.
 */
export function ledgerYears(years: readonly number[], lastPublished: number): number[] {
  const last = years.length - 1
  return years.filter((year, i) => i === 0 || i === last || year <= lastPublished || year % 5 === 0)
}

/** A scenario's name in quotation marks, as each language writes them. */
export function quoted(name: string, language: Language): string {
  return translator(language)('format.quoted', { text: name })
}

/** "a, b et c" / "a, b and c". */
export function listOf(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(localeOf(language), {
    type: 'conjunction',
  }).format(items)
}

/** The date, written out in the language (23 novembre 2026, 23 November 2026). */
export function longDate(now: Date, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'long',
  }).format(now)
}

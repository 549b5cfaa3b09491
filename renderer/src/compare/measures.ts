import type { Language } from '@shared/app-identity'
import { measureUnit } from '@shared/model/comparison/comparison'
import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import { GLOBAL_SERIES, INDICATORS } from '@shared/model/engine/series'
import type { GlobalSeriesId, IndicatorId } from '@shared/model/engine/series'
import type { Unit } from '@shared/model/engine/units'
import { LEVERS } from '@shared/model/levers/lever-table'

/** The series an attribution or a goal-seek can look at in one year: the main ones of the model. */
export const MEASURE_SERIES: readonly GlobalSeriesId[] = [
  'robss_balance_change',
  'robss_balance',
  'robss_balance_pct_gdp',
  'increment_total',
  'increment_robss',
  ...LEVERS.map((lever) => `increment_${lever.series}` as const),
  'coproduction_effect',
  'unedic_balance',
  'apu_effect',
  'jobs_displaced_total',
]

/** A measure as a select's value ('indicator:robss_balance_final', 'series:robss_balance'); the year aside. */
export function measureKey(measure: ComparisonMeasure): string {
  return `${measure.kind}:${measure.id}`
}

/**
 * The measure a select's value stands for. A series keeps the year it had, or takes the given
 * default (the last year of the horizon, where a lever has had time to act).
 */
export function measureFromKey(key: string, year: number): ComparisonMeasure | null {
  const [kind, id] = key.split(':')
  if (kind === 'indicator' && INDICATORS.some((s) => s.id === id))
    return { kind: 'indicator', id: id as IndicatorId }
  if (kind === 'series' && MEASURE_SERIES.includes(id as GlobalSeriesId))
    return { kind: 'series', id: id as GlobalSeriesId, year }
  return null
}

/** The measure with its year brought within `years` (another scenario may have a shorter horizon). */
export function withinYears(
  measure: ComparisonMeasure,
  years: readonly number[],
): ComparisonMeasure {
  if (measure.kind !== 'series' || years.length === 0 || years.includes(measure.year))
    return measure
  const last = years[years.length - 1] as number
  const first = years[0] as number
  return { ...measure, year: Math.min(last, Math.max(first, measure.year)) }
}

export function measureLabel(measure: ComparisonMeasure, language: Language): string {
  if (measure.kind === 'indicator')
    return INDICATORS.find((s) => s.id === measure.id)?.[language] ?? measure.id
  const name = GLOBAL_SERIES.find((s) => s.id === measure.id)?.[language] ?? measure.id
  return `${name}, ${measure.year}`
}

/** Units typed and read in percent. */
export function inPercent(unit: Unit): boolean {
  return unit === 'share' || unit === 'ratio' || unit === 'share_per_year'
}

export { measureUnit }

/**
 * Decimals that show about `significant` figures of a value as it is written (in percent for
 * shares): a goal-seek answer of 7,273 % must not be rounded to 7,3 %.
 */
export function digitsFor(value: number, unit: Unit, significant = 4): number {
  const shown = Math.abs(inPercent(unit) ? value * 100 : value)
  if (!Number.isFinite(shown) || shown === 0) return 0
  return Math.min(6, Math.max(0, significant - 1 - Math.floor(Math.log10(shown))))
}

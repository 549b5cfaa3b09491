import { SECTOR_IDS } from './ids'
import { inEveryLanguage } from '../../i18n/in-every-language'
import { GLOBAL_SERIES, INDICATORS } from './series-catalogue'
import type { SeriesSpec } from './series-catalogue'

export { GLOBAL_SERIES, INDICATORS } from './series-catalogue'
export type { SeriesSpec } from './series-catalogue'

export type GlobalSeriesId = (typeof GLOBAL_SERIES)[number]['id']

/** Row of each global series in the series buffer. */
export const G = Object.fromEntries(GLOBAL_SERIES.map((s, i) => [s.id, i])) as Record<
  GlobalSeriesId,
  number
>

const SECTOR_COUNT = SECTOR_IDS.length
export const ADOPTION_ROW = GLOBAL_SERIES.length
export const DISPLACED_ROW = ADOPTION_ROW + SECTOR_COUNT
export const SERIES_COUNT = DISPLACED_ROW + SECTOR_COUNT

/** Every series, in buffer order, with id and unit. */
export const SERIES: readonly SeriesSpec[] = [
  ...GLOBAL_SERIES,
  ...SECTOR_IDS.map((s) => ({
    id: `adoption.${s}`,
    unit: 'share' as const,
    ...inEveryLanguage('series.adoptionOf', { sector: s }),
  })),
  ...SECTOR_IDS.map((s) => ({
    id: `jobs_displaced.${s}`,
    unit: 'fte' as const,
    ...inEveryLanguage('series.jobsDisplacedOf', { sector: s }),
  })),
]

export type IndicatorId = (typeof INDICATORS)[number]['id']
export const I = Object.fromEntries(INDICATORS.map((s, i) => [s.id, i])) as Record<
  IndicatorId,
  number
>
export const INDICATOR_COUNT = INDICATORS.length

/**
 * Below this cumulated cost (€ bn) the ratio of lever yield to coproduction cost has no meaningful
 * denominator: the indicator is then NaN and the interface says why instead of printing a number.
 */
export const COVERAGE_MIN_DENOMINATOR = 0.5

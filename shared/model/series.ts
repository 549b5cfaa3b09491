import { SECTOR_IDS } from './ids'
import type { Unit } from './units'

/**
 * The outputs of a projection: the stable, documented contract of series ids (docs/model.md).
 * Money is in € bn (Md€), jobs in full-time equivalents, adoption as a share of transactions.
 */
interface SeriesSpec {
  readonly id: string
  readonly unit: Unit
  readonly fr: string
  readonly en: string
}

export const GLOBAL_SERIES = [
  {
    id: 'jobs_displaced_total',
    unit: 'fte',
    fr: 'Emplois déplacés (stock)',
    en: 'Jobs displaced (stock)',
  },
  {
    id: 'unemployed_pool',
    unit: 'fte',
    fr: 'Déplacés sans emploi',
    en: 'Displaced not yet re-employed',
  },
  { id: 'wage_bill_lost', unit: 'bn_eur', fr: 'Masse salariale perdue', en: 'Wage bill lost' },
  {
    id: 'contributions_lost',
    unit: 'bn_eur',
    fr: 'Cotisations et CSG perdues',
    en: 'Contributions and CSG lost',
  },
  {
    id: 'benefits_cost',
    unit: 'bn_eur',
    fr: 'Coût de l’assurance chômage',
    en: 'Unemployment benefit cost',
  },
  { id: 'itaf_lost', unit: 'bn_eur', fr: 'TVA affectée perdue', en: 'Earmarked VAT lost' },
  {
    id: 'coproduction_effect',
    unit: 'bn_eur',
    fr: 'Effet de la coproduction sur le solde',
    en: 'Coproduction effect on the gap',
  },
  { id: 'revenue_dst_gross', unit: 'bn_eur', fr: 'TSN (brut)', en: 'DST (gross)' },
  { id: 'revenue_dst', unit: 'bn_eur', fr: 'TSN (net)', en: 'DST (net)' },
  { id: 'revenue_data_levy', unit: 'bn_eur', fr: 'Taxe sur les données', en: 'Data levy' },
  {
    id: 'revenue_platform',
    unit: 'bn_eur',
    fr: 'Contribution des plateformes',
    en: 'Platform contribution',
  },
  {
    id: 'lever_revenue_total',
    unit: 'bn_eur',
    fr: 'Recettes des leviers (net)',
    en: 'Lever revenue (net)',
  },
  {
    id: 'lever_revenue_earmarked',
    unit: 'bn_eur',
    fr: 'Recettes affectées à la Sécurité sociale',
    en: 'Revenue earmarked to social security',
  },
  {
    id: 'financing_gap_baseline',
    unit: 'bn_eur',
    fr: 'Besoin de financement (référence)',
    en: 'Financing gap (baseline)',
  },
  {
    id: 'financing_gap',
    unit: 'bn_eur',
    fr: 'Besoin de financement (scénario)',
    en: 'Financing gap (scenario)',
  },
  {
    id: 'financing_gap_pct_gdp',
    unit: 'pct_gdp',
    fr: 'Besoin de financement (% du PIB)',
    en: 'Financing gap (% of GDP)',
  },
  { id: 'coverage_ratio', unit: 'ratio', fr: 'Taux de couverture', en: 'Coverage ratio' },
  {
    id: 'consumer_work_hours',
    unit: 'million_hours',
    fr: 'Travail des consommateurs',
    en: 'Consumer work',
  },
  {
    id: 'consumer_work_value',
    unit: 'bn_eur',
    fr: 'Valeur du travail des consommateurs (au SMIC)',
    en: 'Consumer work valued at the SMIC',
  },
  { id: 'gdp', unit: 'bn_eur', fr: 'PIB', en: 'GDP' },
] as const satisfies readonly SeriesSpec[]

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
    fr: `Adoption : ${s}`,
    en: `Adoption: ${s}`,
  })),
  ...SECTOR_IDS.map((s) => ({
    id: `jobs_displaced.${s}`,
    unit: 'fte' as const,
    fr: `Emplois déplacés : ${s}`,
    en: `Jobs displaced: ${s}`,
  })),
]

export const INDICATORS = [
  {
    id: 'gap_change_cumulative',
    unit: 'bn_eur',
    fr: 'Variation cumulée du besoin de financement',
    en: 'Cumulative change in the financing gap',
  },
  {
    id: 'gap_final',
    unit: 'bn_eur',
    fr: 'Besoin de financement, dernière année',
    en: 'Financing gap, final year',
  },
  {
    id: 'gap_final_pct_gdp',
    unit: 'pct_gdp',
    fr: 'Besoin de financement, dernière année (% du PIB)',
    en: 'Financing gap, final year (% of GDP)',
  },
  {
    id: 'coproduction_effect_cumulative',
    unit: 'bn_eur',
    fr: 'Effet cumulé de la coproduction',
    en: 'Cumulative coproduction effect',
  },
  {
    id: 'lever_revenue_earmarked_cumulative',
    unit: 'bn_eur',
    fr: 'Recettes affectées cumulées',
    en: 'Cumulative earmarked revenue',
  },
  {
    id: 'coverage_ratio_final',
    unit: 'ratio',
    fr: 'Taux de couverture, dernière année',
    en: 'Coverage ratio, final year',
  },
  {
    id: 'coverage_ratio_cumulative',
    unit: 'ratio',
    fr: 'Taux de couverture cumulé',
    en: 'Cumulative coverage ratio',
  },
  {
    id: 'jobs_displaced_peak',
    unit: 'fte',
    fr: 'Pic des emplois déplacés',
    en: 'Peak jobs displaced',
  },
  {
    id: 'jobs_displaced_cumulative',
    unit: 'fte',
    fr: 'Emplois déplacés cumulés',
    en: 'Cumulative jobs displaced',
  },
  {
    id: 'consumer_work_hours_final',
    unit: 'million_hours',
    fr: 'Travail des consommateurs, dernière année',
    en: 'Consumer work, final year',
  },
  {
    id: 'consumer_work_value_final',
    unit: 'bn_eur',
    fr: 'Valeur du travail des consommateurs, dernière année',
    en: 'Consumer work value, final year',
  },
  {
    id: 'incidence_platforms',
    unit: 'share',
    fr: 'Incidence : plateformes',
    en: 'Incidence: platforms',
  },
  {
    id: 'incidence_french_firms',
    unit: 'share',
    fr: 'Incidence : entreprises françaises',
    en: 'Incidence: French firms',
  },
  {
    id: 'incidence_consumers',
    unit: 'share',
    fr: 'Incidence : consommateurs',
    en: 'Incidence: consumers',
  },
  {
    id: 'incidence_workers',
    unit: 'share',
    fr: 'Incidence : travailleurs des plateformes',
    en: 'Incidence: platform workers',
  },
] as const satisfies readonly SeriesSpec[]

export type IndicatorId = (typeof INDICATORS)[number]['id']
export const I = Object.fromEntries(INDICATORS.map((s, i) => [s.id, i])) as Record<
  IndicatorId,
  number
>
export const INDICATOR_COUNT = INDICATORS.length

/**
 * Coverage is undefined when coproduction costs nothing; it is then 0 if no lever collects, and
 * capped at this value (1,000 %) otherwise, so no NaN or Infinity ever reaches a chart.
 */
export const COVERAGE_CAP = 10

import type { Unit } from './units'
import type { Localized } from '../../i18n/in-every-language'
import { inEveryLanguage } from '../../i18n/in-every-language'
import { CATALOGUES } from '../../i18n/catalogues'
import type { MessageKey } from '../../i18n/catalogues'
import { LEVERS } from '../levers/lever-table'

/**
 * The outputs of a projection (model 2): the stable, documented contract of series and indicator
 * ids (docs/model.md §7). Money is in € bn (Md€), jobs in full-time equivalents, adoption as a share
 * of transactions. Balances are receipts − spending (negative = deficit); "increments" are lever
 * yields over current law; "effects" of coproduction are costs (positive = worse balance).
 *
 * The levers' series and indicators come from the lever table: each lever's own series (its
 * `ownSeries`), its increment `increment_<series>` and that increment's four indicators. Every
 * label is the catalogue's `series.<id>` (shared/i18n), in both languages.
 */
export interface SeriesSpec extends Localized {
  readonly id: string
  readonly unit: Unit
}

type LeverEntry = (typeof LEVERS)[number]
type LeverSeries = LeverEntry['series']
type OwnSeries = NonNullable<LeverEntry['ownSeries']>[number]
export type IncrementId = `increment_${LeverSeries}`

/** The four ways each increment is summed up, in the order the indicators list them. */
export const INCREMENT_WAYS = ['final', 'full', 'cumulative', 'pv'] as const
type IncrementWay = (typeof INCREMENT_WAYS)[number]

/** A lever's indicators: its increment in the final year, at full phase-in, cumulated, in PV. */
export function incrementIndicators<S extends string>(
  series: S,
): Array<`increment_${S}_${IncrementWay}`> {
  return INCREMENT_WAYS.map((way) => `increment_${series}_${way}` as const)
}

interface Spec<Id extends string> {
  readonly id: Id
  readonly unit: Unit
}

/** A spec with its label in each language, from the catalogue; a missing key fails at load. */
function labelled<Id extends string>(spec: Spec<Id>): Spec<Id> & SeriesSpec {
  const key = `series.${spec.id}` as MessageKey
  if (!(key in CATALOGUES.fr)) throw new Error(`No catalogue text ${key}`)
  return { ...spec, ...inEveryLanguage(key) }
}

const money = <Id extends string>(id: Id): Spec<Id> => ({ id, unit: 'bn_eur' })

const SERIES_BEFORE_LEVERS = [
  { id: 'jobs_displaced_total', unit: 'fte' },
  { id: 'jobs_displaced_attrition', unit: 'fte' },
  { id: 'unemployed_pool', unit: 'fte' },
  { id: 'labour_force_exits', unit: 'fte' },
  { id: 'wage_bill_lost', unit: 'bn_eur' },
  { id: 'contributions_lost', unit: 'bn_eur' },
  { id: 'itaf_lost', unit: 'bn_eur' },
  { id: 'value_sharing_robss', unit: 'bn_eur' },
  { id: 'coproduction_effect', unit: 'bn_eur' },
  { id: 'contributions_lost_unedic', unit: 'bn_eur' },
  { id: 'benefits_cost', unit: 'bn_eur' },
  { id: 'coproduction_effect_unedic', unit: 'bn_eur' },
  { id: 'contributions_lost_complementary', unit: 'bn_eur' },
  { id: 'state_savings', unit: 'bn_eur' },
  { id: 'state_taxes_lost', unit: 'bn_eur' },
  { id: 'labour_cost_saved', unit: 'bn_eur' },
  { id: 'value_to_margins', unit: 'bn_eur' },
  { id: 'value_sharing_state', unit: 'bn_eur' },
  { id: 'coproduction_effect_apu', unit: 'bn_eur' },
  { id: 'staffed_channel_jobs', unit: 'fte' },
] as const

/**
 * The consumer's ledger (consumer.ts): none of the balances reads it, and a projection of the
 * balances alone leaves it out (project.ts).
 */
export const CONSUMER_SERIES = [
  { id: 'consumer_work_hours', unit: 'million_hours' },
  { id: 'consumer_time_saved', unit: 'million_hours' },
  { id: 'consumer_time_net_change', unit: 'million_hours' },
  { id: 'consumer_work_value', unit: 'bn_eur' },
  { id: 'coproduction_added', unit: 'million_per_year' },
  { id: 'coproduction_imposed', unit: 'million_per_year' },
  { id: 'people_losing_channel', unit: 'persons' },
  { id: 'assisted_transactions', unit: 'million_per_year' },
  { id: 'assisted_access_cost', unit: 'bn_eur' },
  { id: 'data_value_users', unit: 'bn_eur' },
  { id: 'data_value_volume', unit: 'bn_eur' },
  { id: 'footprint_terminals', unit: 'kt_co2e' },
  { id: 'footprint_networks', unit: 'kt_co2e' },
  { id: 'footprint_trips', unit: 'kt_co2e' },
  { id: 'footprint_change', unit: 'kt_co2e' },
] as const

const SERIES_AFTER_LEVERS = [
  { id: 'increment_total', unit: 'bn_eur' },
  { id: 'increment_robss', unit: 'bn_eur' },
  { id: 'robss_receipts_baseline', unit: 'bn_eur' },
  { id: 'robss_balance_baseline', unit: 'bn_eur' },
  { id: 'robss_balance', unit: 'bn_eur' },
  { id: 'robss_balance_change', unit: 'bn_eur' },
  { id: 'robss_balance_pct_gdp', unit: 'pct_gdp' },
  { id: 'unedic_balance_baseline', unit: 'bn_eur' },
  { id: 'unedic_balance', unit: 'bn_eur' },
  { id: 'apu_effect', unit: 'bn_eur' },
  ...CONSUMER_SERIES,
  { id: 'gdp', unit: 'bn_eur' },
] as const

/** Each lever's yield over current law, lever after lever (`increment_<series>`). */
export const INCREMENT_SERIES: readonly IncrementId[] = LEVERS.map(
  (lever) => `increment_${lever.series}` as IncrementId,
)

const LEVER_SERIES: ReadonlyArray<Spec<OwnSeries | IncrementId>> = [
  ...LEVERS.flatMap((lever) => ((lever.ownSeries ?? []) as readonly OwnSeries[]).map(money)),
  ...INCREMENT_SERIES.map(money),
]

type StaticSeriesId = (typeof SERIES_BEFORE_LEVERS | typeof SERIES_AFTER_LEVERS)[number]['id']

export const GLOBAL_SERIES: ReadonlyArray<
  Spec<StaticSeriesId | OwnSeries | IncrementId> & SeriesSpec
> = [...SERIES_BEFORE_LEVERS, ...LEVER_SERIES, ...SERIES_AFTER_LEVERS].map(labelled)

const INDICATORS_BEFORE_LEVERS = [
  { id: 'robss_balance_final', unit: 'bn_eur' },
  { id: 'robss_balance_final_pct_gdp', unit: 'pct_gdp' },
  { id: 'robss_balance_change_cumulative', unit: 'bn_eur' },
  { id: 'unedic_balance_final', unit: 'bn_eur' },
  { id: 'unedic_balance_change_cumulative', unit: 'bn_eur' },
  { id: 'apu_effect_final', unit: 'bn_eur' },
  { id: 'apu_effect_cumulative', unit: 'bn_eur' },
  { id: 'apu_effect_pv', unit: 'bn_eur' },
  { id: 'coproduction_effect_final', unit: 'bn_eur' },
  { id: 'coproduction_effect_cumulative', unit: 'bn_eur' },
  { id: 'coproduction_effect_pv', unit: 'bn_eur' },
  { id: 'coproduction_effect_share_receipts', unit: 'share' },
  { id: 'increment_total_final', unit: 'bn_eur' },
  { id: 'increment_total_full', unit: 'bn_eur' },
  { id: 'increment_total_cumulative', unit: 'bn_eur' },
  { id: 'increment_total_pv', unit: 'bn_eur' },
] as const

/** The consumer's ledger's indicators (see CONSUMER_SERIES). */
export const CONSUMER_INDICATORS = [
  { id: 'consumer_work_hours_final', unit: 'million_hours' },
  { id: 'consumer_work_value_final', unit: 'bn_eur' },
  { id: 'consumer_time_net_change_final', unit: 'million_hours' },
  { id: 'coproduction_imposed_final', unit: 'million_per_year' },
  { id: 'coproduction_imposed_share_final', unit: 'share' },
  { id: 'people_losing_channel_final', unit: 'persons' },
  { id: 'assisted_access_cost_final', unit: 'bn_eur' },
  { id: 'assisted_access_cost_cumulative', unit: 'bn_eur' },
  { id: 'assisted_network_multiple_final', unit: 'ratio' },
  { id: 'data_value_users_final', unit: 'bn_eur' },
  { id: 'data_levy_share_of_value_final', unit: 'share' },
  { id: 'footprint_change_final', unit: 'kt_co2e' },
  { id: 'footprint_change_cumulative', unit: 'kt_co2e' },
  { id: 'footprint_share_digital_final', unit: 'share' },
] as const

const INDICATORS_AFTER_LEVERS = [
  { id: 'increment_robss_cumulative', unit: 'bn_eur' },
  { id: 'coverage_ratio_cumulative', unit: 'ratio' },
  { id: 'jobs_displaced_peak', unit: 'fte' },
  { id: 'jobs_displaced_cumulative', unit: 'fte' },
  ...CONSUMER_INDICATORS,
  { id: 'incidence_platforms', unit: 'share' },
  { id: 'incidence_french_firms', unit: 'share' },
  { id: 'incidence_consumers', unit: 'share' },
  { id: 'incidence_workers', unit: 'share' },
] as const

export type LeverIndicatorId = `increment_${LeverSeries}_${IncrementWay}`
type StaticIndicatorId = (
  typeof INDICATORS_BEFORE_LEVERS | typeof INDICATORS_AFTER_LEVERS
)[number]['id']

/** Each lever's four increment indicators, lever after lever. */
export const LEVER_INDICATOR_IDS: readonly LeverIndicatorId[] = LEVERS.flatMap((lever) =>
  incrementIndicators(lever.series),
)

export const INDICATORS: ReadonlyArray<Spec<StaticIndicatorId | LeverIndicatorId> & SeriesSpec> = [
  ...INDICATORS_BEFORE_LEVERS,
  ...LEVER_INDICATOR_IDS.map(money),
  ...INDICATORS_AFTER_LEVERS,
].map(labelled)

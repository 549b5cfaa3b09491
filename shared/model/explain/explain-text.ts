import { textsOf } from '../../i18n/in-every-language'
import type { Localized } from './explain-types'

/**
 * The equations of the series in words, as the engine computes them (docs/model.md). Placeholders:
 * {year} the year explained. Money in Md€; balances are receipts − spending (negative = deficit);
 * "costs" of coproduction are positive when they worsen a balance.
 */
const EQUATION_IDS = [
  'robss_balance',
  'robss_balance_change',
  'robss_balance_baseline',
  'robss_receipts_baseline',
  'robss_balance_pct_gdp',
  'unedic_balance',
  'unedic_balance_baseline',
  'apu_effect',
  'gdp',
  'coproduction_effect',
  'coproduction_effect_unedic',
  'coproduction_effect_apu',
  'state_taxes_lost',
  'contributions_lost',
  'contributions_lost_unedic',
  'contributions_lost_complementary',
  'itaf_lost',
  'benefits_cost',
  'wage_bill_lost',
  'labour_cost_saved',
  'state_savings',
  'value_to_margins',
  'value_sharing_robss',
  'value_sharing_state',
  'jobs_displaced_total',
  'jobs_displaced_sector',
  'jobs_displaced_attrition',
  'unemployed_pool',
  'labour_force_exits',
  'consumer_work_hours',
  'consumer_time_saved',
  'consumer_work_value',
  'consumer_time_net_change',
  'coproduction_added',
  'coproduction_imposed',
  'people_losing_channel',
  'assisted_transactions',
  'assisted_access_cost',
  'data_value_users',
  'data_value_volume',
  'footprint_terminals',
  'footprint_networks',
  'footprint_trips',
  'footprint_change',
  'staffed_channel_jobs',
  'lever_off',
  'increment_total',
  'increment_robss',
] as const

export const EQUATIONS: Readonly<Record<string, Localized>> = textsOf(
  EQUATION_IDS,
  (id) => `explain.equation.${id}`,
)

import { textsOf } from '../../i18n/in-every-language'
import type { Localized } from './explain-types'

/**
 * The headline indicators in words. Placeholders: {first} and {last} the horizon, {full} the year
 * of full phase-in, {rate} the discount rate, {cost} the cumulative cost, {threshold} its minimum.
 */
const INDICATOR_IDS = [
  'final',
  'full',
  'cumulative',
  'pv',
  'balance_change_cumulative',
  'coproduction_effect_share_receipts',
  'coverage_ratio_cumulative',
  'coverage_ratio_undefined',
  'jobs_displaced_peak',
  'jobs_displaced_cumulative',
  'incidence',
  'coproduction_imposed_share',
  'data_levy_share_of_value',
  'footprint_share_digital',
  'assisted_network_multiple',
] as const

export const INDICATOR_EQUATIONS: Readonly<Record<string, Localized>> = textsOf(
  INDICATOR_IDS,
  (id) => `explain.indicator.${id}`,
)

const PAYER_IDS = ['platforms', 'french_firms', 'consumers', 'workers'] as const

export const INCIDENCE_WHO: Readonly<Record<string, Localized>> = textsOf(
  PAYER_IDS,
  (id) => `explain.who.${id}`,
)

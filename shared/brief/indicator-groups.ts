import type { Language } from '../app-identity'
import type { Localized } from '../i18n/in-every-language'
import type { IndicatorId } from '../model/engine/series'
import { incrementIndicators, LEVER_INDICATOR_IDS } from '../model/engine/series-catalogue'
import { inEveryLanguage } from '../i18n/in-every-language'

/**
 * The headline indicators as a DSS analyst reads them, in groups: the ROBSS balance first, what the
 * levers yield over current law, the cost of coproduction to the ROBSS, Unédic apart (never netted
 * into the ROBSS), the general-government (APU) effect, then people, the consumer and the
 * environment (the brief's section of that name), and who pays. Every indicator
 * appears in exactly one group or in NOT_SHOWN (a test checks it against INDICATORS).
 */
export interface IndicatorGroup {
  readonly id: string
  readonly label: Localized
  readonly ids: readonly IndicatorId[]
}

type GroupId =
  'robss' | 'levers' | 'coproduction' | 'unedic' | 'apu' | 'people' | 'consumer' | 'incidence'

/** A group's heading in each language, from the catalogue (`indicatorGroup.<id>`). */
function group(id: GroupId, ids: readonly IndicatorId[]): IndicatorGroup {
  return { id, label: inEveryLanguage(`indicatorGroup.${id}`), ids }
}

export const INDICATOR_GROUPS: readonly IndicatorGroup[] = [
  group('robss', [
    'robss_balance_final',
    'robss_balance_final_pct_gdp',
    'robss_balance_change_cumulative',
  ]),
  group('levers', [
    ...incrementIndicators('total'),
    'increment_robss_cumulative',
    ...LEVER_INDICATOR_IDS,
  ]),
  group('coproduction', [
    'coproduction_effect_final',
    'coproduction_effect_cumulative',
    'coproduction_effect_pv',
    'coproduction_effect_share_receipts',
    'coverage_ratio_cumulative',
  ]),
  group('unedic', ['unedic_balance_final', 'unedic_balance_change_cumulative']),
  group('apu', ['apu_effect_final', 'apu_effect_cumulative', 'apu_effect_pv']),
  group('people', [
    'jobs_displaced_peak',
    'consumer_work_hours_final',
    'consumer_work_value_final',
  ]),
  group('consumer', [
    'consumer_time_net_change_final',
    'coproduction_imposed_final',
    'coproduction_imposed_share_final',
    'people_losing_channel_final',
    'assisted_access_cost_final',
    'assisted_access_cost_cumulative',
    'assisted_network_multiple_final',
    'data_value_users_final',
    'data_levy_share_of_value_final',
    'footprint_change_final',
    'footprint_change_cumulative',
    'footprint_share_digital_final',
  ]),
  group('incidence', [
    'incidence_platforms',
    'incidence_french_firms',
    'incidence_consumers',
    'incidence_workers',
  ]),
]

/**
 * Indicators the engine keeps (explanations, saved files) that the comparison table and briefs do
 * not show. `jobs_displaced_cumulative` adds up the yearly rises of a stock of displaced jobs: as
 * long as that stock never falls (every preset, every fitted adoption curve) it is the peak again,
 * a second row with the same number under a name that suggests more.
 */
export const NOT_SHOWN: readonly IndicatorId[] = ['jobs_displaced_cumulative']

/** The group an indicator belongs to, as its label in the language. */
export function groupLabel(id: IndicatorId, language: Language): string {
  return INDICATOR_GROUPS.find((g) => g.ids.includes(id))?.label[language] ?? ''
}

/** The indicators in group order. */
export const GROUPED_INDICATOR_IDS: readonly IndicatorId[] = INDICATOR_GROUPS.flatMap((g) => g.ids)

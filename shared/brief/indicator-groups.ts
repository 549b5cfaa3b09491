import type { Language } from '../app-identity'
import type { IndicatorId } from '../model/engine/series'

/**
 * The headline indicators as a DSS analyst reads them, in groups: the ROBSS balance first, what the
 * levers yield over current law, the cost of coproduction to the ROBSS, Unédic apart (never netted
 * into the ROBSS), the general-government (APU) effect, then people and who pays. Every indicator
 * appears in exactly one group (a test checks it against INDICATORS).
 */
export interface IndicatorGroup {
  readonly id: string
  readonly label: { readonly fr: string; readonly en: string }
  readonly ids: readonly IndicatorId[]
}

const FOUR_WAYS = ['final', 'full', 'cumulative', 'pv'] as const
const fourWays = (lever: 'total' | 'dst' | 'data_levy' | 'platform'): IndicatorId[] =>
  FOUR_WAYS.map((w) => `increment_${lever}_${w}` as IndicatorId)

export const INDICATOR_GROUPS: readonly IndicatorGroup[] = [
  {
    id: 'robss',
    label: { fr: 'Solde du ROBSS', en: 'ROBSS balance' },
    ids: ['robss_balance_final', 'robss_balance_final_pct_gdp', 'robss_balance_change_cumulative'],
  },
  {
    id: 'levers',
    label: {
      fr: 'Rendement des leviers en plus du droit en vigueur',
      en: 'Lever yield over current law',
    },
    ids: [
      ...fourWays('total'),
      'increment_robss_cumulative',
      ...fourWays('dst'),
      ...fourWays('data_levy'),
      ...fourWays('platform'),
    ],
  },
  {
    id: 'coproduction',
    label: { fr: 'Coût de la coproduction pour le ROBSS', en: 'Cost of coproduction to the ROBSS' },
    ids: [
      'coproduction_effect_final',
      'coproduction_effect_cumulative',
      'coproduction_effect_pv',
      'coproduction_effect_share_receipts',
      'coverage_ratio_cumulative',
    ],
  },
  {
    id: 'unedic',
    label: {
      fr: 'Unédic (à part, non additionnée au ROBSS)',
      en: 'Unédic (apart, not added to the ROBSS)',
    },
    ids: ['unedic_balance_final', 'unedic_balance_change_cumulative'],
  },
  {
    id: 'apu',
    label: { fr: 'Administrations publiques (APU)', en: 'General government' },
    ids: ['apu_effect_final', 'apu_effect_cumulative', 'apu_effect_pv'],
  },
  {
    id: 'people',
    label: { fr: 'Emplois et consommateurs', en: 'Jobs and consumers' },
    ids: [
      'jobs_displaced_peak',
      'jobs_displaced_cumulative',
      'consumer_work_hours_final',
      'consumer_work_value_final',
    ],
  },
  {
    id: 'incidence',
    label: { fr: 'Qui paie les leviers', en: 'Who pays the levers' },
    ids: [
      'incidence_platforms',
      'incidence_french_firms',
      'incidence_consumers',
      'incidence_workers',
    ],
  },
]

/** The group an indicator belongs to, as its label in the language. */
export function groupLabel(id: IndicatorId, language: Language): string {
  return INDICATOR_GROUPS.find((g) => g.ids.includes(id))?.label[language] ?? ''
}

/** The indicators in group order. */
export const GROUPED_INDICATOR_IDS: readonly IndicatorId[] = INDICATOR_GROUPS.flatMap((g) => g.ids)

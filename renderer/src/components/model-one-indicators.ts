import type { Unit } from '@shared/model/engine/units'

interface RetiredIndicator {
  readonly unit: Unit
  readonly fr: string
  readonly en: string
  /** The model-2 indicator that answers the same question, if one does. */
  readonly replacedBy: string | null
}

/**
 * Model-1 headline indicators that model 2 no longer computes, with their labels as model 1 gave
 * them: workbooks saved with model 1 still hold their values, and the report of what changed
 * shows them beside their model-2 successors.
 */
export const MODEL_ONE_RETIRED: Readonly<Record<string, RetiredIndicator>> = {
  gap_change_cumulative: {
    unit: 'bn_eur',
    fr: 'Variation cumulée du besoin de financement',
    en: 'Cumulative change in the financing gap',
    replacedBy: 'robss_balance_change_cumulative',
  },
  gap_final: {
    unit: 'bn_eur',
    fr: 'Besoin de financement, dernière année (ROBSS et Unédic additionnés)',
    en: 'Financing gap, final year (ROBSS and Unédic added together)',
    replacedBy: 'robss_balance_final',
  },
  gap_final_pct_gdp: {
    unit: 'pct_gdp',
    fr: 'Besoin de financement, dernière année (% du PIB)',
    en: 'Financing gap, final year (% of GDP)',
    replacedBy: 'robss_balance_final_pct_gdp',
  },
  lever_revenue_earmarked_cumulative: {
    unit: 'bn_eur',
    fr: 'Recettes affectées cumulées (droit en vigueur compris)',
    en: 'Cumulative earmarked revenue (current law included)',
    replacedBy: 'increment_robss_cumulative',
  },
  coverage_ratio_final: {
    unit: 'ratio',
    fr: 'Taux de couverture, dernière année (plafonné)',
    en: 'Coverage ratio, final year (capped)',
    replacedBy: null,
  },
}

/**
 * Indicators whose id stayed but whose meaning changed with model 2, so a move is not read as a
 * change in the world.
 */
export const MODEL_TWO_MEANING: Readonly<Record<string, { fr: string; en: string }>> = {
  coproduction_effect_cumulative: {
    fr: 'désormais le coût pour le seul ROBSS (l’Unédic à part)',
    en: 'now the cost to the ROBSS alone (Unédic apart)',
  },
  coverage_ratio_cumulative: {
    fr: 'désormais non plafonné, rendement affecté au ROBSS en plus du droit constant / coût pour le ROBSS',
    en: 'now uncapped: yield to the ROBSS over current law / cost to the ROBSS',
  },
  consumer_work_value_final: {
    fr: 'désormais net du temps épargné aux consommateurs',
    en: 'now net of the time saved to consumers',
  },
}

import { inEveryLanguage } from '@shared/i18n/in-every-language'
import type { Localized } from '@shared/i18n/in-every-language'
import type { Unit } from '@shared/model/engine/units'

/** Its label in every language (`whatChanged.retired.<id>`), with its unit and successor. */
type RetiredIndicator = Localized & {
  readonly unit: Unit
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
    ...inEveryLanguage('whatChanged.retired.gap_change_cumulative'),
    replacedBy: 'robss_balance_change_cumulative',
  },
  gap_final: {
    unit: 'bn_eur',
    ...inEveryLanguage('whatChanged.retired.gap_final'),
    replacedBy: 'robss_balance_final',
  },
  gap_final_pct_gdp: {
    unit: 'pct_gdp',
    ...inEveryLanguage('whatChanged.retired.gap_final_pct_gdp'),
    replacedBy: 'robss_balance_final_pct_gdp',
  },
  lever_revenue_earmarked_cumulative: {
    unit: 'bn_eur',
    ...inEveryLanguage('whatChanged.retired.lever_revenue_earmarked_cumulative'),
    replacedBy: 'increment_robss_cumulative',
  },
  coverage_ratio_final: {
    unit: 'ratio',
    ...inEveryLanguage('whatChanged.retired.coverage_ratio_final'),
    replacedBy: null,
  },
}

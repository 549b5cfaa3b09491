/**
 * The money ledger, year by year: how the financing gap is built. The ledger tab and the briefs
 * show these series in this order.
 */
export const LEDGER_SERIES = [
  'financing_gap_baseline',
  'contributions_lost',
  'benefits_cost',
  'coproduction_effect',
  'revenue_dst',
  'revenue_data_levy',
  'revenue_platform',
  'lever_revenue_earmarked',
  'financing_gap',
  'jobs_displaced_total',
] as const

/**
 * Intermediate terms the engine records while it projects, so that "Why this number?" reads what
 * was computed instead of computing it again. Each term is one row of `years` values in the
 * workspace (global terms), or one row per sector (sector terms). Written by project.ts,
 * labour.ts, lever-revenue.ts and financing.ts; read by the explain-* builders.
 */
/** Each id's row in its workspace block: its position in the list. */
function rowIndex<Id extends string>(ids: readonly Id[]): Record<Id, number> {
  return Object.fromEntries(ids.map((id, i) => [id, i])) as Record<Id, number>
}

export const GLOBAL_TERMS = [
  // Financing tables extended by their rules (€ bn)
  'robss_receipts',
  'robss_spending',
  'unedic_receipts',
  'unedic_spending',
  // Benefits: former wages of displaced people still entitled (€)
  'covered_wages',
  'smic_hourly',
  // The consumer's ledger: an hour of consumer time at the chosen rate, illectronisme, and the
  // cost of one assisted-access request, in each year.
  'time_value_hourly',
  'illectronism',
  'assisted_cost_per_request',
  // Labour cost of the staffed posts kept outside the civil service (€ bn).
  'staffed_cost_private',
  // DST
  'dst_base',
  'dst_rate_small',
  'dst_rate_large',
  'dst_kept',
  'dst_gross_current_law',
  // Platform contribution
  'platform_scale',
  'platform_gmv',
  'platform_levy',
  'platform_pass_back_loss',
  'platform_evasion',
  'platform_workers',
  'platform_turnover',
  'platform_requalified_wage',
  'platform_requalification_gain',
  'platform_requalification_gain_robss',
  // Recorded for "Why this number?": the DST base before the platform link, the base kept at the
  // rate of the groups below €2 bn, and the rates at the SMIC of requalified platform workers.
  'dst_base_grown',
  'dst_kept_small',
  'platform_employer_rate',
  'platform_robss_rate',
] as const
export type GlobalTermId = (typeof GLOBAL_TERMS)[number]
export const T = rowIndex(GLOBAL_TERMS)

/**
 * The levers' terms (every one from `dst_base` on) that only "Why this number?" reads: a projection
 * of the balances alone leaves them as they were (lever-revenue.ts), as it leaves the consumer's.
 */
export const LEVER_EXPLANATION_TERMS = GLOBAL_TERMS.slice(GLOBAL_TERMS.indexOf('dst_base'))

export const SECTOR_TERMS = [
  'counterfactual',
  'wage',
  'unemployed_short',
  'unemployed_long',
  'entrants',
  'reemployed_short',
  'reemployed_long',
  'exits',
  'redeployed',
  'attrition',
  'labour_cost_saved',
  // Posts a staffed channel kept open (FTE).
  'staffed_kept',
] as const
export type SectorTermId = (typeof SECTOR_TERMS)[number]
export const ST = rowIndex(SECTOR_TERMS)

/**
 * Per-sector constants of a projection: the wage level relative to the SMIC and what each fund
 * loses per euro of wages (for the job lost, and net per euro after re-employment).
 */
export const SECTOR_CONSTANTS = [
  'wage_level',
  'robss_rate',
  'robss_rate_reemployed',
  'unedic_rate',
  'complementary_rate',
  'employer_rate',
  'attrition_share',
  // Net loss per euro of former wage after re-employment, by fund and spell (short: first year).
  'robss_rate_reemployed_long',
  'unedic_rate_reemployed',
  'unedic_rate_reemployed_long',
  'complementary_rate_reemployed',
  'complementary_rate_reemployed_long',
] as const
export type SectorConstantId = (typeof SECTOR_CONSTANTS)[number]
export const SC = rowIndex(SECTOR_CONSTANTS)

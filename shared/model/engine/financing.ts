import type { CompiledModel } from './compile'
import { G } from './series'
import { T } from './terms'
import type { Workspace } from './workspace'

/**
 * One side of a financing table extended past its last published year at a constant growth rate,
 * from that year's value without its one-off amounts.
 */
function extend(
  table: Float64Array,
  lastBase: number,
  growth: number,
  out: Float64Array,
  offset: number,
  n: number,
): void {
  let value = lastBase
  for (let i = 0; i < n; i++) {
    if (i < table.length) {
      out[offset + i] = table[i] as number
    } else {
      value *= growth
      out[offset + i] = value
    }
  }
}

/**
 * Balances, year by year. The ROBSS follows the PLFSS table (2024 actual, then forecasts), and
 * past it receipts grow with the wage bill and spending at the PLFSS's trend; Unédic follows its
 * own forecast, then receipts grow with the wage bill and spending with nominal GDP. Coproduction's
 * costs are split by who bears them:
 *   ROBSS   = contributions and CSG lost + earmarked VAT lost − social levies on distributed margins
 *   Unédic  = unemployment-insurance contributions lost + benefits paid
 *   APU     = ROBSS + Unédic + Agirc-Arrco lost + State taxes lost on wages − State savings
 *             − State taxes on margins
 * and the identities hold by construction:
 *   robss_balance  = robss_balance_baseline + robss_balance_change,
 *   robss_balance_change = increment_robss − coproduction_effect
 *   unedic_balance = unedic_balance_baseline − coproduction_effect_unedic
 *   apu_effect     = increment_total − coproduction_effect_apu
 */
export function projectFinancing(model: CompiledModel, params: Float64Array, ws: Workspace): void {
  const n = ws.years
  const p = model.p
  const s = ws.series
  const terms = ws.terms
  const at = (i: number) => params[i] as number
  const wageBill = (1 + at(p.wageGrowth)) * (1 + at(p.employmentGrowth))
  const gdpGrowth = 1 + at(p.gdpGrowth)
  const { robss, unedic } = model
  const robssReceipts = T.robss_receipts * n
  const robssSpending = T.robss_spending * n
  const unedicReceipts = T.unedic_receipts * n
  const unedicSpending = T.unedic_spending * n
  extend(robss.receipts, robss.receiptsBase, wageBill, terms, robssReceipts, n)
  const spendingGrowth = 1 + at(p.spendingGrowth)
  extend(robss.spending, robss.spendingBase, spendingGrowth, terms, robssSpending, n)
  extend(unedic.receipts, unedic.receiptsBase, wageBill, terms, unedicReceipts, n)
  extend(unedic.spending, unedic.spendingBase, gdpGrowth, terms, unedicSpending, n)

  const margins = at(p.marginShare)
  const corporateTax = at(p.corporateTax)
  const distributed = (1 - corporateTax) * at(p.distributedShare)
  const toRobss = distributed * at(p.capitalSocialRate)
  const toState = corporateTax + distributed * at(p.capitalIncomeTax)
  const taxOnWages = at(p.stateTaxOnWages)
  // Row offsets, resolved before the loop (this runs at every Monte Carlo draw).
  const gdpRow = G.gdp * n
  const marginsRow = G.value_to_margins * n
  const sharingRobss = G.value_sharing_robss * n
  const sharingState = G.value_sharing_state * n
  const saved = G.labour_cost_saved * n
  const contributions = G.contributions_lost * n
  const vat = G.itaf_lost * n
  const contributionsUnedic = G.contributions_lost_unedic * n
  const benefits = G.benefits_cost * n
  const complementary = G.contributions_lost_complementary * n
  const state = G.state_savings * n
  const stateTaxes = G.state_taxes_lost * n
  const wagesLost = G.wage_bill_lost * n
  const costRobss = G.coproduction_effect * n
  const costUnedic = G.coproduction_effect_unedic * n
  const costApu = G.coproduction_effect_apu * n
  const incrementRobss = G.increment_robss * n
  const incrementTotal = G.increment_total * n
  const receiptsRow = G.robss_receipts_baseline * n
  const baselineRow = G.robss_balance_baseline * n
  const balanceRow = G.robss_balance * n
  const changeRow = G.robss_balance_change * n
  const pctRow = G.robss_balance_pct_gdp * n
  const unedicBaselineRow = G.unedic_balance_baseline * n
  const unedicRow = G.unedic_balance * n
  const apuRow = G.apu_effect * n
  const v = (offset: number, i: number) => s[offset + i] as number

  let gdp = at(p.gdp0)
  for (let i = 0; i < n; i++) {
    if (i > 0) gdp *= gdpGrowth
    s[gdpRow + i] = gdp
    const kept = margins * v(saved, i)
    s[marginsRow + i] = kept
    s[sharingRobss + i] = kept * toRobss
    s[sharingState + i] = kept * toState
    const robss = v(contributions, i) + v(vat, i) - kept * toRobss
    const unedic = v(contributionsUnedic, i) + v(benefits, i)
    s[costRobss + i] = robss
    s[costUnedic + i] = unedic
    const taxesLost = taxOnWages * v(wagesLost, i)
    s[stateTaxes + i] = taxesLost
    const apu = robss + unedic + v(complementary, i) + taxesLost - v(state, i) - kept * toState
    s[costApu + i] = apu

    const receipts = terms[robssReceipts + i] as number
    const baseline = receipts - (terms[robssSpending + i] as number)
    s[receiptsRow + i] = receipts
    s[baselineRow + i] = baseline
    const change = v(incrementRobss, i) - robss
    const balance = baseline + change
    s[balanceRow + i] = balance
    s[changeRow + i] = change
    s[pctRow + i] = (100 * balance) / gdp
    const unedicBaseline =
      (terms[unedicReceipts + i] as number) - (terms[unedicSpending + i] as number)
    s[unedicBaselineRow + i] = unedicBaseline
    s[unedicRow + i] = unedicBaseline - unedic
    s[apuRow + i] = v(incrementTotal, i) - apu
  }
}

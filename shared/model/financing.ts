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
 *   APU     = ROBSS + Unédic + Agirc-Arrco lost − State savings − State taxes on margins
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
  extend(robss.receipts, robss.receiptsBase, wageBill, terms, T.robss_receipts * n, n)
  const spendingGrowth = 1 + at(p.spendingGrowth)
  extend(robss.spending, robss.spendingBase, spendingGrowth, terms, T.robss_spending * n, n)
  extend(unedic.receipts, unedic.receiptsBase, wageBill, terms, T.unedic_receipts * n, n)
  extend(unedic.spending, unedic.spendingBase, gdpGrowth, terms, T.unedic_spending * n, n)

  const margins = at(p.marginShare)
  const corporateTax = at(p.corporateTax)
  const distributed = (1 - corporateTax) * at(p.distributedShare)
  const toRobss = distributed * at(p.capitalSocialRate)
  const toState = corporateTax + distributed * at(p.capitalIncomeTax)
  let gdp = at(p.gdp0)
  for (let i = 0; i < n; i++) {
    const row = (id: number) => id * n + i
    const value = (id: number) => s[row(id)] as number
    if (i > 0) gdp *= gdpGrowth
    s[row(G.gdp)] = gdp
    const kept = margins * value(G.labour_cost_saved)
    s[row(G.value_to_margins)] = kept
    s[row(G.value_sharing_robss)] = kept * toRobss
    s[row(G.value_sharing_state)] = kept * toState
    const robss = value(G.contributions_lost) + value(G.itaf_lost) - value(G.value_sharing_robss)
    const unedic = value(G.contributions_lost_unedic) + value(G.benefits_cost)
    s[row(G.coproduction_effect)] = robss
    s[row(G.coproduction_effect_unedic)] = unedic
    s[row(G.coproduction_effect_apu)] =
      robss +
      unedic +
      value(G.contributions_lost_complementary) -
      value(G.state_savings) -
      value(G.value_sharing_state)

    const receipts = terms[T.robss_receipts * n + i] as number
    const baseline = receipts - (terms[T.robss_spending * n + i] as number)
    s[row(G.robss_receipts_baseline)] = receipts
    s[row(G.robss_balance_baseline)] = baseline
    const change = value(G.increment_robss) - robss
    const balance = baseline + change
    s[row(G.robss_balance)] = balance
    s[row(G.robss_balance_change)] = change
    s[row(G.robss_balance_pct_gdp)] = (100 * balance) / gdp
    const unedicBaseline =
      (terms[T.unedic_receipts * n + i] as number) - (terms[T.unedic_spending * n + i] as number)
    s[row(G.unedic_balance_baseline)] = unedicBaseline
    s[row(G.unedic_balance)] = unedicBaseline - unedic
    s[row(G.apu_effect)] = value(G.increment_total) - value(G.coproduction_effect_apu)
  }
}

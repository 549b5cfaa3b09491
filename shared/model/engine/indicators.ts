import { dataLevyShareOfValue } from '../levers/data-levy-ledger'
import type { CompiledModel } from './compile'
import { LEVER_IDS, LEVERS } from '../levers/lever-table'
import type { LeverId } from '../levers/lever-table'
import { COVERAGE_MIN_DENOMINATOR, G, I } from './series'
import type { Workspace } from './workspace'
import {
  INCIDENCE_CONSUMERS,
  INCIDENCE_FRENCH_FIRMS,
  INCIDENCE_PLATFORMS,
  INCIDENCE_WORKERS,
} from './workspace'

/**
 * The lever increments reported four ways, with the lever switches that time their phase-in; the
 * indicator slots are resolved once here, not at every projection.
 */
const INCREMENTS = [
  ...LEVERS.map((lever) => ({ key: lever.series, levers: [lever.id] })),
  { key: 'total' as const, levers: LEVER_IDS },
].map(({ key, levers }) => ({
  row: G[`increment_${key}`],
  levers,
  final: I[`increment_${key}_final`],
  full: I[`increment_${key}_full`],
  cumulative: I[`increment_${key}_cumulative`],
  pv: I[`increment_${key}_pv`],
}))

/**
 * The first year every listed lever that is switched on is fully phased in and at its final step
 * (the horizon's start when none is on), kept within the horizon.
 */
export function fullPhaseInYear(model: CompiledModel, levers: readonly LeverId[]): number {
  let year = model.baseYear + model.firstOutput
  for (const id of levers) {
    if (!model.levers[id].enabled) continue
    year = Math.max(year, model.settledYears[id])
  }
  return Math.min(year, model.baseYear + model.years - 1)
}

/**
 * Headline indicators over the horizon (from horizon.start to horizon.end). Present values discount
 * each year to the horizon's first year at `finance.discount_rate`. Those of the consumer's ledger
 * only with `consumer` (a projection of the balances alone leaves it out: see project.ts).
 */
export function computeIndicators(
  model: CompiledModel,
  params: Float64Array,
  ws: Workspace,
  consumer = true,
): void {
  const n = ws.years
  const s = ws.series
  const out = ws.indicators
  const first = model.firstOutput
  const last = n - 1
  const discount = 1 / (1 + (params[model.p.discountRate] as number))
  // One pass over the horizon for every cumulated and discounted figure (this runs per draw).
  const robssChange = G.robss_balance_change * n
  const unedic = G.unedic_balance * n
  const unedicBaseline = G.unedic_balance_baseline * n
  const apu = G.apu_effect * n
  const cost = G.coproduction_effect * n
  const toRobssRow = G.increment_robss * n
  let robssChangeSum = 0
  let unedicChangeSum = 0
  let apuSum = 0
  let apuPv = 0
  let costSum = 0
  let costPv = 0
  let toRobss = 0
  let factor = 1
  for (let i = first; i < n; i++) {
    robssChangeSum += s[robssChange + i] as number
    unedicChangeSum += (s[unedic + i] as number) - (s[unedicBaseline + i] as number)
    const apuValue = s[apu + i] as number
    apuSum += apuValue
    apuPv += apuValue * factor
    const costValue = s[cost + i] as number
    costSum += costValue
    costPv += costValue * factor
    toRobss += s[toRobssRow + i] as number
    factor *= discount
  }
  out[I.robss_balance_final] = s[G.robss_balance * n + last] as number
  out[I.robss_balance_final_pct_gdp] = s[G.robss_balance_pct_gdp * n + last] as number
  out[I.robss_balance_change_cumulative] = robssChangeSum
  out[I.unedic_balance_final] = s[unedic + last] as number
  out[I.unedic_balance_change_cumulative] = unedicChangeSum
  out[I.apu_effect_final] = s[apu + last] as number
  out[I.apu_effect_cumulative] = apuSum
  out[I.apu_effect_pv] = apuPv
  out[I.coproduction_effect_final] = s[cost + last] as number
  out[I.coproduction_effect_cumulative] = costSum
  out[I.coproduction_effect_pv] = costPv
  out[I.coproduction_effect_share_receipts] =
    (s[cost + last] as number) / (s[G.robss_receipts_baseline * n + last] as number)
  for (const increment of INCREMENTS) {
    const row = increment.row * n
    let total = 0
    let pv = 0
    let f = 1
    for (let i = first; i < n; i++) {
      const value = s[row + i] as number
      total += value
      pv += value * f
      f *= discount
    }
    out[increment.final] = s[row + last] as number
    out[increment.full] = s[
      row + fullPhaseInYear(model, increment.levers) - model.baseYear
    ] as number
    out[increment.cumulative] = total
    out[increment.pv] = pv
  }
  out[I.increment_robss_cumulative] = toRobss
  out[I.coverage_ratio_cumulative] = coverageRatio(toRobss, costSum)

  let peak = 0
  let cumulative = 0
  for (let i = first; i < n; i++) {
    const stock = s[G.jobs_displaced_total * n + i] as number
    if (stock > peak) peak = stock
    // Cumulative displacement counts each year's increases in the stock, from the base year on.
    if (i > 0) {
      const rise = stock - (s[G.jobs_displaced_total * n + i - 1] as number)
      if (rise > 0) cumulative += rise
    }
  }
  out[I.jobs_displaced_peak] = peak
  out[I.jobs_displaced_cumulative] = cumulative
  if (consumer) consumerIndicators(model, params, ws)
  const inc = ws.incidence
  const total =
    (inc[INCIDENCE_PLATFORMS] as number) +
    (inc[INCIDENCE_FRENCH_FIRMS] as number) +
    (inc[INCIDENCE_CONSUMERS] as number) +
    (inc[INCIDENCE_WORKERS] as number)
  const share = (x: number) => (total > 0 ? x / total : 0)
  out[I.incidence_platforms] = share(inc[INCIDENCE_PLATFORMS] as number)
  out[I.incidence_french_firms] = share(inc[INCIDENCE_FRENCH_FIRMS] as number)
  out[I.incidence_consumers] = share(inc[INCIDENCE_CONSUMERS] as number)
  out[I.incidence_workers] = share(inc[INCIDENCE_WORKERS] as number)
}

/**
 * Lever yield to the ROBSS over the cost of coproduction to it, both cumulated. Uncapped, and NaN
 * where the cost is too small for the ratio to mean anything (see COVERAGE_MIN_DENOMINATOR).
 */
export function coverageRatio(yieldToRobss: number, cost: number): number {
  return cost >= COVERAGE_MIN_DENOMINATOR ? yieldToRobss / cost : Number.NaN
}

/** The consumer's ledger in the final year, and cumulated over the horizon where it adds up. */
function consumerIndicators(model: CompiledModel, params: Float64Array, ws: Workspace): void {
  const n = ws.years
  const s = ws.series
  const out = ws.indicators
  const last = n - 1
  const final = (row: number) => s[row * n + last] as number
  let assisted = 0
  let footprint = 0
  for (let i = model.firstOutput; i < n; i++) {
    assisted += s[G.assisted_access_cost * n + i] as number
    footprint += s[G.footprint_change * n + i] as number
  }
  out[I.consumer_work_hours_final] = final(G.consumer_work_hours)
  out[I.consumer_work_value_final] = final(G.consumer_work_value)
  const added = final(G.coproduction_added)
  const imposed = final(G.coproduction_imposed)
  out[I.consumer_time_net_change_final] = final(G.consumer_time_net_change)
  out[I.coproduction_imposed_final] = imposed
  // Imposed over all the self-service added since the base year; where adoption fell back in
  // every sector nothing was added, and whatever is imposed is all of it.
  out[I.coproduction_imposed_share_final] =
    added > 1e-9 ? Math.min(1, imposed / added) : imposed > 0 ? 1 : 0
  out[I.people_losing_channel_final] = final(G.people_losing_channel)
  out[I.assisted_access_cost_final] = final(G.assisted_access_cost)
  out[I.assisted_access_cost_cumulative] = assisted
  // The assisted requests the model ascribes to imposed coproduction, against what the whole
  // France services network handles today: the scale of the cost above.
  out[I.assisted_network_multiple_final] =
    final(G.assisted_transactions) / (params[model.p.assistedNetwork] as number)
  out[I.data_value_users_final] = final(G.data_value_users)
  out[I.data_levy_share_of_value_final] = dataLevyShareOfValue(model, ws)
  out[I.footprint_change_final] = final(G.footprint_change)
  out[I.footprint_change_cumulative] = footprint
  out[I.footprint_share_digital_final] =
    final(G.footprint_change) / ((params[model.p.digitalFootprint] as number) * 1e3)
}

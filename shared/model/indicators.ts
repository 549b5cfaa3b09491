import type { CompiledModel } from './compile'
import { COVERAGE_MIN_DENOMINATOR, G, I } from './series'
import type { IndicatorId } from './series'
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
const INCREMENTS = (
  [
    { key: 'dst', row: G.increment_dst, levers: ['dst'] },
    { key: 'data_levy', row: G.increment_data_levy, levers: ['dataLevy'] },
    { key: 'platform', row: G.increment_platform, levers: ['platformContribution'] },
    { key: 'total', row: G.increment_total, levers: ['dst', 'dataLevy', 'platformContribution'] },
  ] as const
).map(({ key, row, levers }) => ({
  row,
  levers,
  final: I[`increment_${key}_final`],
  full: I[`increment_${key}_full`],
  cumulative: I[`increment_${key}_cumulative`],
  pv: I[`increment_${key}_pv`],
}))

/**
 * The first year every listed lever that is switched on is fully phased in (the horizon's start
 * when none is on), kept within the horizon.
 */
export function fullPhaseInYear(model: CompiledModel, levers: readonly string[]): number {
  let year = model.baseYear + model.firstOutput
  for (const id of levers) {
    const lever = model.levers[id as 'dst' | 'dataLevy' | 'platformContribution']
    if (!lever.enabled) continue
    year = Math.max(year, lever.startYear + Math.max(0, lever.phaseInYears - 1))
  }
  return Math.min(year, model.baseYear + model.years - 1)
}

/**
 * Headline indicators over the horizon (from horizon.start to horizon.end). Present values discount
 * each year to the horizon's first year at `finance.discount_rate`.
 */
export function computeIndicators(model: CompiledModel, params: Float64Array, ws: Workspace): void {
  const n = ws.years
  const s = ws.series
  const out = ws.indicators
  const first = model.firstOutput
  const last = n - 1
  const discount = 1 / (1 + (params[model.p.discountRate] as number))
  const at = (row: number, i: number) => s[row * n + i] as number
  const sum = (row: number, minus?: number) => {
    let total = 0
    for (let i = first; i < n; i++) total += at(row, i) - (minus === undefined ? 0 : at(minus, i))
    return total
  }
  const presentValue = (row: number) => {
    let total = 0
    let factor = 1
    for (let i = first; i < n; i++) {
      total += at(row, i) * factor
      factor *= discount
    }
    return total
  }
  const set = (id: IndicatorId, value: number) => {
    out[I[id]] = value
  }
  const setAt = (slot: number, value: number) => {
    out[slot] = value
  }

  set('robss_balance_final', at(G.robss_balance, last))
  set('robss_balance_final_pct_gdp', at(G.robss_balance_pct_gdp, last))
  set('robss_balance_change_cumulative', sum(G.robss_balance, G.robss_balance_baseline))
  set('unedic_balance_final', at(G.unedic_balance, last))
  set('unedic_balance_change_cumulative', sum(G.unedic_balance, G.unedic_balance_baseline))
  set('apu_effect_final', at(G.apu_effect, last))
  set('apu_effect_cumulative', sum(G.apu_effect))
  set('apu_effect_pv', presentValue(G.apu_effect))
  const effect = sum(G.coproduction_effect)
  set('coproduction_effect_final', at(G.coproduction_effect, last))
  set('coproduction_effect_cumulative', effect)
  set('coproduction_effect_pv', presentValue(G.coproduction_effect))
  set(
    'coproduction_effect_share_receipts',
    at(G.coproduction_effect, last) / at(G.robss_receipts_baseline, last),
  )
  for (const increment of INCREMENTS) {
    const row = increment.row
    const full = fullPhaseInYear(model, increment.levers) - model.baseYear
    setAt(increment.final, at(row, last))
    setAt(increment.full, at(row, full))
    setAt(increment.cumulative, sum(row))
    setAt(increment.pv, presentValue(row))
  }
  const toRobss = sum(G.increment_robss)
  set('increment_robss_cumulative', toRobss)
  set('coverage_ratio_cumulative', coverageRatio(toRobss, effect))

  let peak = 0
  let cumulative = 0
  for (let i = first; i < n; i++) {
    const stock = at(G.jobs_displaced_total, i)
    if (stock > peak) peak = stock
    // Cumulative displacement counts each year's increases in the stock, from the base year on.
    if (i > 0) {
      const rise = stock - at(G.jobs_displaced_total, i - 1)
      if (rise > 0) cumulative += rise
    }
  }
  set('jobs_displaced_peak', peak)
  set('jobs_displaced_cumulative', cumulative)
  set('consumer_work_hours_final', at(G.consumer_work_hours, last))
  set('consumer_work_value_final', at(G.consumer_work_value, last))
  const inc = ws.incidence
  const total =
    (inc[INCIDENCE_PLATFORMS] as number) +
    (inc[INCIDENCE_FRENCH_FIRMS] as number) +
    (inc[INCIDENCE_CONSUMERS] as number) +
    (inc[INCIDENCE_WORKERS] as number)
  const share = (x: number) => (total > 0 ? x / total : 0)
  set('incidence_platforms', share(inc[INCIDENCE_PLATFORMS] as number))
  set('incidence_french_firms', share(inc[INCIDENCE_FRENCH_FIRMS] as number))
  set('incidence_consumers', share(inc[INCIDENCE_CONSUMERS] as number))
  set('incidence_workers', share(inc[INCIDENCE_WORKERS] as number))
}

/**
 * Lever yield to the ROBSS over the cost of coproduction to it, both cumulated. Uncapped, and NaN
 * where the cost is too small for the ratio to mean anything (see COVERAGE_MIN_DENOMINATOR).
 */
export function coverageRatio(yieldToRobss: number, cost: number): number {
  return cost >= COVERAGE_MIN_DENOMINATOR ? yieldToRobss / cost : Number.NaN
}

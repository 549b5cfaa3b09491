import type { CompiledModel } from './compile'
import { COVERAGE_CAP, G, I } from './series'
import type { Workspace } from './workspace'
import {
  INCIDENCE_CONSUMERS,
  INCIDENCE_FRENCH_FIRMS,
  INCIDENCE_PLATFORMS,
  INCIDENCE_WORKERS,
} from './workspace'

/** Headline indicators over the horizon (from horizon.start to horizon.end). */
export function computeIndicators(model: CompiledModel, ws: Workspace): void {
  const n = ws.years
  const s = ws.series
  const out = ws.indicators
  const first = model.firstOutput
  const last = n - 1
  let gapChange = 0
  let effect = 0
  let earmarked = 0
  let peak = 0
  let cumulative = 0
  for (let i = first; i < n; i++) {
    gapChange +=
      (s[G.financing_gap * n + i] as number) - (s[G.financing_gap_baseline * n + i] as number)
    effect += s[G.coproduction_effect * n + i] as number
    earmarked += s[G.lever_revenue_earmarked * n + i] as number
    const stock = s[G.jobs_displaced_total * n + i] as number
    if (stock > peak) peak = stock
    // Cumulative displacement counts each year's increases in the stock, from the base year on.
    if (i > 0) {
      const rise = stock - (s[G.jobs_displaced_total * n + i - 1] as number)
      if (rise > 0) cumulative += rise
    }
  }
  out[I.gap_change_cumulative] = gapChange
  out[I.gap_final] = s[G.financing_gap * n + last] as number
  out[I.gap_final_pct_gdp] = s[G.financing_gap_pct_gdp * n + last] as number
  out[I.coproduction_effect_cumulative] = effect
  out[I.lever_revenue_earmarked_cumulative] = earmarked
  out[I.coverage_ratio_final] = s[G.coverage_ratio * n + last] as number
  out[I.coverage_ratio_cumulative] = coverage(earmarked, effect)
  out[I.jobs_displaced_peak] = peak
  out[I.jobs_displaced_cumulative] = cumulative
  out[I.consumer_work_hours_final] = s[G.consumer_work_hours * n + last] as number
  out[I.consumer_work_value_final] = s[G.consumer_work_value * n + last] as number
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

/** Lever revenue earmarked over the coproduction effect, defined everywhere (see COVERAGE_CAP). */
export function coverage(earmarked: number, effect: number): number {
  const tolerance = 1e-6
  if (effect > tolerance) return Math.max(-COVERAGE_CAP, Math.min(COVERAGE_CAP, earmarked / effect))
  return earmarked > tolerance ? COVERAGE_CAP : 0
}

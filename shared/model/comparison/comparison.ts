import type { CompiledModel } from '../engine/compile'
import type { Projection } from '../engine/simulate'
import { G, GLOBAL_SERIES, I, INDICATORS } from '../engine/series'
import type { GlobalSeriesId, IndicatorId } from '../engine/series'
import { LEVER_INDICATOR_IDS } from '../engine/series-catalogue'
import type { LeverIndicatorId } from '../engine/series-catalogue'
import type { Unit } from '../engine/units'
import type { Workspace } from '../engine/workspace'

export { inputDifferences } from '../scenario/input-differences'
export type { InputDifference } from '../scenario/input-differences'

/** What a comparison, an attribution or a goal-seek looks at: an indicator, or a series in a year. */
export type ComparisonMeasure =
  { kind: 'indicator'; id: IndicatorId } | { kind: 'series'; id: GlobalSeriesId; year: number }

function unknownMeasure(measure: ComparisonMeasure): never {
  throw new RangeError(`Unknown ${measure.kind}: ${String(measure.id)}`)
}

function outsideHorizon(year: number, first: number, last: number): never {
  throw new RangeError(`The year ${year} is outside the horizon ${first}–${last}`)
}

/** The measure's unit (that of its indicator or series). */
export function measureUnit(measure: ComparisonMeasure): Unit {
  const spec =
    measure.kind === 'indicator'
      ? INDICATORS.find((s) => s.id === measure.id)
      : GLOBAL_SERIES.find((s) => s.id === measure.id)
  return spec ? spec.unit : unknownMeasure(measure)
}

/**
 * The measure's value in a projection. A series year outside the projection's horizon, or an
 * unknown id, throws a RangeError: a missing value must not pass for a number.
 */
export function measureValue(projection: Projection, measure: ComparisonMeasure): number {
  if (measure.kind === 'indicator') {
    const found = projection.indicators.find((r) => r.id === measure.id)
    return found ? found.value : unknownMeasure(measure)
  }
  const series = projection.series.find((r) => r.id === measure.id)
  if (!series || !(measure.id in G)) return unknownMeasure(measure)
  const i = projection.years.indexOf(measure.year)
  const first = projection.years[0] ?? NaN
  const last = projection.years[projection.years.length - 1] ?? NaN
  return i < 0 ? outsideHorizon(measure.year, first, last) : (series.values[i] as number)
}

/**
 * The same value read straight from a workspace after `project`, for loops that run dozens of
 * projections (attribution, goal-seek) without building a Projection each time. Returns the
 * buffer offset to read, checked once.
 */
export function measureOffset(model: CompiledModel, measure: ComparisonMeasure): number {
  if (measure.kind === 'indicator') {
    const k = I[measure.id]
    return k === undefined ? unknownMeasure(measure) : k
  }
  const row = G[measure.id]
  if (row === undefined) return unknownMeasure(measure)
  const first = model.baseYear + model.firstOutput
  const last = model.baseYear + model.years - 1
  if (!Number.isInteger(measure.year) || measure.year < first || measure.year > last)
    return outsideHorizon(measure.year, first, last)
  return row * model.years + (measure.year - model.baseYear)
}

export function readMeasure(ws: Workspace, measure: ComparisonMeasure, offset: number): number {
  return (measure.kind === 'indicator' ? ws.indicators[offset] : ws.series[offset]) as number
}

/**
 * Which way is better for each indicator, for marking the best scenario of a row. A higher balance
 * (smaller deficit), a higher general-government effect and a higher yield over current law are
 * better; a smaller coproduction cost and fewer displaced jobs are better. Consumer work and the
 * incidence shares describe who does or bears what: no direction is better, so no best is marked.
 */
export const INDICATOR_PREFERENCE: Record<IndicatorId, 'lower' | 'higher' | null> = {
  robss_balance_final: 'higher',
  robss_balance_final_pct_gdp: 'higher',
  robss_balance_change_cumulative: 'higher',
  unedic_balance_final: 'higher',
  unedic_balance_change_cumulative: 'higher',
  apu_effect_final: 'higher',
  apu_effect_cumulative: 'higher',
  apu_effect_pv: 'higher',
  coproduction_effect_final: 'lower',
  coproduction_effect_cumulative: 'lower',
  coproduction_effect_pv: 'lower',
  coproduction_effect_share_receipts: 'lower',
  increment_total_final: 'higher',
  increment_total_full: 'higher',
  increment_total_cumulative: 'higher',
  increment_total_pv: 'higher',
  // Each lever's own yield, like the total: more is better.
  ...(Object.fromEntries(LEVER_INDICATOR_IDS.map((id) => [id, 'higher'])) as Record<
    LeverIndicatorId,
    'higher'
  >),
  increment_robss_cumulative: 'higher',
  coverage_ratio_cumulative: 'higher',
  jobs_displaced_peak: 'lower',
  jobs_displaced_cumulative: 'lower',
  consumer_work_hours_final: null,
  consumer_work_value_final: null,
  // The consumer's ledger: less imposed coproduction, fewer people left out, a lower assisted
  // access bill and a smaller footprint are better; time, data value and the levy's share describe.
  consumer_time_net_change_final: null,
  coproduction_imposed_final: 'lower',
  coproduction_imposed_share_final: 'lower',
  people_losing_channel_final: 'lower',
  assisted_access_cost_final: 'lower',
  assisted_network_multiple_final: 'lower',
  assisted_access_cost_cumulative: 'lower',
  data_value_users_final: null,
  data_levy_share_of_value_final: null,
  footprint_change_final: 'lower',
  footprint_change_cumulative: 'lower',
  footprint_share_digital_final: 'lower',
  incidence_platforms: null,
  incidence_french_firms: null,
  incidence_consumers: null,
  incidence_workers: null,
}

export interface ComparisonRow {
  id: IndicatorId
  unit: Unit
  reference: number
  /** One per compared scenario, in the order given. */
  values: number[]
  /** values − reference. */
  deltas: number[]
  /** Index into values of the single best one; null if no preference, or if several tie for best. */
  best: number | null
}

/** Equal up to floating-point noise: identical inputs give identical values, near-ties count too. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12
}

/**
 * How far ahead the best must be, as a share of the larger of it and the runner-up: half a percent.
 * The figures are shown to about three significant figures, so a smaller gap is hidden by rounding
 * or is not one an analyst would act on (1 FTE out of 40 000 displaced jobs): « meilleur » on it
 * would single out a scenario for nothing.
 */
export const MATERIAL_SHARE = 0.005

/**
 * The index of the single best value, or null when there is no preference, or when no value is
 * materially ahead of all the others (ties, and near-ties below MATERIAL_SHARE).
 */
export function bestIndex(values: readonly number[], preference: 'lower' | 'higher' | null) {
  if (preference === null || values.length === 0) return null
  const sign = preference === 'lower' ? 1 : -1
  let best = 0
  for (let i = 1; i < values.length; i++)
    if (sign * (values[i] as number) < sign * (values[best] as number)) best = i
  const top = values[best] as number
  const ahead = values.every((v, i) => {
    if (i === best) return true
    if (same(v, top)) return false
    return Math.abs(v - top) > MATERIAL_SHARE * Math.max(Math.abs(v), Math.abs(top))
  })
  return ahead ? best : null
}

/** Headline indicators of each scenario against the reference, in INDICATORS order. */
export function compareIndicators(
  reference: Projection,
  projections: readonly Projection[],
): ComparisonRow[] {
  const valueOf = (p: Projection, id: IndicatorId) => measureValue(p, { kind: 'indicator', id })
  return INDICATORS.map(({ id, unit }) => {
    const ref = valueOf(reference, id)
    const values = projections.map((p) => valueOf(p, id))
    return {
      id,
      unit,
      reference: ref,
      values,
      deltas: values.map((v) => v - ref),
      best: bestIndex(values, INDICATOR_PREFERENCE[id]),
    }
  })
}

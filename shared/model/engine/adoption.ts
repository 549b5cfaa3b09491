import type { CompiledModel } from './compile'
import { bassStepPerCeiling, curveCeiling, fixedPath } from './curves'
import type { Curve } from '../scenario/scenario-schema'
import { SECTOR_FIELDS, SECTOR_IDS } from './ids'
import { sectorParam } from './labour'
import { ADOPTION_ROW } from './series'
import type { Workspace } from './workspace'
import { keepsCounters, keptShare } from '../levers/staffed-channel'

const SECTORS = SECTOR_IDS.length

/** How a sector's curve is stepped: the Bass recursion, or a fixed path (logistic, drawn). */
const CURVE_BASS = 0
const CURVE_FIXED = 1
const F_IMPOSED = SECTOR_FIELDS.indexOf('imposed_share')

/** What a sector's curve is stepped from: the compiled curves of a scenario. */
export interface SectorCurves {
  readonly curveKind: Uint8Array
  /** Per sector: Bass p, q, ceiling, start. */
  readonly bass: Float64Array
  /** Per sector and year: the fixed path of logistic and drawn curves. */
  readonly fixedPaths: Float64Array
  readonly ceilings: Float64Array
}

/** The cost each levy adds to the price of self-service, year by year (fillConsumerCosts). */
type ConsumerCosts = Pick<Workspace, 'dstConsumerCost' | 'platformConsumerCost'>

/**
 * Sector `s`'s adoption path over `n` years into `out` from `row`: the discrete Bass recursion, or
 * the fixed path with its yearly increases scaled by the cost response (decreases pass through).
 * Without `costs` every x is 1. One piece of code for both, so a path worked out once at
 * compile time (`pathsAtNoCost`) is bit for bit what a projection would step.
 */
export function stepSectorPath(
  curves: SectorCurves,
  s: number,
  n: number,
  out: Float64Array,
  row: number,
  costs: ConsumerCosts | null,
  alpha = 0,
  exposureDst = 0,
  exposurePlatform = 0,
): void {
  const ceiling = curves.ceilings[s] as number
  const bassKind = curves.curveKind[s] === CURVE_BASS
  const b = s * 4
  const p = curves.bass[b] as number
  const qPerCeiling = ceiling > 0 ? (curves.bass[b + 1] as number) / ceiling : 0
  const path = s * n
  out[row] = bassKind ? (curves.bass[b + 3] as number) : (curves.fixedPaths[path] as number)
  for (let i = 1; i < n; i++) {
    let x = 1
    if (costs) {
      // The cost response: each year's rise held back by the cost the levies add to the price.
      const shock =
        exposureDst * (costs.dstConsumerCost[i] as number) +
        exposurePlatform * (costs.platformConsumerCost[i] as number)
      x = 1 - alpha * shock
      if (x < 0) x = 0
    }
    const previous = out[row + i - 1] as number
    let next: number
    if (bassKind) {
      next = ceiling > 0 ? bassStepPerCeiling(previous, p, qPerCeiling, ceiling, x) : 0
    } else {
      const step =
        (curves.fixedPaths[path + i] as number) - (curves.fixedPaths[path + i - 1] as number)
      next = previous + (step > 0 ? step * x : step)
      next = next < 0 ? 0 : next > ceiling ? ceiling : next
    }
    out[row + i] = next
  }
}

/** Curves compiled for stepping over `years` years from `firstYear`, one sector per curve. */
export function compileCurves(
  curves: readonly Curve[],
  firstYear: number,
  years: number,
): SectorCurves {
  const count = curves.length
  const compiled = {
    curveKind: new Uint8Array(count),
    bass: new Float64Array(count * 4),
    fixedPaths: new Float64Array(count * years),
    ceilings: new Float64Array(count),
  }
  curves.forEach((curve, s) => {
    compiled.ceilings[s] = curveCeiling(curve)
    if (curve.type === 'bass') {
      compiled.curveKind[s] = CURVE_BASS
      compiled.bass.set([curve.p, curve.q, curve.ceiling, curve.start], s * 4)
    } else {
      compiled.curveKind[s] = CURVE_FIXED
      fixedPath(curve, firstYear, years, compiled.fixedPaths, s * years)
    }
  })
  return compiled
}

/** Each curve's path at no cost to its users, one after another, `n` years each. */
export function pathsAtNoCost(curves: SectorCurves, n: number): Float64Array {
  const count = curves.ceilings.length
  const paths = new Float64Array(count * n)
  for (let s = 0; s < count; s++) stepSectorPath(curves, s, n, paths, s * n, null)
  return paths
}

function allZero(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) return false
  return true
}

/**
 * Adoption of every sector: the curve's path into `adoptionFree`, then into the adoption rows
 * once a staffed channel kept open has sent back to the counter the imposed part of the rise since
 * the base year: A = A₀ + (A_free − A₀)·(1 − imposed·kept·phase) where A_free > A₀.
 *
 * Where no levy's cost reaches a sector's users (it does not respond to cost, it bears no levy, or
 * the levies add no cost over current law in any year), every x is exactly 1 and the path is the
 * model's `pathsAtNoCost`, copied rather than stepped again at every draw.
 */
export function projectAdoption(model: CompiledModel, params: Float64Array, ws: Workspace): void {
  const n = ws.years
  const keeps = keepsCounters(model)
  // The share kept is the same for every sector: read once a year off the lever's settings.
  const kept = ws.keptShares
  if (keeps) for (let i = 0; i < n; i++) kept[i] = keptShare(model, ws, i)
  const noCost = allZero(ws.dstConsumerCost) && allZero(ws.platformConsumerCost)
  const alpha = params[model.p.costResponse] as number
  const free = ws.adoptionFree
  // Every sector's path at no cost in one native copy; the sectors a cost reaches step over it.
  free.set(model.noCostPaths)
  if (!noCost)
    for (let s = 0; s < SECTORS; s++) {
      const exposureDst = model.exposureDst[s] as number
      const exposurePlatform = model.exposurePlatform[s] as number
      if (model.respondsToCost[s] === 1 && (exposureDst !== 0 || exposurePlatform !== 0))
        stepSectorPath(model, s, n, free, s * n, ws, alpha, exposureDst, exposurePlatform)
    }
  // The adoption rows follow one another, sector by sector, as the paths do.
  const adoption = ADOPTION_ROW * n
  if (!keeps) {
    ws.series.set(free, adoption)
    return
  }
  for (let s = 0; s < SECTORS; s++) {
    const row = s * n
    const adoptionRow = adoption + row
    const imposed = sectorParam(model, params, s, F_IMPOSED)
    const a0 = free[row] as number
    for (let i = 0; i < n; i++) {
      const a = free[row + i] as number
      const back = imposed * (kept[i] as number)
      ws.series[adoptionRow + i] = a > a0 && back > 0 ? a0 + (a - a0) * (1 - back) : a
    }
  }
}

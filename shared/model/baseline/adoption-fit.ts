import type { Baseline } from './baseline-schema'
import { bassStep } from '../engine/curves'
import { SECTOR_IDS } from '../engine/ids'
import type { SectorId } from '../engine/ids'

/**
 * Model 2.0.0: fit what is observed before projecting it. The default Bass curve of each sector
 * takes its p and q from a least-squares fit to the adoption the baseline observed, so the
 * projection continues the observed pace instead of restarting at the base-year level with
 * meta-analysis values (p 0.03, q 0.38 gave retail a first step 12× its observed pace).
 *
 * The ceiling m stays the baseline's: a handful of points cannot say where adoption stops.
 * The curve is anchored at the base-year level: the fitted path passes through it exactly, and
 * the past is the same discrete recursion run backwards from it (each step inverted), so the
 * starting level at the earliest observation is whatever the recursion needs to land on the
 * anchor. There is no jump between the fitted past and the projection.
 */

export interface YearValue {
  readonly year: number
  readonly value: number
}

export interface FitResidual {
  readonly year: number
  readonly observed: number
  readonly fitted: number
  /** fitted − observed, as a share (× 100 for points). */
  readonly residual: number
  /** The base-year level, which the fit passes through by construction (residual 0). */
  readonly anchor: boolean
}

export interface BassFit {
  readonly p: number
  readonly q: number
  readonly ceiling: number
  /** The base-year level, where the projection starts. */
  readonly start: number
  readonly baseYear: number
  /** Every observation, the anchor included, in year order. */
  readonly residuals: readonly FitResidual[]
  /** Root mean square residual over the observations other than the anchor; null when none. */
  readonly rmse: number | null
  /** The fitted path from the earliest observation to the latest (base year at least). */
  readonly path: readonly YearValue[]
  /** A(base year + 1) − A(base year) with no cost response, as a share per year. */
  readonly firstStep: number
  /** Average yearly change from the earliest to the latest observation; null with one point. */
  readonly observedPace: number | null
}

export interface AdoptionFit extends BassFit {
  readonly sector: SectorId
  readonly method: 'fitted' | 'pooled'
  /** For a pooled sector, the fitted sectors its p and q come from (empty: the cited values). */
  readonly pooledFrom: readonly SectorId[]
}

/**
 * The level a year before `y`: the smaller root of A·a² − B·a + C = 0, which is the step
 * a + (p + q·a/m)·(m − a) = y rearranged. Written as 2C / (B + √(B² − 4AC)) so q → 0 stays exact
 * (it becomes (y − p·m)/(1 − p)). Below 0 the recursion would have started from nothing: kept at 0.
 */
export function bassInverseStep(y: number, p: number, q: number, m: number): number {
  if (m <= 0) return 0
  const a2 = q / m
  const b = 1 - p + q
  const c = y - p * m
  const root = (2 * c) / (b + Math.sqrt(Math.max(0, b * b - 4 * a2 * c)))
  return root < 0 ? 0 : root > m ? m : root
}

/**
 * The recursion's levels over [min(first, anchor), max(last, anchor)], year by year from the
 * earliest, into `into` (from index 0): backwards from the anchor before it, forwards after.
 * Returns the earliest year. A fit evaluates this thousands of times, so it allocates nothing.
 */
export function anchoredLevels(
  p: number,
  q: number,
  m: number,
  anchor: YearValue,
  first: number,
  last: number,
  into: Float64Array,
): number {
  const earliest = Math.min(first, anchor.year)
  let a = anchor.value
  into[anchor.year - earliest] = a
  for (let year = anchor.year - 1; year >= first; year--)
    into[year - earliest] = a = bassInverseStep(a, p, q, m)
  a = anchor.value
  for (let year = anchor.year + 1; year <= last; year++)
    into[year - earliest] = a = bassStep(a, p, q, m, 1)
  return earliest
}

/** The recursion's path over [first, last], anchored at `anchor` (backwards before, forwards after). */
export function anchoredPath(
  p: number,
  q: number,
  m: number,
  anchor: YearValue,
  first: number,
  last: number,
): YearValue[] {
  const latest = Math.max(last, anchor.year)
  const levels = new Float64Array(latest - Math.min(first, anchor.year) + 1)
  const earliest = anchoredLevels(p, q, m, anchor, first, last, levels)
  return Array.from(levels, (value, k) => ({ year: earliest + k, value }))
}

/** The fit's search box. p + q ≤ 1 keeps a yearly step monotone in A, so it can be inverted. */
const feasible = (p: number, q: number): [number, number] => {
  let x = Math.max(0, p)
  let y = Math.max(0, q)
  const excess = x + y - 1
  if (excess > 0) {
    x = Math.max(0, x - excess / 2)
    y = Math.max(0, Math.min(1 - x, y - excess / 2))
  }
  return [x, y]
}

/**
 * One observation besides the anchor pins only a combination of p and q (a pace, not a shape),
 * so a whole line of (p, q) fits it exactly. A vanishing ridge towards the values the baseline
 * cites picks, among those, the one nearest the meta-analysis; with more observations than
 * parameters its weight (λ ≈ a residual of 0.01 point) cannot move the fit measurably.
 */
const RIDGE = 1e-8

/** Deterministic bounded Nelder–Mead on two parameters (points projected into the box). */
function nelderMead(
  f: (x: readonly [number, number]) => number,
  start: readonly [number, number],
  step: readonly [number, number],
): [number, number] {
  type Vertex = { x: [number, number]; v: number }
  const at = (x: [number, number]): Vertex => ({ x, v: f(x) })
  let s: Vertex[] = [
    at([start[0], start[1]]),
    at([start[0] + step[0], start[1]]),
    at([start[0], start[1] + step[1]]),
  ]
  const combine = (a: readonly number[], b: readonly number[], t: number): [number, number] => [
    (a[0] as number) + t * ((b[0] as number) - (a[0] as number)),
    (a[1] as number) + t * ((b[1] as number) - (a[1] as number)),
  ]
  for (let iteration = 0; iteration < 4000; iteration++) {
    s.sort((a, b) => a.v - b.v)
    const [best, mid, worst] = s as [Vertex, Vertex, Vertex]
    const size = Math.max(
      Math.abs(worst.x[0] - best.x[0]) + Math.abs(worst.x[1] - best.x[1]),
      Math.abs(mid.x[0] - best.x[0]) + Math.abs(mid.x[1] - best.x[1]),
    )
    if (size < 1e-11) break
    const centre = combine(best.x, mid.x, 0.5)
    const reflected = at(combine(centre, worst.x, -1))
    if (reflected.v < best.v) {
      const expanded = at(combine(centre, worst.x, -2))
      s = [best, mid, expanded.v < reflected.v ? expanded : reflected]
    } else if (reflected.v < mid.v) {
      s = [best, mid, reflected]
    } else {
      const contracted = at(combine(centre, worst.x, reflected.v < worst.v ? -0.5 : 0.5))
      if (contracted.v < Math.min(worst.v, reflected.v)) s = [best, mid, contracted]
      else s = [best, at(combine(best.x, mid.x, 0.5)), at(combine(best.x, worst.x, 0.5))]
    }
  }
  s.sort((a, b) => a.v - b.v)
  return (s[0] as Vertex).x
}

/** A coarse grid over the box, denser near 0 where yearly adoption parameters live. */
const P_GRID = [0, 0.001, 0.003, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12, 0.2, 0.3, 0.5]
const Q_GRID = [0, 0.01, 0.03, 0.06, 0.1, 0.15, 0.2, 0.3, 0.4, 0.55, 0.75, 1]

/** Residuals, RMSE, path, first step and pace of the anchored curve with given p and q. */
export function describeBass(
  p: number,
  q: number,
  ceiling: number,
  observations: readonly YearValue[],
  anchor: YearValue,
): BassFit {
  const others = observations.filter((o) => o.year !== anchor.year)
  const all = [...others, anchor].sort((a, b) => a.year - b.year)
  const first = (all[0] as YearValue).year
  const last = (all[all.length - 1] as YearValue).year
  const path = anchoredPath(p, q, ceiling, anchor, first, last)
  const fittedAt = (year: number) => (path[year - path[0]!.year] as YearValue).value
  const residuals = all.map((o) => {
    const isAnchor = o === anchor
    const fitted = isAnchor ? anchor.value : fittedAt(o.year)
    return { year: o.year, observed: o.value, fitted, residual: fitted - o.value, anchor: isAnchor }
  })
  const free = residuals.filter((r) => !r.anchor)
  const sse = free.reduce((sum, r) => sum + r.residual ** 2, 0)
  const firstObs = all[0] as YearValue
  const lastObs = all[all.length - 1] as YearValue
  return {
    p,
    q,
    ceiling,
    start: anchor.value,
    baseYear: anchor.year,
    residuals,
    rmse: free.length > 0 ? Math.sqrt(sse / free.length) : null,
    path,
    firstStep: bassStep(anchor.value, p, q, ceiling, 1) - anchor.value,
    observedPace:
      last > first ? (lastObs.value - firstObs.value) / (lastObs.year - firstObs.year) : null,
  }
}

/**
 * Least squares on the observations (other than the anchor) of the anchored discrete Bass path,
 * p, q ≥ 0 and p + q ≤ 1, ceiling fixed; the best point of a coarse grid, then Nelder–Mead
 * twice (the restart undoes a simplex that collapsed early). Deterministic: no randomness.
 * `prior` is the (p, q) the ridge leans towards when the observations cannot separate them.
 */
export function fitBass(
  observations: readonly YearValue[],
  anchor: YearValue,
  ceiling: number,
  prior: { readonly p: number; readonly q: number },
): BassFit {
  const others = observations.filter((o) => o.year !== anchor.year)
  const first = Math.min(anchor.year, ...others.map((o) => o.year))
  const last = Math.max(anchor.year, ...others.map((o) => o.year))
  // Relative distances, so neither parameter's scale (p ~ 0.01, q ~ 0.1) dominates the tie-break.
  const scaleP = Math.max(prior.p, 0.01)
  const scaleQ = Math.max(prior.q, 0.01)
  const levels = new Float64Array(last - first + 1)
  const objective = (x: readonly [number, number]) => {
    const [p, q] = feasible(x[0], x[1])
    anchoredLevels(p, q, ceiling, anchor, first, last, levels)
    let sse = 0
    for (const o of others) sse += ((levels[o.year - first] as number) - o.value) ** 2
    const outside = (x[0] - p) ** 2 + (x[1] - q) ** 2
    return sse + RIDGE * (((p - prior.p) / scaleP) ** 2 + ((q - prior.q) / scaleQ) ** 2) + outside
  }
  let best: [number, number] = [prior.p, prior.q]
  let bestValue = objective(feasible(...best))
  for (const p of P_GRID)
    for (const q of Q_GRID) {
      if (p + q > 1) continue
      const value = objective([p, q])
      if (value < bestValue) [best, bestValue] = [[p, q], value]
    }
  for (const scale of [0.5, 0.1]) {
    const step: [number, number] = [
      Math.max(0.005, best[0] * scale),
      Math.max(0.02, best[1] * scale),
    ]
    best = feasible(...nelderMead(objective, best, step))
  }
  return describeBass(best[0], best[1], ceiling, observations, anchor)
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4

const cache = new WeakMap<Baseline, Readonly<Record<SectorId, AdoptionFit>>>()

/**
 * The fitted default curve of every sector of a baseline, computed once per baseline object.
 *
 * A sector with no observation besides its base-year level has nothing to fit. It takes the
 * median p and the median q of the fitted sectors: the median gives each observed sector one vote
 * (a joint fit of one shared p, q would lean towards whichever sector has most points) and is not
 * dragged by one outlying sector, such as retail's very slow checkout. With no fitted sector at all
 * the baseline's cited p and q remain.
 */
export function adoptionFits(baseline: Baseline): Readonly<Record<SectorId, AdoptionFit>> {
  const cached = cache.get(baseline)
  if (cached) return cached
  const fits = new Map<SectorId, AdoptionFit>()
  const unobserved: SectorId[] = []
  for (const sector of SECTOR_IDS) {
    const { observedAdoption, curveDefaults: d } = baseline.sectors[sector]
    const anchor = { year: baseline.baseYear, value: d.adoption2024 }
    const observations = observedAdoption.filter((o) => o.year !== baseline.baseYear)
    if (observations.length === 0 || d.ceiling <= 0) {
      unobserved.push(sector)
      continue
    }
    const raw = fitBass(observations, anchor, d.ceiling, { p: d.bassP, q: d.bassQ })
    // Kept to what a person would type, and described as rounded, so the residuals shown are those
    // of the curve the engine runs.
    const fit = describeBass(round4(raw.p), round4(raw.q), d.ceiling, observations, anchor)
    fits.set(sector, { ...fit, sector, method: 'fitted', pooledFrom: [] })
  }
  const fitted = [...fits.values()]
  const pooledFrom = fitted.map((f) => f.sector)
  for (const sector of unobserved) {
    const d = baseline.sectors[sector].curveDefaults
    const p = fitted.length > 0 ? round4(median(fitted.map((f) => f.p))) : d.bassP
    const q = fitted.length > 0 ? round4(median(fitted.map((f) => f.q))) : d.bassQ
    const anchor = { year: baseline.baseYear, value: d.adoption2024 }
    const observations = baseline.sectors[sector].observedAdoption
    const fit = describeBass(p, q, d.ceiling, observations, anchor)
    fits.set(sector, { ...fit, sector, method: 'pooled', pooledFrom })
  }
  const result = Object.fromEntries(SECTOR_IDS.map((s) => [s, fits.get(s)])) as Record<
    SectorId,
    AdoptionFit
  >
  cache.set(baseline, result)
  return result
}

/** One sector's fit (see `adoptionFits`). */
export function adoptionFit(baseline: Baseline, sector: SectorId): AdoptionFit {
  return adoptionFits(baseline)[sector]
}

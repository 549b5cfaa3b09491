import { compileCurves, pathsAtNoCost } from '../engine/adoption'
import { curveCeiling, drawnAt } from '../engine/curves'
import type { Curve } from './scenario-schema'

/**
 * What the adoption panel needs to show and edit a curve, kept pure so the preview follows every
 * keystroke and drag without a round trip to the engine: a curve's path, conversions between
 * curve types, and the edits of a drawn curve's points.
 */

export type CurveType = Curve['type']
export interface CurvePoint {
  readonly year: number
  readonly value: number
}

/** Years the engine simulates: from the base year to the horizon's end. */
export interface YearSpan {
  readonly first: number
  readonly last: number
}

/** The bounds the scenario schema puts on logistic and Bass parameters. */
const MIDPOINT_RANGE = [1990, 2100] as const
const STEEPNESS_RANGE = [0.01, 5] as const
const Q_RANGE = [0, 2] as const

const clamp = (x: number, low: number, high: number) => (x < low ? low : x > high ? high : x)
/** Drawn values and fitted parameters kept to what a person would type (0.01 percentage point). */
const round4 = (x: number) => Math.round(x * 1e4) / 1e4

/**
 * A curve's path with no cost response (x = 1), one value per year of the span, exactly as the
 * engine runs it: Bass by its discrete recursion from `start` in the first year, logistic and
 * drawn as fixed paths.
 */
export function curvePath(curve: Curve, span: YearSpan): number[] {
  const years = span.last - span.first + 1
  if (years <= 0) return []
  // The engine's own stepping: the very numbers a projection gives the sector.
  return Array.from(pathsAtNoCost(compileCurves([curve], span.first, years), years))
}

/**
 * Least squares on the logits ln(v / (m − v)) = k·(t − midpoint): the logistic through a path,
 * or null when fewer than two years lie strictly between 0 and the ceiling (a flat or saturated
 * path has no midpoint to find).
 */
export function fitLogistic(
  path: readonly number[],
  firstYear: number,
  ceiling: number,
): { midpoint: number; steepness: number } | null {
  const xs: number[] = []
  const zs: number[] = []
  path.forEach((v, i) => {
    // Values at 0 or the ceiling have infinite logits; near them, the logit is all noise.
    if (v > ceiling * 1e-3 && v < ceiling * (1 - 1e-3)) {
      xs.push(firstYear + i)
      zs.push(Math.log(v / (ceiling - v)))
    }
  })
  if (xs.length < 2) return null
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const mz = zs.reduce((a, b) => a + b, 0) / xs.length
  let sxz = 0
  let sxx = 0
  xs.forEach((x, i) => {
    sxz += (x - mx) * ((zs[i] as number) - mz)
    sxx += (x - mx) ** 2
  })
  const k = sxz / sxx
  // A falling path has no logistic; the gentlest rising one is the nearest allowed.
  const steepness = round4(clamp(k, ...STEEPNESS_RANGE))
  const midpoint = Math.round(clamp(mx - mz / steepness, ...MIDPOINT_RANGE))
  return { midpoint, steepness }
}

/** Bass's q (p kept) whose path is nearest, in squared error, to the given path. */
function fitBassQ(path: readonly number[], span: YearSpan, p: number, ceiling: number): number {
  const start = Math.min(path[0] ?? 0, ceiling)
  let best = { q: 0, error: Number.POSITIVE_INFINITY }
  // A grid over q's whole range at 0.005: a few hundred short recursions, instant.
  for (let q = Q_RANGE[0]; q <= Q_RANGE[1] + 1e-9; q += 0.005) {
    const candidate = curvePath({ type: 'bass', p, q, ceiling, start }, span)
    const error = candidate.reduce((sum, v, i) => sum + (v - (path[i] as number)) ** 2, 0)
    if (error < best.error) best = { q, error }
  }
  return round4(best.q)
}

/** Years at which a curve converted to drawn is sampled: about five, both ends included. */
export function sampleYears(span: YearSpan): number[] {
  const length = span.last - span.first
  const step = Math.max(1, Math.round(length / 4))
  const years: number[] = []
  for (let year = span.first; year < span.last; year += step) years.push(year)
  years.push(span.last)
  return years
}

/**
 * The curve of another type nearest to `curve` over the span, so switching type keeps the picture:
 * drawn samples the path; logistic keeps the ceiling and fits midpoint and steepness; Bass keeps
 * the ceiling, starts where the path starts, takes `bassP` and fits q.
 */
export function convertCurve(
  curve: Curve,
  to: CurveType,
  span: YearSpan,
  defaults: { readonly bassP: number; readonly bassQ: number },
): Curve {
  if (curve.type === to) return curve
  const path = curvePath(curve, span)
  const ceiling = round4(clamp(curveCeiling(curve), 0, 1))
  if (to === 'drawn') {
    return {
      type: 'drawn',
      points: sampleYears(span).map((year) => ({
        year,
        value: round4(clamp(path[year - span.first] as number, 0, ceiling)),
      })),
    }
  }
  if (to === 'logistic') {
    // A saturated or flat path: put the midpoint well before the span, so it reads as flat.
    const fit = fitLogistic(path, span.first, ceiling) ?? {
      midpoint: Math.max(MIDPOINT_RANGE[0], span.first - 15),
      steepness: 0.5,
    }
    return { type: 'logistic', ...fit, ceiling }
  }
  const start = round4(clamp(path[0] ?? 0, 0, ceiling))
  const q = ceiling > 0 ? fitBassQ(path, span, defaults.bassP, ceiling) : defaults.bassQ
  return { type: 'bass', p: defaults.bassP, q, ceiling, start }
}

/** Two curves are the same when every parameter is (to rounding noise). */
export function sameCurve(a: Curve, b: Curve): boolean {
  const near = (x: number, y: number) => Math.abs(x - y) < 1e-9
  if (a.type === 'bass' && b.type === 'bass')
    return near(a.p, b.p) && near(a.q, b.q) && near(a.ceiling, b.ceiling) && near(a.start, b.start)
  if (a.type === 'logistic' && b.type === 'logistic')
    return a.midpoint === b.midpoint && near(a.steepness, b.steepness) && near(a.ceiling, b.ceiling)
  if (a.type === 'drawn' && b.type === 'drawn')
    return (
      a.points.length === b.points.length &&
      a.points.every((p, i) => {
        const q = b.points[i]
        return q !== undefined && p.year === q.year && near(p.value, q.value)
      })
    )
  return false
}

/** The points with `year` set to `value` (added in year order if absent). */
export function withPoint(
  points: readonly CurvePoint[],
  year: number,
  value: number,
): CurvePoint[] {
  const rest = points.filter((p) => p.year !== year)
  return [...rest, { year, value: round4(clamp(value, 0, 1)) }].sort((a, b) => a.year - b.year)
}

/**
 * A stroke of the pen from one point to the next: every year between them is set on the straight
 * line joining them, so a quick drag that skips years leaves no gap.
 */
export function strokePoints(
  points: readonly CurvePoint[],
  from: CurvePoint | null,
  to: CurvePoint,
): CurvePoint[] {
  if (!from || from.year === to.year) return withPoint(points, to.year, to.value)
  const step = to.year > from.year ? 1 : -1
  let next: CurvePoint[] = [...points]
  for (let year = from.year + step; ; year += step) {
    const value =
      from.value + ((to.value - from.value) * (year - from.year)) / (to.year - from.year)
    next = withPoint(next, year, value)
    if (year === to.year) return next
  }
}

/** The points without `year`; a drawn curve keeps at least one point. */
export function withoutPoint(points: readonly CurvePoint[], year: number): CurvePoint[] {
  const rest = points.filter((p) => p.year !== year)
  return rest.length > 0 ? rest : [...points]
}

/**
 * Where "add a point" puts one: the first free year after the last point within the span, else
 * the first free year of the span, valued on the curve there; null when every year has a point.
 */
export function nextPoint(points: readonly CurvePoint[], span: YearSpan): CurvePoint | null {
  const taken = new Set(points.map((p) => p.year))
  const last = points[points.length - 1]?.year ?? span.first - 1
  const candidates = [
    ...Array.from({ length: Math.max(0, span.last - last) }, (_, i) => last + 1 + i),
    ...Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i),
  ]
  const year = candidates.find((y) => y >= span.first && y <= span.last && !taken.has(y))
  return year === undefined ? null : { year, value: round4(drawnAt(year, points)) }
}

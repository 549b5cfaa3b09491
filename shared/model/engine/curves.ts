import type { Curve } from '../scenario/scenario-schema'

/**
 * Adoption curves. A(t) is the share of a sector's transactions done by the consumer.
 *
 * Bass runs as the discrete generalised Bass recursion, so a cost response can slow it down:
 *   A(t+1) = A(t) + (p + q·A(t)/m)·(m − A(t))·x(t+1)
 * Logistic and drawn curves are fixed paths; the cost response scales their yearly increases.
 */

/** One step of the discrete Bass recursion, kept within [0, m]. */
export function bassStep(a: number, p: number, q: number, m: number, x: number): number {
  return m <= 0 ? 0 : bassStepPerCeiling(a, p, q / m, m, x)
}

/** bassStep given q/m (m > 0), for a caller stepping one curve many times. */
export function bassStepPerCeiling(
  a: number,
  p: number,
  qPerCeiling: number,
  m: number,
  x: number,
): number {
  const next = a + (p + qPerCeiling * a) * (m - a) * x
  return next < 0 ? 0 : next > m ? m : next
}

/** Continuous Bass: the cumulative adoption share F(t) of the ceiling after t years from 0. */
export function bassClosedForm(t: number, p: number, q: number): number {
  const e = Math.exp(-(p + q) * t)
  return (1 - e) / (1 + (q / p) * e)
}

export function logisticAt(
  year: number,
  midpoint: number,
  steepness: number,
  ceiling: number,
): number {
  return ceiling / (1 + Math.exp(-steepness * (year - midpoint)))
}

/** Piecewise-linear through the drawn points, flat before the first and after the last. */
export function drawnAt(
  year: number,
  points: ReadonlyArray<{ year: number; value: number }>,
): number {
  const first = points[0]
  const last = points[points.length - 1]
  if (!first || !last) return 0
  if (year <= first.year) return first.value
  if (year >= last.year) return last.value
  for (let i = 1; i < points.length; i++) {
    const right = points[i] as { year: number; value: number }
    if (year <= right.year) {
      const left = points[i - 1] as { year: number; value: number }
      return (
        left.value + ((right.value - left.value) * (year - left.year)) / (right.year - left.year)
      )
    }
  }
  return last.value
}

/** The highest adoption a curve can reach. */
export function curveCeiling(curve: Curve): number {
  if (curve.type === 'drawn') return curve.points.reduce((max, p) => Math.max(max, p.value), 0)
  return curve.ceiling
}

/** The fixed path of a logistic or drawn curve over `years` consecutive years from `firstYear`. */
export function fixedPath(
  curve: Curve,
  firstYear: number,
  years: number,
  out: Float64Array,
  offset: number,
): void {
  for (let i = 0; i < years; i++) {
    const year = firstYear + i
    out[offset + i] =
      curve.type === 'logistic'
        ? logisticAt(year, curve.midpoint, curve.steepness, curve.ceiling)
        : curve.type === 'drawn'
          ? drawnAt(year, curve.points)
          : 0
  }
}

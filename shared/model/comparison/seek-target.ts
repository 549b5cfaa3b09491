/** Scan intervals over the range before any bracketing: enough to see a hump or a dip. */
export const SCAN_INTERVALS = 32
/**
 * Near a target of 0 a relative tolerance means nothing: below this fraction of the largest
 * |f| seen over the range, the tolerance is taken relative to that fraction instead.
 */
export const NEAR_ZERO_FRACTION = 1e-3
const MAX_ITERATIONS = 100
const EPS = Number.EPSILON

export interface SeekOptions {
  readonly range: readonly [number, number]
  readonly target: number
  /** The current value: of several solutions, the one nearest it is chosen. */
  readonly start: number
  /** The answer's |f(x) − target| ≤ relativeTolerance × max(|target|, NEAR_ZERO_FRACTION × scale). */
  readonly relativeTolerance: number
  readonly scanIntervals?: number
}

export type SeekResult =
  | {
      status: 'found'
      value: number
      achieved: number
      /** achieved − target; |error| ≤ tolerance. */
      error: number
      tolerance: number
      evaluations: number
    }
  | {
      status: 'unreachable'
      range: [number, number]
      closest: { value: number; achieved: number }
      /** Smallest and largest f seen over the range (scan, and the search near the closest point). */
      reachable: [number, number]
      tolerance: number
      evaluations: number
    }

interface Point {
  x: number
  y: number
}

/**
 * Solve f(x) = target for x in a range, f continuous but not necessarily monotone. The range is
 * scanned at evenly spaced points (ends and start included); every scanned point within tolerance
 * and every interval where f − target changes sign is a candidate, and the one nearest the start
 * is chosen, then narrowed by Brent's method (inverse quadratic interpolation, secant, bisection
 * as a fallback: never worse than bisection). When no candidate appears, a golden-section search
 * around the closest scanned point looks for a hump or dip that reaches the target between two
 * scanned points; failing that, the target is unreachable over the range.
 */
export function seekTarget(f: (x: number) => number, options: SeekOptions): SeekResult {
  const [lo, hi] = options.range
  if (!(lo <= hi)) throw new RangeError('The range must be [min, max] with min ≤ max')
  const { target } = options
  let evaluations = 0
  const all: Point[] = []
  const at = (x: number): Point => {
    evaluations++
    const point = { x, y: f(x) }
    if (Number.isFinite(point.y)) all.push(point)
    return point
  }

  const n = Math.max(1, options.scanIntervals ?? SCAN_INTERVALS)
  const start = Math.min(hi, Math.max(lo, options.start))
  const xs = Array.from({ length: n + 1 }, (_, k) => (k === n ? hi : lo + ((hi - lo) * k) / n))
  if (!xs.includes(start)) xs.push(start)
  const scan = [...new Set(xs)].sort((a, b) => a - b).map(at)
  if (all.length === 0) throw new RangeError('f has no finite value over the range')
  const scale = Math.max(0, ...all.map((p) => Math.abs(p.y)))
  const tolerance =
    options.relativeTolerance * Math.max(Math.abs(target), NEAR_ZERO_FRACTION * scale)
  const found = (p: Point): SeekResult => ({
    status: 'found',
    value: p.x,
    achieved: p.y,
    error: p.y - target,
    tolerance,
    evaluations,
  })
  const hit = (p: Point) => Math.abs(p.y - target) <= tolerance
  const side = (p: Point) => Math.sign(p.y - target)

  // The candidate nearest the start: a scanned point within tolerance, or a sign change.
  let best: { distance: number; point?: Point; bracket?: [Point, Point] } | undefined
  scan.forEach((p, k) => {
    if (!Number.isFinite(p.y)) return
    if (hit(p)) {
      const distance = Math.abs(p.x - start)
      if (!best || distance < best.distance) best = { distance, point: p }
      return
    }
    const q = scan[k + 1]
    if (!q || !Number.isFinite(q.y) || hit(q) || side(p) * side(q) >= 0) return
    const distance = start < p.x ? p.x - start : start > q.x ? start - q.x : 0
    if (!best || distance < best.distance) best = { distance, bracket: [p, q] }
  })
  if (best?.point) return found(best.point)
  if (best?.bracket) {
    const root = brent(at, best.bracket, target, tolerance, hi - lo)
    if (hit(root)) return found(root)
  } else {
    const crossing = searchNearClosest(at, scan, target, tolerance)
    if (crossing && hit(crossing[1])) return found(crossing[1])
    if (crossing) {
      const root = brent(at, crossing, target, tolerance, hi - lo)
      if (hit(root)) return found(root)
    }
  }
  // Unreachable, or f jumps across the target (the bracket closed without meeting it).
  const closest = all.reduce((a, b) => (Math.abs(b.y - target) < Math.abs(a.y - target) ? b : a))
  return {
    status: 'unreachable',
    range: [lo, hi],
    closest: { value: closest.x, achieved: closest.y },
    reachable: [Math.min(...all.map((p) => p.y)), Math.max(...all.map((p) => p.y))],
    tolerance,
    evaluations,
  }
}

/**
 * Golden-section search for the extreme of f toward the target, between the neighbours of the
 * scanned point closest to it. Returns [closest, crossing] as soon as a point reaches the target
 * (a bracket for Brent), or undefined if the extreme stays short of it.
 */
function searchNearClosest(
  at: (x: number) => Point,
  scan: Point[],
  target: number,
  tolerance: number,
): [Point, Point] | undefined {
  const finite = scan.filter((p) => Number.isFinite(p.y))
  if (finite.length === 0) return undefined
  let k = 0
  finite.forEach((p, i) => {
    if (Math.abs(p.y - target) < Math.abs((finite[k] as Point).y - target)) k = i
  })
  const closest = finite[k] as Point
  const toward = Math.sign(target - closest.y) // +1: look for a maximum, −1: a minimum
  const reaches = (p: Point) => toward * (p.y - target) >= -tolerance
  let a = (finite[k - 1] ?? closest).x
  let b = (finite[k + 1] ?? closest).x
  const ratio = (Math.sqrt(5) - 1) / 2
  let c = at(b - ratio * (b - a))
  let d = at(a + ratio * (b - a))
  for (let i = 0; i < 40 && b - a > 4 * EPS * Math.max(Math.abs(a), Math.abs(b), 1); i++) {
    for (const p of [c, d]) if (reaches(p)) return [closest, p]
    if (toward * c.y > toward * d.y) {
      b = d.x
      d = c
      c = at(b - ratio * (b - a))
    } else {
      a = c.x
      c = d
      d = at(a + ratio * (b - a))
    }
  }
  for (const p of [c, d]) if (reaches(p)) return [closest, p]
  return undefined
}

/**
 * Brent's root finder (zeroin) on g = f − target over a sign-changing bracket; stops when
 * |g| ≤ tolerance or when the bracket is as narrow as floating point allows. Returns the last
 * point evaluated with f's own value (not g + target, which could differ in the last bit).
 */
function brent(
  at: (x: number) => Point,
  bracket: [Point, Point],
  target: number,
  tolerance: number,
  width: number,
): Point {
  let [pa, pb] = bracket
  let pc = pa
  const g = (p: Point) => p.y - target
  let d = pb.x - pa.x
  let e = d
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    if (Math.sign(g(pb)) === Math.sign(g(pc))) {
      pc = pa
      d = pb.x - pa.x
      e = d
    }
    if (Math.abs(g(pc)) < Math.abs(g(pb))) {
      pa = pb
      pb = pc
      pc = pa
    }
    const b = pb.x
    const fb = g(pb)
    const step = 2 * EPS * Math.abs(b) + EPS * width
    const mid = (pc.x - b) / 2
    if (Math.abs(fb) <= tolerance || Math.abs(mid) <= step) return pb
    if (Math.abs(e) >= step && Math.abs(g(pa)) > Math.abs(fb)) {
      // Interpolate: secant through two points, inverse quadratic through three.
      const s = fb / g(pa)
      let p: number
      let q: number
      if (pa === pc) {
        p = 2 * mid * s
        q = 1 - s
      } else {
        const qa = g(pa) / g(pc)
        const r = fb / g(pc)
        p = s * (2 * mid * qa * (qa - r) - (b - pa.x) * (r - 1))
        q = (qa - 1) * (r - 1) * (s - 1)
      }
      if (p > 0) q = -q
      p = Math.abs(p)
      if (2 * p < Math.min(3 * mid * q - Math.abs(step * q), Math.abs(e * q))) {
        e = d
        d = p / q
      } else {
        d = mid
        e = d
      }
    } else {
      d = mid
      e = d
    }
    pa = pb
    pb = at(b + (Math.abs(d) > step ? d : Math.sign(mid) * step))
  }
  return pb
}

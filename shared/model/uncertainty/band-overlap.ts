/**
 * Comparing scenarios under uncertainty, two by two: whether their 5th–95th percentile bands of an
 * indicator overlap, and — since scenarios run with the same seed share their random numbers draw
 * by draw (monte-carlo.ts) — how often one is below the other in the same draw.
 */

/** An indicator's spread in one scenario: its 5th percentile, median and 95th percentile. */
export interface Band {
  readonly p5: number
  readonly p50: number
  readonly p95: number
}

/** Shares of the paired draws where the first scenario is below, equal to, above the second. */
export interface PairedShares {
  readonly below: number
  readonly equal: number
  readonly above: number
}

/**
 * When one scenario is below or equal to the other in at least this share of the draws, the
 * order is said to hold whatever the assumptions turn out to be (the one-sided counterpart of a
 * 90 % band).
 */
export const CONSISTENT_SHARE = 0.95

/**
 * Values closer than this (relative) count as equal: draws are kept as 32-bit floats, and the same
 * figure reached by two scenarios' arithmetic may differ in its last bits.
 */
export const EQUAL_RELATIVE = 1e-6

/**
 * - `identical`: equal in every draw.
 * - `mostlyEqual`: equal in at least CONSISTENT_SHARE of the draws (not all).
 * - Otherwise the order is said to hold when the lower one is above the other in at most
 *   1 − CONSISTENT_SHARE of the draws (below or equal in the rest; ties are no reversal):
 *   - `indistinct`: the bands overlap and the order does not hold.
 *   - `overlapOrdered`: the bands overlap, yet the order holds (the uncertain assumptions move
 *     both scenarios together).
 *   - `distinct`: the bands are apart, and the order holds draw by draw.
 *   - `apartUnsettled`: the bands are apart, but the order does not hold.
 */
export type PairVerdict =
  'identical' | 'mostlyEqual' | 'indistinct' | 'overlapOrdered' | 'distinct' | 'apartUnsettled'

export interface PairComparison {
  /** Indices of the two scenarios, first < second. */
  readonly first: number
  readonly second: number
  readonly overlap: boolean
  /** When the bands are apart, the scenario whose band lies wholly below the other's; else null. */
  readonly bandBelow: number | null
  readonly shares: PairedShares
  /** The scenario below the other in more draws (first when tied). */
  readonly lower: number
  readonly higher: number
  /** The share of draws where `lower` is below `higher`. */
  readonly lowerShare: number
  readonly verdict: PairVerdict
}

/** Whether the closed intervals [p5, p95] share at least one point (touching bands overlap). */
export function bandsOverlap(a: Band, b: Band): boolean {
  return a.p5 <= b.p95 && b.p5 <= a.p95
}

/** Draw by draw, how often `a` is below, equal to, above `b` (the same draws, the same order). */
export function pairedShares(a: ArrayLike<number>, b: ArrayLike<number>): PairedShares {
  if (a.length !== b.length) throw new RangeError('Paired draws must be as many on both sides')
  if (a.length === 0) throw new RangeError('No draws to compare')
  let below = 0
  let equal = 0
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number
    const y = b[i] as number
    if (Math.abs(x - y) <= EQUAL_RELATIVE * Math.max(Math.abs(x), Math.abs(y))) equal++
    else if (x < y) below++
  }
  const n = a.length
  return { below: below / n, equal: equal / n, above: (n - below - equal) / n }
}

/** Every pair of `count` items once, in order: (0, 1), (0, 2), …, (1, 2), … */
export function pairsOf(count: number): Array<readonly [number, number]> {
  const pairs: Array<readonly [number, number]> = []
  for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) pairs.push([i, j])
  return pairs
}

/** One pair's bands and paired draws, summed up. */
export function comparePair(
  first: number,
  second: number,
  bands: readonly [Band, Band],
  draws: readonly [ArrayLike<number>, ArrayLike<number>],
): PairComparison {
  const overlap = bandsOverlap(bands[0], bands[1])
  const shares = pairedShares(draws[0], draws[1])
  const firstLower = shares.below >= shares.above
  const lowerShare = firstLower ? shares.below : shares.above
  // The share of draws where the lower one is above the other: a reversal of the order.
  const reversed = firstLower ? shares.above : shares.below
  const ordered = reversed <= 1 - CONSISTENT_SHARE
  const verdict: PairVerdict =
    shares.equal === 1
      ? 'identical'
      : shares.equal >= CONSISTENT_SHARE
        ? 'mostlyEqual'
        : overlap
          ? ordered
            ? 'overlapOrdered'
            : 'indistinct'
          : ordered
            ? 'distinct'
            : 'apartUnsettled'
  return {
    first,
    second,
    overlap,
    bandBelow: overlap ? null : bands[0].p95 < bands[1].p5 ? first : second,
    shares,
    lower: firstLower ? first : second,
    higher: firstLower ? second : first,
    lowerShare,
    verdict,
  }
}

/** Every pair of scenarios compared on one indicator: bands[i] and draws[i] are scenario i's. */
export function comparePairs(
  bands: readonly Band[],
  draws: ReadonlyArray<ArrayLike<number>>,
): PairComparison[] {
  if (bands.length !== draws.length) throw new RangeError('One band and one set of draws each')
  return pairsOf(bands.length).map(([i, j]) =>
    comparePair(
      i,
      j,
      [bands[i] as Band, bands[j] as Band],
      [draws[i] as ArrayLike<number>, draws[j] as ArrayLike<number>],
    ),
  )
}

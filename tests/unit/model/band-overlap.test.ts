import { describe, expect, it } from 'vitest'
import {
  CONSISTENT_SHARE,
  bandsOverlap,
  comparePair,
  comparePairs,
  pairedShares,
  pairsOf,
} from '@shared/model/uncertainty/band-overlap'
import type { Band } from '@shared/model/uncertainty/band-overlap'
import { Prng } from '@shared/model/uncertainty/prng'

const band = (p5: number, p95: number): Band => ({ p5, p50: (p5 + p95) / 2, p95 })

/** Type-7 percentile by sorting, as the Monte Carlo summary computes it. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.min(lo + 1, sorted.length - 1)
  return sorted[lo]! + (rank - lo) * (sorted[hi]! - sorted[lo]!)
}
const bandOf = (draws: readonly number[]): Band => ({
  p5: percentile(draws, 5),
  p50: percentile(draws, 50),
  p95: percentile(draws, 95),
})
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i)

describe('band overlap', () => {
  it('tells overlapping, nested, touching and disjoint bands apart, the same either way round', () => {
    const cases: Array<[Band, Band, boolean]> = [
      [band(0, 10), band(5, 15), true],
      [band(0, 10), band(2, 3), true],
      [band(0, 10), band(10, 20), true],
      [band(0, 10), band(10.000001, 20), false],
      [band(-5, -1), band(1, 5), false],
      [band(3, 3), band(3, 3), true],
    ]
    for (const [a, b, expected] of cases) {
      expect(bandsOverlap(a, b)).toBe(expected)
      expect(bandsOverlap(b, a)).toBe(expected)
    }
    const rng = new Prng(4)
    for (let i = 0; i < 200; i++) {
      const [a, b, c, d] = [rng.next(), rng.next(), rng.next(), rng.next()]
      const x = band(Math.min(a, b), Math.max(a, b))
      const y = band(Math.min(c, d), Math.max(c, d))
      expect(bandsOverlap(x, y)).toBe(bandsOverlap(y, x))
      // Disjoint exactly when one lies wholly below the other.
      expect(bandsOverlap(x, y)).toBe(!(x.p95 < y.p5 || y.p95 < x.p5))
    }
  })
})

describe('paired shares', () => {
  it('count below, equal and above draw by draw, summing to one, mirrored when swapped', () => {
    const a = [1, 2, 3, 4, 5, 6, 7, 8]
    const b = [2, 2, 1, 5, 5, 0, 9, 8]
    const s = pairedShares(a, b)
    expect(s).toEqual({ below: 3 / 8, equal: 3 / 8, above: 2 / 8 })
    expect(s.below + s.equal + s.above).toBe(1)
    expect(pairedShares(b, a)).toEqual({ below: s.above, equal: s.equal, above: s.below })
  })

  it('count as equal what differs only in a 32-bit float’s last bits', () => {
    const x = Float32Array.from([1234.5678, -0.001, 0])
    const y = Float32Array.from([1234.5678 * (1 + 2e-7), -0.001 * (1 - 3e-7), 0])
    expect(pairedShares(x, y).equal).toBe(1)
    expect(pairedShares([1], [1.00001]).below).toBe(1)
  })

  it('refuses draws that do not pair', () => {
    expect(() => pairedShares([1, 2], [1])).toThrow(RangeError)
    expect(() => pairedShares([], [])).toThrow(RangeError)
  })
})

describe('pairs of scenarios', () => {
  it('lists every pair once, in the comparison’s order', () => {
    expect(pairsOf(0)).toEqual([])
    expect(pairsOf(1)).toEqual([])
    expect(pairsOf(3)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ])
    for (let n = 2; n <= 6; n++) {
      const pairs = pairsOf(n)
      expect(pairs).toHaveLength((n * (n - 1)) / 2)
      expect(new Set(pairs.map(([i, j]) => `${i}-${j}`)).size).toBe(pairs.length)
      expect(pairs.every(([i, j]) => i < j && j < n)).toBe(true)
    }
  })

  it('reaches each verdict from bands and draws that call for it', () => {
    const base = range(0, 101)
    const verdict = (a: number[], b: number[]) => comparePair(0, 1, [bandOf(a), bandOf(b)], [a, b])
    // Equal in every draw.
    expect(verdict(base, [...base]).verdict).toBe('identical')
    // The same spread shifted a little: overlapping, and below in every draw.
    const shifted = verdict(
      base,
      base.map((v) => v + 10),
    )
    expect(shifted).toMatchObject({
      overlap: true,
      verdict: 'overlapOrdered',
      lower: 0,
      lowerShare: 1,
    })
    // Overlapping and crossing: b is a in reverse order.
    const crossing = verdict(base, [...base].reverse())
    expect(crossing.overlap).toBe(true)
    expect(crossing.verdict).toBe('indistinct')
    expect(crossing.lowerShare).toBeLessThan(CONSISTENT_SHARE)
    // Far apart: b above in every draw; the bands say which is below.
    const apart = verdict(
      base.map((v) => v + 500),
      base,
    )
    expect(apart).toMatchObject({ overlap: false, bandBelow: 1, lower: 1, higher: 0 })
    expect(apart.verdict).toBe('distinct')
    // Ties are no reversal: below in a third of the draws, equal in the rest, never above.
    const capped = base.map((v) => Math.min(v, 60))
    const weak = verdict(capped, base)
    expect(weak.shares.above).toBe(0)
    expect(weak.lowerShare).toBeCloseTo(40 / 101, 12)
    expect(weak.verdict).toBe('overlapOrdered')
    // Equal in 96 of 101 draws, a few either way: mostly equal, whichever is more often below.
    const nudged = base.map((v, i) => (i < 3 ? v + 1 : i < 5 ? v - 1 : v))
    expect(verdict(base, nudged).verdict).toBe('mostlyEqual')
    // Apart bands, yet 10 of 101 draws cross: five outliers on each side, paired against each other.
    const a = [...range(0, 96), 1000, 1000, 1000, 1000, 1000]
    const b = [-1000, -1000, -1000, -1000, -1000, ...range(200, 96)]
    const unsettled = verdict(a, b)
    expect(bandsOverlap(bandOf(a), bandOf(b))).toBe(false)
    expect(unsettled.lowerShare).toBeCloseTo(91 / 101, 12)
    expect(unsettled.verdict).toBe('apartUnsettled')
  })

  it('say the same of a pair whichever way round it is taken', () => {
    const rng = new Prng(11)
    const a = range(0, 200).map(() => rng.nextNormal())
    const b = a.map((v) => v + 0.3 + 0.5 * rng.nextNormal())
    const forward = comparePair(0, 1, [bandOf(a), bandOf(b)], [a, b])
    const backward = comparePair(0, 1, [bandOf(b), bandOf(a)], [b, a])
    expect(backward.overlap).toBe(forward.overlap)
    expect(backward.verdict).toBe(forward.verdict)
    expect(backward.lowerShare).toBe(forward.lowerShare)
    expect(backward.lower).toBe(1 - forward.lower)
  })

  it('compare every pair of several scenarios, each with its own bands and draws', () => {
    const draws = [range(0, 101), range(5, 101), range(500, 101)]
    const pairs = comparePairs(draws.map(bandOf), draws)
    expect(pairs.map((p) => [p.first, p.second])).toEqual(pairsOf(3))
    expect(pairs.map((p) => p.verdict)).toEqual(['overlapOrdered', 'distinct', 'distinct'])
    expect(() => comparePairs([bandOf(draws[0]!)], draws)).toThrow(RangeError)
  })
})

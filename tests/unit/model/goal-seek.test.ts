import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { measureValue } from '@shared/model/comparison/comparison'
import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import {
  GOAL_SEEK_LEVERS,
  balanceRestoredGoal,
  goalSeek,
  withLeverValue,
} from '@shared/model/comparison/goal-seek'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { scenarioSchema } from '@shared/model/scenario/scenario-schema'
import {
  NEAR_ZERO_FRACTION,
  SCAN_INTERVALS,
  seekTarget,
} from '@shared/model/comparison/seek-target'
import { simulate } from '@shared/model/engine/simulate'
import { scenarioFrom } from '../../helpers/model'

const baseline = getBaseline('fr-2025')
const GAP: ComparisonMeasure = { kind: 'indicator', id: 'robss_balance_final' }
const RATE = 'levers.dst.rate'

/** The measure with the lever at `value` (its switches on), by a full simulation. */
const measureAt = (
  scenario: Scenario,
  lever: string,
  value: number,
  measure: ComparisonMeasure = GAP,
) => measureValue(simulate(withLeverValue(scenario, lever, value), baseline), measure)

describe('seekTarget (generic)', () => {
  const parabola = (x: number) => 1 - (x - 0.5) ** 2
  const options = { range: [0, 1] as const, target: 0.9, relativeTolerance: 1e-8 }

  it('on a hump, finds the root on the side of the start', () => {
    const left = seekTarget(parabola, { ...options, start: 0.1 })
    const right = seekTarget(parabola, { ...options, start: 0.95 })
    if (left.status !== 'found' || right.status !== 'found') throw new Error('not found')
    expect(left.value).toBeCloseTo(0.5 - Math.sqrt(0.1), 7)
    expect(right.value).toBeCloseTo(0.5 + Math.sqrt(0.1), 7)
    for (const r of [left, right]) {
      expect(Math.abs(r.error)).toBeLessThanOrEqual(r.tolerance)
      expect(r.tolerance).toBeCloseTo(0.9e-8, 20)
      expect(r.achieved).toBe(parabola(r.value))
    }
  })

  it('finds a narrow peak that falls between scanned points', () => {
    const peak = (x: number) => Math.exp(-(((x - 0.51) / 0.005) ** 2))
    // The scan alone sees at most exp(−4) ≈ 0.018 near the peak.
    const spacing = 1 / SCAN_INTERVALS
    expect(peak(Math.round(0.51 / spacing) * spacing)).toBeLessThan(0.1)
    const r = seekTarget(peak, { range: [0, 1], target: 0.9, start: 0, relativeTolerance: 1e-8 })
    if (r.status !== 'found') throw new Error('not found')
    expect(Math.abs(r.achieved - 0.9)).toBeLessThanOrEqual(r.tolerance)
    expect(r.value).toBeLessThan(0.51)
    const beyond = seekTarget(peak, { range: [0, 1], target: 2, start: 0, relativeTolerance: 1e-8 })
    if (beyond.status !== 'unreachable') throw new Error('reached')
    expect(beyond.reachable[1]).toBeCloseTo(1, 6)
    expect(beyond.closest.value).toBeCloseTo(0.51, 4)
  })

  it('reports a jump across the target as unreachable, not as a root', () => {
    const step = (x: number) => (x < 0.3 ? 0 : 1)
    const r = seekTarget(step, { range: [0, 1], target: 0.5, start: 0, relativeTolerance: 1e-4 })
    expect(r).toMatchObject({ status: 'unreachable', reachable: [0, 1], range: [0, 1] })
  })

  it('refuses a function with no finite value and a reversed range', () => {
    const opts = { target: 0, start: 0, relativeTolerance: 1e-4 }
    expect(() => seekTarget(() => NaN, { ...opts, range: [0, 1] })).toThrow(RangeError)
    expect(() => seekTarget((x) => x, { ...opts, range: [1, 0] })).toThrow(RangeError)
  })

  it('near a target of 0, takes the tolerance relative to the size of f over the range', () => {
    const line = (x: number) => 40 * (x - 0.3)
    const r = seekTarget(line, { range: [-1, 1], target: 0, start: 0, relativeTolerance: 1e-4 })
    if (r.status !== 'found') throw new Error('not found')
    expect(r.tolerance).toBeCloseTo(1e-4 * NEAR_ZERO_FRACTION * 52, 15)
    expect(Math.abs(r.achieved)).toBeLessThanOrEqual(r.tolerance)
  })
})

describe('goalSeek', () => {
  // Without behavioural responses the ROBSS balance rises strictly with the DST rate over its
  // whole range, which the algorithm's tests below need; the real preset is sought just after.
  const dst6 = scenarioFrom('dst-6', (s) => {
    s.assumptions['dst.rate_elasticity'] = 0
    s.assumptions['adoption.cost_response'] = 0
  })

  it('finds the DST rate that brings the final-year gap to a target, and the engine agrees', () => {
    const target = (measureAt(dst6, RATE, 0.03) + measureAt(dst6, RATE, 0.2)) / 2
    const r = goalSeek({ scenario: dst6, baseline, lever: RATE, measure: GAP, target })
    if (r.status !== 'found') throw new Error('not found')
    expect(r.value).toBeGreaterThan(0.03)
    expect(r.value).toBeLessThan(0.2)
    expect(r.tolerance).toBeCloseTo(1e-4 * Math.abs(target), 15)
    expect(Math.abs(r.achieved - target)).toBeLessThanOrEqual(r.tolerance)
    expect(r.error).toBe(r.achieved - target)
    expect(measureAt(dst6, RATE, r.value)).toBe(r.achieved)
    // Brent after the scan: a few evaluations beyond the scanned points.
    expect(r.evaluations).toBeLessThan(SCAN_INTERVALS + 20)
    const tight = goalSeek({
      scenario: dst6,
      baseline,
      lever: RATE,
      measure: GAP,
      target,
      relativeTolerance: 1e-10,
    })
    if (tight.status !== 'found') throw new Error('not found')
    expect(Math.abs(tight.achieved - target)).toBeLessThanOrEqual(1e-10 * Math.abs(target))
  })

  it('finds the DST rate that puts the 2035 ROBSS balance back on its current-law path', () => {
    const real = scenarioFrom('dst-6')
    const goal = balanceRestoredGoal(2035)
    const r = goalSeek({ scenario: real, baseline, lever: RATE, ...goal })
    if (r.status !== 'found') throw new Error('not found')
    expect(Math.abs(r.achieved)).toBeLessThanOrEqual(r.tolerance)
    expect(measureAt(real, RATE, r.value, goal.measure)).toBe(r.achieved)
    // Below that rate the levers fall short of the cost of coproduction, above it they exceed it.
    expect(measureAt(real, RATE, r.value * 0.9, goal.measure)).toBeLessThan(0)
    expect(measureAt(real, RATE, r.value * 1.1, goal.measure)).toBeGreaterThan(0)
  })

  it('switches the lever on for the search, starting from a scenario without it', () => {
    const none = scenarioFrom('current-law')
    const target = measureAt(dst6, RATE, 0.1)
    const r = goalSeek({ scenario: none, baseline, lever: RATE, measure: GAP, target })
    if (r.status !== 'found') throw new Error('not found')
    const answer = withLeverValue(none, RATE, r.value)
    expect(answer.levers.dst.enabled).toBe(true)
    expect(scenarioSchema.safeParse(answer).success).toBe(true)
    expect({ ...answer.levers, dst: none.levers.dst }).toEqual(none.levers)
    // The tier's rate needs the tier on as well.
    const tiered = withLeverValue(none, 'levers.dst.tier.rate', 0.2)
    expect(tiered.levers.dst).toMatchObject({ enabled: true, tier: { enabled: true, rate: 0.2 } })
  })

  it('finds targets exactly at the ends of the lever’s range', () => {
    const field = GOAL_SEEK_LEVERS.find((f) => f.path === RATE)
    if (!field) throw new Error('no DST rate')
    for (const end of [field.min, field.max]) {
      const target = measureAt(dst6, RATE, end)
      const r = goalSeek({ scenario: dst6, baseline, lever: RATE, measure: GAP, target })
      expect(r).toMatchObject({ status: 'found', value: end, achieved: target, error: 0 })
    }
  })

  it('reports an unreachable target with the reachable interval over the range', () => {
    const atMin = measureAt(dst6, RATE, 0)
    const atMax = measureAt(dst6, RATE, 0.5)
    expect(atMax).toBeGreaterThan(atMin)
    for (const [target, closest] of [
      [atMax + 10, 0.5],
      [atMin - 10, 0],
    ] as const) {
      const r = goalSeek({ scenario: dst6, baseline, lever: RATE, measure: GAP, target })
      expect(r).toMatchObject({
        status: 'unreachable',
        range: [0, 0.5],
        reachable: [atMin, atMax],
        closest: { value: closest },
      })
    }
  })

  it('moves only continuous lever fields, within the horizon', () => {
    const paths = GOAL_SEEK_LEVERS.map((f) => f.path)
    expect(paths).toContain('levers.platformContribution.rate')
    expect(paths).toContain('levers.earmarking.dst')
    expect(paths).not.toContain('levers.dst.startYear')
    expect(paths).not.toContain('levers.dst.tier.thresholdBn')
    const base = { scenario: dst6, baseline, measure: GAP, target: 0 }
    expect(() => goalSeek({ ...base, lever: 'levers.dst.startYear' })).toThrow(RangeError)
    expect(() => goalSeek({ ...base, lever: 'levers.dst.enabled' })).toThrow(RangeError)
    expect(() => goalSeek({ ...base, lever: RATE, target: NaN })).toThrow(RangeError)
    expect(() =>
      goalSeek({ ...base, lever: RATE, measure: { kind: 'series', id: 'gdp', year: 2061 } }),
    ).toThrow(/outside the horizon/)
  })
})

import { describe, expect, it } from 'vitest'
import { attribute, enabledLevers } from '@shared/model/comparison/attribution'
import type { LeverId } from '@shared/model/comparison/attribution'
import { getBaseline } from '@shared/model/baseline/baselines'
import { measureValue } from '@shared/model/comparison/comparison'
import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import { Prng } from '@shared/model/uncertainty/prng'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { MAX_PLAYERS, popCount, shapleyValues } from '@shared/model/comparison/shapley'
import { simulate } from '@shared/model/engine/simulate'
import { scenarioFrom, sum } from '../../helpers/model'

const baseline = getBaseline('fr-2024')

/** Every order of 0..n−1. */
function permutations(n: number): number[][] {
  if (n === 0) return [[]]
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  )
}

/** Shapley values by definition: each player's marginal contribution averaged over every order. */
function byOrders(n: number, v: (mask: number) => number): number[] {
  const orders = permutations(n)
  const phi = new Array<number>(n).fill(0)
  for (const order of orders) {
    let mask = 0
    for (const i of order) {
      phi[i] = (phi[i] as number) + (v(mask | (1 << i)) - v(mask)) / orders.length
      mask |= 1 << i
    }
  }
  return phi
}

describe('shapleyValues', () => {
  it('matches the closed form of v(S) = (Σ a_i)², φ_i = a_i·Σ a, with a null player at 0', () => {
    const a = [1, 2, 3, 0]
    const v = (mask: number) => sum(a.filter((_, i) => mask & (1 << i))) ** 2
    const { values, coalitions } = shapleyValues(a.length, v)
    a.forEach((ai, i) => expect(values[i]).toBeCloseTo(ai * sum(a), 12))
    expect(values[3]).toBe(0)
    expect(coalitions).toHaveLength(16)
    expect(coalitions[0b0111]).toBe(36)
  })

  it('gives symmetric players equal shares and a null player nothing', () => {
    // Players 0 and 1 are interchangeable; player 2 complements them; player 3 changes nothing.
    const v = (mask: number) => {
      const pair = popCount(mask & 0b11)
      const third = mask & 0b100 ? 1 : 0
      return 5 * Math.min(pair, 1) + 3 * third + 7 * third * (pair === 2 ? 1 : 0)
    }
    const { values } = shapleyValues(4, v)
    expect(values[0]).toBeCloseTo(values[1] as number, 14)
    expect(values[3]).toBe(0)
    expect(sum(values)).toBeCloseTo(v(0b1111) - v(0), 12)
  })

  it('averages marginal contributions over every order, and follows a relabelling of players', () => {
    const rng = new Prng(11)
    for (const n of [1, 2, 3, 5]) {
      const table = Array.from({ length: 1 << n }, () => rng.next() * 100 - 50)
      const v = (mask: number) => table[mask] as number
      const { values } = shapleyValues(n, v)
      byOrders(n, v).forEach((phi, i) => expect(values[i]).toBeCloseTo(phi, 10))
      expect(sum(values)).toBeCloseTo(v((1 << n) - 1) - v(0), 10)
      // Swap players 0 and n−1: their values swap.
      const swap = (mask: number) => {
        const first = mask & 1
        const last = (mask >> (n - 1)) & 1
        const cleared = mask & ~1 & ~(1 << (n - 1))
        return cleared | last | (first << (n - 1))
      }
      const swapped = shapleyValues(n, (mask) => v(swap(mask))).values
      expect(swapped[0]).toBeCloseTo(values[n - 1] as number, 10)
      expect(swapped[n - 1]).toBeCloseTo(values[0] as number, 10)
    }
  })

  it('handles no player and refuses too many', () => {
    expect(shapleyValues(0, () => 4).values).toEqual([])
    expect(() => shapleyValues(MAX_PLAYERS + 1, () => 0)).toThrow(RangeError)
  })
})

/** Every lever on: DST with its tier, data levy, platform contribution with requalification. */
const allLevers = () =>
  scenarioFrom('dst-15-tier', (s) => {
    s.levers.dataLevy.enabled = true
    s.levers.platformContribution.enabled = true
    s.levers.platformContribution.requalificationShare = 0.3
  })

const MEASURES: ComparisonMeasure[] = [
  { kind: 'indicator', id: 'robss_balance_final' },
  { kind: 'indicator', id: 'robss_balance_change_cumulative' },
  { kind: 'indicator', id: 'coverage_ratio_cumulative' },
  { kind: 'indicator', id: 'jobs_displaced_peak' },
  { kind: 'indicator', id: 'increment_robss_cumulative' },
  { kind: 'series', id: 'robss_balance', year: 2035 },
  { kind: 'series', id: 'increment_robss', year: 2030 },
]

/** The scenario with only the given players on (the others' switches off). */
function coalition(scenario: Scenario, players: readonly LeverId[]): Scenario {
  const s = JSON.parse(JSON.stringify(scenario)) as Scenario
  if (!players.includes('dst')) s.levers.dst.enabled = false
  if (!players.includes('dstTier')) s.levers.dst.tier.enabled = false
  if (!players.includes('dataLevy')) s.levers.dataLevy.enabled = false
  if (!players.includes('platformContribution')) s.levers.platformContribution.enabled = false
  return s
}

describe('attribute', () => {
  const scenarios = {
    all: allLevers(),
    dstAndPlatform: scenarioFrom('dst-6', (s) => {
      s.levers.platformContribution.enabled = true
    }),
    dataAndDirective: scenarioFrom('eu-platform-directive', (s) => {
      s.levers.dataLevy.enabled = true
    }),
  }

  it('splits the whole change among the levers (efficiency) for several scenarios and measures', () => {
    for (const scenario of Object.values(scenarios)) {
      for (const measure of MEASURES) {
        const a = attribute(scenario, baseline, measure)
        const scale = Math.max(1, Math.abs(a.with), Math.abs(a.without))
        expect(Math.abs(sum(a.shares.map((s) => s.shapley)) - a.total)).toBeLessThan(1e-12 * scale)
        expect(a.total).toBe(a.with - a.without)
        expect(a.interaction).toBeCloseTo(a.total - sum(a.shares.map((s) => s.alone)), 12)
      }
    }
  })

  it('measures "with" on the scenario itself and "without" with every lever switched off', () => {
    const scenario = scenarios.all
    for (const measure of MEASURES) {
      const a = attribute(scenario, baseline, measure)
      expect(a.with).toBe(measureValue(simulate(scenario, baseline), measure))
      expect(a.without).toBe(measureValue(simulate(coalition(scenario, []), baseline), measure))
    }
  })

  it('equals the average over every order of switching levers on, each order re-simulated', () => {
    const scenario = scenarios.all
    const players = enabledLevers(scenario.levers)
    expect(players).toEqual(['dst', 'dstTier', 'dataLevy', 'platformContribution'])
    for (const measure of [MEASURES[0], MEASURES[5]] as ComparisonMeasure[]) {
      const v = (mask: number) =>
        measureValue(
          simulate(
            coalition(
              scenario,
              players.filter((_, i) => mask & (1 << i)),
            ),
            baseline,
          ),
          measure,
        )
      const expected = byOrders(players.length, v)
      const a = attribute(scenario, baseline, measure)
      a.shares.forEach((share, i) => {
        expect(share.lever).toBe(players[i])
        expect(share.shapley).toBeCloseTo(expected[i] as number, 9)
        expect(share.alone).toBeCloseTo(v(1 << i) - v(0), 9)
      })
    }
  })

  it('gives 0 to a lever switched on that collects nothing', () => {
    const scenario = scenarioFrom('dst-6', (s) => {
      s.levers.platformContribution = {
        ...s.levers.platformContribution,
        enabled: true,
        rate: 0,
        requalificationShare: 0,
      }
    })
    for (const measure of MEASURES) {
      const a = attribute(scenario, baseline, measure)
      const idle = a.shares.find((s) => s.lever === 'platformContribution')
      expect(idle).toEqual({ lever: 'platformContribution', shapley: 0, alone: 0 })
      expect(a.shares.find((s) => s.lever === 'dst')?.shapley).toBeCloseTo(a.total, 12)
    }
  })

  it('has no interaction when the levers add up: no adoption response to their cost', () => {
    // With adoption.cost_response at 0 the levers do not change adoption, so each one's revenue
    // is the same whatever the others do and the gap moves by the sum of the separate effects.
    const scenario = scenarioFrom('dst-6', (s) => {
      s.levers.dataLevy.enabled = true
      s.levers.platformContribution.enabled = true
      s.assumptions['adoption.cost_response'] = 0
    })
    const a = attribute(scenario, baseline, { kind: 'indicator', id: 'robss_balance_final' })
    expect(a.shares).toHaveLength(3)
    expect(Math.abs(a.interaction)).toBeLessThan(1e-12 * Math.abs(a.without))
    for (const share of a.shares) expect(share.shapley).toBeCloseTo(share.alone, 12)
    // With the response on, the same levers do interact (each slows adoption for the others).
    const responding = attribute(
      { ...scenario, assumptions: { ...scenario.assumptions, 'adoption.cost_response': 2 } },
      baseline,
      { kind: 'indicator', id: 'robss_balance_final' },
    )
    expect(Math.abs(responding.interaction)).toBeGreaterThan(1e-9)
  })

  it('gives a single lever the whole change, and no lever nothing', () => {
    const one = attribute(scenarioFrom('dst-6'), baseline, {
      kind: 'indicator',
      id: 'robss_balance_final',
    })
    expect(one.shares).toEqual([{ lever: 'dst', shapley: one.total, alone: one.total }])
    expect(one.interaction).toBe(0)
    expect(one.total).toBeGreaterThan(0)
    const none = attribute(scenarioFrom('current-law'), baseline, {
      kind: 'indicator',
      id: 'robss_balance_final',
    })
    expect(none).toMatchObject({ shares: [], total: 0, interaction: 0 })
    expect(none.with).toBe(none.without)
  })

  it('counts the DST tier as a player only with the DST on', () => {
    const tierOnly = scenarioFrom('dst-15-tier', (s) => {
      s.levers.dst.enabled = false
    })
    expect(enabledLevers(tierOnly.levers)).toEqual([])
    const tier = attribute(scenarioFrom('dst-15-tier'), baseline, {
      kind: 'indicator',
      id: 'increment_robss_cumulative',
    })
    expect(tier.shares.map((s) => s.lever)).toEqual(['dst', 'dstTier'])
    // The tier alone (DST off) collects nothing; with the DST it adds revenue.
    expect(tier.shares[1]?.alone).toBe(0)
    expect(tier.shares[1]?.shapley).toBeGreaterThan(0)
  })

  it('refuses a series year outside the horizon', () => {
    expect(() =>
      attribute(scenarioFrom('dst-6'), baseline, {
        kind: 'series',
        id: 'robss_balance',
        year: 2050,
      }),
    ).toThrow(/outside the horizon/)
  })
})

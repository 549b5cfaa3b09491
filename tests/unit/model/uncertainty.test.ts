import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import { centralValue, swingBounds } from '@shared/model/uncertainty/distributions'
import { MonteCarloRun, runMonteCarlo } from '@shared/model/uncertainty/monte-carlo'
import { percentilesOf } from '@shared/model/uncertainty/percentiles'
import { Prng } from '@shared/model/uncertainty/prng'
import { tornado, tornadoes } from '@shared/model/uncertainty/tornado'
import { run, scenarioFrom } from '../../helpers/model'

const model = () => {
  const scenario = scenarioFrom('dst-6')
  return compileScenario(scenario, getBaseline(scenario.baseline))
}

/** Percentile by sorting, type 7 (the reference the quickselect version must match). */
function sortedPercentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.min(lo + 1, sorted.length - 1)
  return (sorted[lo] as number) + (rank - lo) * ((sorted[hi] as number) - (sorted[lo] as number))
}

describe('percentiles', () => {
  it('match a full sort on random, constant, sorted and tiny columns', () => {
    const rng = new Prng(7)
    const columns = [
      Array.from({ length: 1001 }, () => rng.nextNormal()),
      Array.from({ length: 10 }, () => 3),
      Array.from({ length: 250 }, (_, i) => i),
      Array.from({ length: 250 }, (_, i) => 250 - i),
      [5],
      [2, 1],
      Array.from({ length: 777 }, () => Math.round(rng.next() * 5)),
      // Heavily skewed: nearly all values in one bin, a few far outliers.
      Array.from({ length: 10_000 }, (_, i) =>
        i % 1000 === 0 ? 1e6 * rng.next() : rng.next() * 1e-3,
      ),
      Array.from({ length: 4999 }, () => -Math.log(1 - rng.next())),
      // A mass at the lowest value (nothing imposed in most draws) and one at a cap of 1.
      Array.from({ length: 10_000 }, () => (rng.next() < 0.9 ? 0 : rng.next())),
      Array.from({ length: 10_000 }, () => (rng.next() < 0.3 ? 1 : rng.next())),
      // Both masses in one bin with a few values between them.
      Array.from({ length: 3000 }, (_, i): number =>
        i % 3 === 0 ? 0 : i % 3 === 1 ? 1e-9 : 5e-10,
      ).concat([1e6]),
      // Longer than the pilot of first draws that sets the bins, and outside its range: the
      // lowest values first, or the highest, or a constant pilot then a spread.
      Array.from({ length: 10_000 }, (_, i) => i),
      Array.from({ length: 10_000 }, (_, i) => -i * 1e-3),
      Array.from({ length: 5000 }, (_, i) => (i < 300 ? 2 : rng.nextNormal())),
      Array.from({ length: 3000 }, (_, i) => (i < 256 ? rng.next() : 1e9 * rng.nextNormal())),
    ]
    for (const values of columns) {
      const out = new Float64Array(5)
      const column = Float32Array.from(values)
      const before = Array.from(column)
      percentilesOf(column, out, 0)
      expect(Array.from(column)).toEqual(before)
      ;[5, 25, 50, 75, 95].forEach((p, q) => {
        expect(out[q]).toBeCloseTo(sortedPercentile(values.map(Math.fround), p), 5)
      })
    }
  })
})

describe('Monte Carlo', () => {
  it('gives identical results for the same seed, and different ones for another', () => {
    const a = runMonteCarlo(model(), 300, 42)
    const b = runMonteCarlo(model(), 300, 42)
    const c = runMonteCarlo(model(), 300, 43)
    expect(b).toEqual(a)
    expect(c.indicators).not.toEqual(a.indicators)
  })

  it('does not depend on how the run is sliced', () => {
    const whole = runMonteCarlo(model(), 200, 9)
    const sliced = new MonteCarloRun(model(), 200, 9)
    let steps = 0
    while (!sliced.step(37)) steps++
    expect(steps).toBe(5)
    expect(sliced.result()).toEqual(whole)
  })

  it('keeps the series it is asked for, in that order, with the bands of the whole run', () => {
    const asked = ['jobs_displaced_total', 'robss_balance', 'adoption.bank_branch']
    const whole = runMonteCarlo(model(), 300, 4)
    const kept = runMonteCarlo(model(), 300, 4, asked)
    expect(kept.series.map((s) => s.id)).toEqual(asked)
    expect(kept.series).toEqual(asked.map((id) => whole.series.find((s) => s.id === id)))
    expect(kept.indicators).toEqual(whole.indicators)
    // Run in two parts (as the interface's two workers do) and joined, with the same selection.
    const parts = [
      { first: 0, draws: 120 },
      { first: 120, draws: 180 },
    ].map(({ first, draws }) => {
      const part = new MonteCarloRun(model(), draws, 4, { firstDraw: first, series: asked })
      part.step(draws)
      return { draws, stored: part.storedDraws() }
    })
    const joined = MonteCarloRun.joined(model(), 4, parts, asked)
    expect(joined.result()).toEqual(kept)
    const indicatorDraws = new MonteCarloRun(model(), 300, 4)
    indicatorDraws.step(300)
    expect(joined.indicatorDraws()).toEqual(indicatorDraws.indicatorDraws())
    expect(() => runMonteCarlo(model(), 10, 4, ['robss_balance', 'no_such_series'])).toThrow(
      RangeError,
    )
  })

  it('orders its bands p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95 everywhere, and brackets the central run', () => {
    const result = runMonteCarlo(model(), 2000, 1)
    for (const band of [
      ...result.series.flatMap((s) =>
        s.p5.map((_, y) => [s.p5[y], s.p25[y], s.p50[y], s.p75[y], s.p95[y]]),
      ),
      ...result.indicators.map((i) => [i.p5, i.p25, i.p50, i.p75, i.p95]),
    ]) {
      for (let q = 1; q < 5; q++)
        expect(band[q] as number).toBeGreaterThanOrEqual(band[q - 1] as number)
      expect((band as number[]).every(Number.isFinite)).toBe(true)
    }
    const central = run(scenarioFrom('dst-6')).indicator('robss_balance_final')
    const gap = result.indicators.find((i) => i.id === 'robss_balance_final')
    expect(gap && gap.p5 < central && central < gap.p95).toBe(true)
  })

  it('collapses to the deterministic projection when nothing is uncertain', () => {
    const scenario = scenarioFrom('dst-6', (s) => {
      for (const [id, value] of Object.entries(s.assumptions))
        if (typeof value !== 'number') s.assumptions[id] = centralValue(value)
    })
    const compiled = compileScenario(scenario, getBaseline(scenario.baseline))
    expect(compiled.uncertain.length).toBe(0)
    const result = runMonteCarlo(compiled, 20, 5)
    const deterministic = run(scenario)
    for (const i of result.indicators) {
      expect(i.p5).toBeCloseTo(i.p95, 5)
      expect(i.p50).toBeCloseTo(Math.fround(deterministic.indicator(i.id as never)), 3)
    }
  })

  it('refuses a number of draws outside 1 to 100,000', () => {
    for (const draws of [0, -1, 1.5, 100_001])
      expect(() => new MonteCarloRun(model(), draws, 1)).toThrow(RangeError)
  })

  it('samples every distribution kind within its bounds', () => {
    const scenario = scenarioFrom('dst-6', (s) => {
      s.assumptions['macro.gdp_growth'] = { dist: 'uniform', min: 0.01, max: 0.02 }
      s.assumptions['macro.wage_growth'] = {
        dist: 'normal',
        mean: 0.025,
        sd: 0.01,
        min: 0.02,
        max: 0.03,
      }
      s.assumptions['dst.base_growth'] = {
        dist: 'lowDefaultHigh',
        low: 0.05,
        default: 0.1,
        high: 0.15,
      }
    })
    const result = runMonteCarlo(compileScenario(scenario, getBaseline(scenario.baseline)), 500, 3)
    const gdp = result.series.find((s) => s.id === 'gdp')
    const last = (gdp?.p95.length ?? 1) - 1
    // GDP 2040 = GDP 2024 × (1 + g)^16 with g within [1 %, 2 %].
    expect(gdp?.p5[last]).toBeGreaterThanOrEqual(Math.fround(2919.9 * Math.pow(1.01, 16)) - 1e-3)
    expect(gdp?.p95[last]).toBeLessThanOrEqual(Math.fround(2919.9 * Math.pow(1.02, 16)) + 1e-3)
  })
})

describe('tornado', () => {
  it('has one bar per uncertain assumption, sorted by swing, each reproducible one at a time', () => {
    const compiled = model()
    const t = tornado(compiled, 'robss_balance_final')
    expect(t.bars).toHaveLength(compiled.uncertain.length)
    for (let k = 1; k < t.bars.length; k++)
      expect(t.bars[k - 1]?.swing).toBeGreaterThanOrEqual(t.bars[k]?.swing as number)
    const top = t.bars[0]
    if (!top) throw new Error('no bar')
    const moved = run(scenarioFrom('dst-6', (s) => (s.assumptions[top.assumption] = top.high)))
    expect(moved.indicator('robss_balance_final')).toBeCloseTo(top.indicatorAtHigh, 9)
    expect(t.central).toBeCloseTo(run(scenarioFrom('dst-6')).indicator('robss_balance_final'), 9)
  })

  it('of several indicators from one set of runs, each bar what moving its assumption gives', () => {
    const compiled = model()
    const ids = [
      'robss_balance_final',
      'jobs_displaced_peak',
      'increment_total_cumulative',
    ] as const
    const all = tornadoes(compiled, ids)
    expect(all.map((t) => t.indicator)).toEqual(ids)
    ids.forEach((id, k) => {
      const t = all[k]
      if (!t) throw new Error('no tornado')
      expect(t.bars).toHaveLength(compiled.uncertain.length)
      for (let b = 1; b < t.bars.length; b++)
        expect(t.bars[b - 1]?.swing).toBeGreaterThanOrEqual(t.bars[b]?.swing as number)
      // The widest bar and a middling one, reproduced by projecting the moved scenario.
      for (const bar of [t.bars[0], t.bars[Math.floor(t.bars.length / 2)]]) {
        if (!bar) throw new Error('no bar')
        const low = run(scenarioFrom('dst-6', (s) => (s.assumptions[bar.assumption] = bar.low)))
        const high = run(scenarioFrom('dst-6', (s) => (s.assumptions[bar.assumption] = bar.high)))
        expect(low.indicator(id)).toBe(bar.indicatorAtLow)
        expect(high.indicator(id)).toBe(bar.indicatorAtHigh)
      }
    })
  })

  it('swings between the 5th and 95th percentiles, or the analyst’s own low and high', () => {
    expect(swingBounds({ dist: 'uniform', min: 0, max: 10 })).toEqual([0.5, 9.5])
    expect(swingBounds({ dist: 'lowDefaultHigh', low: 1, default: 2, high: 5 })).toEqual([1, 5])
    const [lo, hi] = swingBounds({ dist: 'triangular', min: 0, mode: 0.5, max: 1 })
    expect(lo).toBeCloseTo(Math.sqrt(0.05 / 2), 12)
    expect(hi).toBeCloseTo(1 - Math.sqrt(0.05 / 2), 12)
    expect(swingBounds({ dist: 'normal', mean: 0, sd: 1, min: -1, max: 10 })).toEqual([
      -1, 1.6448536269514722,
    ])
  })
})

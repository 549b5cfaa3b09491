import { describe, expect, it } from 'vitest'
import { comparePair } from '@shared/model/uncertainty/band-overlap'
import { getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import { centralValue } from '@shared/model/uncertainty/distributions'
import type { Distribution } from '@shared/model/uncertainty/distributions'
import { MonteCarloRun, drawAssumptions, samplerTable } from '@shared/model/uncertainty/monte-carlo'
import { normalCdf, normalQuantile } from '@shared/model/uncertainty/normal'
import { Prng } from '@shared/model/uncertainty/prng'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { INDICATORS } from '@shared/model/engine/series'
import { scenarioFrom } from '../../helpers/model'

describe('the normal distribution', () => {
  it('gives the tabulated quantiles and inverts its distribution function', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7)
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 7)
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 7)
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 7)
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 6)
    expect(normalQuantile(0.5)).toBe(0)
    for (const p of [1e-9, 1e-4, 0.01, 0.02425, 0.2, 0.5, 0.7, 0.97575, 0.99, 1 - 1e-7]) {
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 7)
      // Symmetric about 0.
      expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 5)
    }
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY)
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY)
  })
})

/** A scenario whose only uncertain assumptions are `uncertain` (every other at its central value). */
function withOnly(uncertain: Record<string, Distribution>, edit: (s: Scenario) => void = () => {}) {
  return scenarioFrom('dst-6', (s) => {
    for (const [id, value] of Object.entries(s.assumptions))
      if (typeof value !== 'number') s.assumptions[id] = centralValue(value)
    Object.assign(s.assumptions, uncertain)
    edit(s)
  })
}
const compile = (s: Scenario) => compileScenario(s, getBaseline(s.baseline))

function drawsOf(scenario: Scenario, seed: number, count: number, id: string): number[] {
  const model = compile(scenario)
  const slot = model.index.get(id) as number
  const params = new Float64Array(model.central.length)
  const bounds = samplerTable(model)
  const values: number[] = []
  for (let d = 0; d < count; d++) {
    drawAssumptions(model, seed, d, new Prng(0), bounds, params)
    values.push(params[slot] as number)
  }
  return values
}

const UNIT: Distribution = { dist: 'uniform', min: 0, max: 1 }

describe('common random numbers', () => {
  it('give an assumption the same value in draw d whichever other assumptions are uncertain', () => {
    const wage: Distribution = { dist: 'normal', mean: 0.025, sd: 0.01, min: 0, max: 0.05 }
    const alone = withOnly({ 'macro.wage_growth': wage })
    // dst.base_growth_2024 sorts before macro.wage_growth: it takes its own number, not wage's.
    const crowded = withOnly(
      {
        'macro.wage_growth': wage,
        'dst.base_growth_2024': { dist: 'lowDefaultHigh', low: 0.08, default: 0.13, high: 0.2 },
        'macro.gdp_growth': { dist: 'uniform', min: 0.01, max: 0.02 },
      },
      (s) => (s.levers.dst.rate = 0.08),
    )
    expect(compile(crowded).uncertain.length).toBe(3)
    const a = drawsOf(alone, 7, 300, 'macro.wage_growth')
    expect(drawsOf(crowded, 7, 300, 'macro.wage_growth')).toEqual(a)
    expect(new Set(a).size).toBe(300)
    expect(drawsOf(alone, 8, 300, 'macro.wage_growth')).not.toEqual(a)
  })

  it('are uniform and independent between draws and between assumptions', () => {
    const n = 20_000
    const scenario = withOnly({ 'macro.gdp_growth': UNIT, 'macro.wage_growth': UNIT })
    const x = drawsOf(scenario, 3, n, 'macro.gdp_growth')
    const y = drawsOf(scenario, 3, n, 'macro.wage_growth')
    const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length
    const correlation = (u: number[], v: number[]) => {
      const mu = mean(u)
      const mv = mean(v)
      let suv = 0
      let suu = 0
      let svv = 0
      u.forEach((a, i) => {
        const b = v[i] as number
        suv += (a - mu) * (b - mv)
        suu += (a - mu) ** 2
        svv += (b - mv) ** 2
      })
      return suv / Math.sqrt(suu * svv)
    }
    // χ² over 20 bins: 19 degrees of freedom, 43.8 is the 0.1 % critical value.
    const bins = new Array<number>(20).fill(0)
    for (const v of x) bins[Math.floor(v * 20)]! += 1
    const chi2 = bins.reduce((s, c) => s + (c - n / 20) ** 2 / (n / 20), 0)
    expect(chi2).toBeLessThan(43.8)
    expect(Math.abs(mean(x) - 0.5)).toBeLessThan(0.01)
    // |r| below 4/√n: far beyond chance for independent numbers.
    expect(Math.abs(correlation(x, y))).toBeLessThan(4 / Math.sqrt(n))
    expect(Math.abs(correlation(x.slice(1), x.slice(0, -1)))).toBeLessThan(4 / Math.sqrt(n))
  })

  it('draw a truncated normal within its bounds, with the mean of its closed form', () => {
    const [mu, sigma, lo, hi] = [0.02, 0.01, 0.01, 0.04]
    const values = drawsOf(
      withOnly({ 'macro.wage_growth': { dist: 'normal', mean: mu, sd: sigma, min: lo, max: hi } }),
      5,
      20_000,
      'macro.wage_growth',
    )
    expect(Math.min(...values)).toBeGreaterThanOrEqual(lo)
    expect(Math.max(...values)).toBeLessThanOrEqual(hi)
    const phi = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)
    const [a, b] = [(lo - mu) / sigma, (hi - mu) / sigma]
    const expected = mu + (sigma * (phi(a) - phi(b))) / (normalCdf(b) - normalCdf(a))
    const mean = values.reduce((s, v) => s + v, 0) / values.length
    // Standard error ≈ 0.0075/√20000 ≈ 5e-5.
    expect(Math.abs(mean - expected)).toBeLessThan(2.5e-4)
  })

  it('let a paired comparison see a lever’s effect that overlapping bands hide', () => {
    const k = INDICATORS.findIndex((i) => i.id === 'increment_robss_cumulative')
    const runOf = (scenario: Scenario, seed: number) => {
      const run = new MonteCarloRun(compile(scenario), 1000, seed)
      run.step(1000)
      return { band: run.result().indicators[k]!, draws: run.indicatorDraws()[k]! }
    }
    // Rates low enough that the DST's elasticity (ε·rate/3 %) stays below 1 over ε's range: a
    // higher rate then collects more whatever the assumptions.
    const low = runOf(
      scenarioFrom('dst-6', (s) => (s.levers.dst.rate = 0.045)),
      1,
    )
    const high = runOf(
      scenarioFrom('dst-6', (s) => (s.levers.dst.rate = 0.05)),
      1,
    )
    const pair = comparePair(0, 1, [low.band, high.band], [low.draws, high.draws])
    expect(pair.overlap).toBe(true)
    // Same draws: a higher rate collects more whatever the assumptions.
    expect(pair.shares.below).toBe(1)
    expect(pair.verdict).toBe('overlapOrdered')
    // Independent draws (another seed) mix the rate's effect with the assumptions' spread.
    const apart = runOf(
      scenarioFrom('dst-6', (s) => (s.levers.dst.rate = 0.05)),
      2,
    )
    const independent = comparePair(0, 1, [low.band, apart.band], [low.draws, apart.draws])
    expect(independent.shares.below).toBeLessThan(0.8)
    expect(independent.verdict).toBe('indistinct')
  })
})

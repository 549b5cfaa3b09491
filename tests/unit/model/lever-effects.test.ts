import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { attribute } from '@shared/model/comparison/attribution'
import { measureOffset, readMeasure } from '@shared/model/comparison/comparison'
import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import { compileScenario, withLevers } from '@shared/model/engine/compile'
import type { CompiledModel } from '@shared/model/engine/compile'
import { keepLabourMemo } from '@shared/model/engine/labour-memo'
import { project } from '@shared/model/engine/project'
import { createWorkspace } from '@shared/model/engine/workspace'
import { I } from '@shared/model/engine/series'
import { simulate } from '@shared/model/engine/simulate'
import { PLAYERS, switchOff, withoutLevers } from '@shared/model/levers/lever-switches'
import { LEVERS } from '@shared/model/levers/lever-table'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { centralValue } from '@shared/model/uncertainty/distributions'
import {
  crossesZero,
  EFFECT_MEASURES,
  effectVariants,
  LeverEffects,
  runWithLeverEffects,
} from '@shared/model/uncertainty/lever-effects'
import type { EffectBand, LeverEffectBands } from '@shared/model/uncertainty/lever-effects'
import { MonteCarloRun } from '@shared/model/uncertainty/monte-carlo'
import { percentilesOf } from '@shared/model/uncertainty/percentiles'
import { copyDocument } from '@shared/model/scenario/value-path'
import { scenarioFrom } from '../../helpers/model'
import { randomModelAndValues } from '../../helpers/random-scenario'

const compile = (s: Scenario) => compileScenario(s, getBaseline(s.baseline))
const DRAWS = 400

/** Every lever reformed, on top of a preset's settings (each lever's own defaults otherwise). */
function allLevers(edit: (s: Scenario) => void = () => undefined): Scenario {
  return scenarioFrom('dst-6', (s) => {
    for (const lever of LEVERS) s.levers[lever.id].enabled = true
    edit(s)
  })
}

/** The same scenario with every assumption at its central value: nothing is uncertain. */
function certain(scenario: Scenario): Scenario {
  const assumptions = Object.fromEntries(
    Object.entries(scenario.assumptions).map(([id, v]) => [
      id,
      typeof v === 'number' ? v : centralValue(v),
    ]),
  )
  return { ...scenario, assumptions }
}

function band(effects: LeverEffectBands, of: string, id: string): EffectBand {
  const found = effects.parts.find((p) => p.of === of)?.bands.find((b) => b.id === id)
  if (!found) throw new Error(`no band ${of}/${id}`)
  return found
}

/** scenario − droit constant of one indicator, each projected deterministically. */
function deterministicEffect(scenario: Scenario, id: 'robss_balance_final' | 'apu_effect_final') {
  const value = (s: Scenario) =>
    simulate(s, getBaseline(s.baseline)).indicators.find((x) => x.id === id)?.value as number
  return value(scenario) - value(withoutLevers(scenario))
}

/**
 * Each effect of one set of values worked out the plain way: every variant projected afresh into a
 * workspace of its own, nothing shared, minus droit constant (variants outer, measures inner).
 */
function plainEffects(model: CompiledModel, params: Float64Array): number[] {
  const none = copyDocument(model.levers)
  for (const player of PLAYERS) switchOff(none, player.id)
  const last = model.baseYear + model.years - 1
  const measures: ComparisonMeasure[] = EFFECT_MEASURES.map((id) =>
    id === 'increment_robss_final'
      ? { kind: 'series', id: 'increment_robss', year: last }
      : { kind: 'indicator', id },
  )
  const measured = (variant: CompiledModel) => {
    const ws = createWorkspace(model)
    project(variant, params, ws)
    return measures.map((m) => readMeasure(ws, m, measureOffset(model, m)))
  }
  const reference = measured(withLevers(model, none))
  return effectVariants(model.levers).flatMap((variant) =>
    measured(variant.levers ? withLevers(model, variant.levers) : model).map(
      (value, k) => value - (reference[k] as number),
    ),
  )
}

describe('the bands of what the levers change', () => {
  it('take each draw from projections that share their labour, as if each were made afresh', () => {
    let compared = 0
    for (let seed = 1; seed <= 40; seed++) {
      const { model, values } = randomModelAndValues(seed, 4)
      if (effectVariants(model.levers).length < 3) continue
      const effects = new LeverEffects(model, values.length, seed)
      // As the Monte Carlo run keeps it: with a labour memo, for the variants to share from.
      const scenario = createWorkspace(model)
      keepLabourMemo(scenario)
      values.forEach((params, draw) => {
        project(model, params, scenario)
        effects.record(draw, params, scenario)
      })
      const columns = effects.partColumns()
      values.forEach((params, draw) => {
        const want = plainEffects(model, params).map(Math.fround)
        expect(columns.map((column) => column[draw])).toEqual(want)
        compared++
      })
    }
    expect(compared).toBeGreaterThan(20)
  })

  it('collapse to the deterministic effect when no assumption is uncertain', () => {
    const scenario = certain(allLevers())
    const model = compile(scenario)
    expect(model.uncertain.length).toBe(0)
    const { effects } = runWithLeverEffects(model, 200, 3)
    for (const id of ['robss_balance_final', 'apu_effect_final'] as const) {
      const expected = deterministicEffect(scenario, id)
      expect(Math.abs(expected)).toBeGreaterThan(0.01)
      const b = band(effects, 'all', id)
      // Draws are stored as 32-bit floats: equal to about 7 significant figures.
      for (const q of [b.p5, b.p25, b.p50, b.p75, b.p95, b.central])
        expect(q).toBeCloseTo(expected, 4)
    }
  })

  it('are exactly zero for a scenario with no reformed lever (droit constant itself)', () => {
    const scenario = scenarioFrom('current-law')
    const { effects, monteCarlo } = runWithLeverEffects(compile(scenario), DRAWS, 1)
    expect(effects.parts.map((p) => p.of)).toEqual(['all'])
    for (const b of effects.parts[0]?.bands ?? []) {
      expect([b.p5, b.p25, b.p50, b.p75, b.p95, b.central]).toEqual([0, 0, 0, 0, 0, 0])
      expect(crossesZero(b)).toBe(false)
    }
    // …while the balance itself is uncertain: the band is not the deficit's.
    const own = monteCarlo.indicators.find((x) => x.id === 'robss_balance_final')
    expect((own?.p95 ?? 0) - (own?.p5 ?? 0)).toBeGreaterThan(1)
  })

  it('pair the draws: far narrower than the difference of independent runs', () => {
    const scenario = scenarioFrom('dst-6')
    const model = compile(scenario)
    const { effects, monteCarlo } = runWithLeverEffects(model, DRAWS, 1)
    const paired = band(effects, 'all', 'robss_balance_final')
    // The same two projections with different seeds: draw d of one against draw d of the other.
    const drawsOf = (s: Scenario, seed: number) => {
      const run = new MonteCarloRun(compile(s), DRAWS, seed)
      run.step(DRAWS)
      const values = run.indicatorDraws()[I.robss_balance_final] as Float32Array
      run.release()
      return values
    }
    const a = drawsOf(scenario, 1)
    const b = drawsOf(withoutLevers(scenario), 2)
    const unpaired = new Float64Array(5)
    percentilesOf(
      a.map((v, d) => v - (b[d] as number)),
      unpaired,
      0,
    )
    const width = (lo: number, hi: number) => hi - lo
    expect(width(paired.p5, paired.p95)).toBeGreaterThan(0)
    expect(width(paired.p5, paired.p95) * 20).toBeLessThan(
      width(unpaired[0] as number, unpaired[4] as number),
    )
    const own = monteCarlo.indicators.find((x) => x.id === 'robss_balance_final')
    expect(width(paired.p5, paired.p95) * 20).toBeLessThan(
      width(own?.p5 as number, own?.p95 as number),
    )
    // With the same seed the droit-constant draws are those the effect was measured against.
    const same = drawsOf(withoutLevers(scenario), 1)
    const diff = new Float64Array(5)
    percentilesOf(
      a.map((v, d) => v - (same[d] as number)),
      diff,
      0,
    )
    expect(diff[0]).toBeCloseTo(paired.p5, 3)
    expect(diff[4]).toBeCloseTo(paired.p95, 3)
  })

  it('have the sign of the measure: a levy raises, a repeal costs, no earmark leaves the ROBSS out', () => {
    const levy = 'data-levy-colin-collin'
    const raise = runWithLeverEffects(compile(scenarioFrom(levy)), DRAWS, 1).effects
    for (const id of ['increment_total_final', 'increment_robss_final', 'robss_balance_final'])
      expect(band(raise, 'all', id).p5).toBeGreaterThan(0)
    const repeal = scenarioFrom('dst-6', (s) => {
      const first = LEVERS[0]
      ;(s.levers[first.id] as { rate: number }).rate = 0
    })
    const cut = runWithLeverEffects(compile(repeal), DRAWS, 1).effects
    expect(band(cut, 'all', 'increment_total_final').p95).toBeLessThan(0)
    const kept = scenarioFrom(levy, (s) => {
      for (const lever of LEVERS) s.levers.earmarking[lever.id] = 0
    })
    const state = runWithLeverEffects(compile(kept), DRAWS, 1).effects
    const yieldBand = band(state, 'all', 'increment_total_final')
    expect(yieldBand.p5).toBeGreaterThan(0)
    // Unearmarked, the levy goes to the State: nothing of it to the ROBSS.
    const toRobss = band(state, 'all', 'increment_robss_final')
    expect([toRobss.p5, toRobss.p95, toRobss.central]).toEqual([0, 0, 0])
    const balance = band(state, 'all', 'robss_balance_final')
    expect(Math.max(Math.abs(balance.p5), Math.abs(balance.p95))).toBeLessThan(yieldBand.p5 / 100)
  })

  it('measure each reformed lever alone, adding up to the whole up to the interaction', () => {
    const scenario = allLevers()
    const { effects } = runWithLeverEffects(compile(scenario), DRAWS, 1)
    expect(effects.parts.map((p) => p.of)).toEqual(['all', ...LEVERS.map((l) => l.id)])
    const measure = { kind: 'indicator', id: 'robss_balance_final' } as const
    const attribution = attribute(scenario, getBaseline(scenario.baseline), measure)
    const alone = LEVERS.map((l) => band(effects, l.id, measure.id).central)
    const sum = alone.reduce((a, b) => a + b, 0)
    expect(band(effects, 'all', measure.id).central).toBeCloseTo(attribution.total, 9)
    expect(sum + attribution.interaction).toBeCloseTo(attribution.total, 9)
    LEVERS.forEach((lever, i) => {
      const share = attribution.shares.find((s) => s.lever === lever.id)
      expect(alone[i]).toBeCloseTo(share?.alone as number, 9)
    })
    // One lever alone: nothing to decompose.
    const one = runWithLeverEffects(compile(scenarioFrom('dst-6')), 100, 1).effects
    expect(one.parts.map((p) => p.of)).toEqual(['all'])
  })

  it('are ordered and say when they cross zero', () => {
    const { effects } = runWithLeverEffects(compile(allLevers()), DRAWS, 5)
    for (const part of effects.parts)
      for (const b of part.bands) {
        expect(b.p5).toBeLessThanOrEqual(b.p25)
        expect(b.p25).toBeLessThanOrEqual(b.p50)
        expect(b.p50).toBeLessThanOrEqual(b.p75)
        expect(b.p75).toBeLessThanOrEqual(b.p95)
      }
    expect(EFFECT_MEASURES.length).toBe(effects.parts[0]?.bands.length)
    expect(crossesZero({ p5: -0.1, p95: 0.2 })).toBe(true)
    expect(crossesZero({ p5: 0, p95: 0.2 })).toBe(false)
    expect(crossesZero({ p5: -0.3, p95: -0.1 })).toBe(false)
  })
})

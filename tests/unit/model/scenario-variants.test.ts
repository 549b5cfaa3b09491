import { describe, expect, it } from 'vitest'
import {
  centralOf,
  defaultAssumptionValue,
  isModified,
  modifiedAssumptionIds,
  resetModified,
  scenarioCentral,
  withCentral,
} from '@shared/model/engine/assumption-values'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultAssumptions } from '@shared/model/scenario/default-scenario'
import { support } from '@shared/model/uncertainty/distributions'
import type { Distribution } from '@shared/model/uncertainty/distributions'
import { PRESETS } from '@shared/model/scenario/presets'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import {
  scenarioVariants,
  withDefaultAssumptions,
  withoutLevers,
} from '@shared/model/comparison/scenario-variants'
import { simulate } from '@shared/model/engine/simulate'
import { scenarioFrom } from '../../helpers/model'

const baseline = getBaseline('fr-2025')
const THETA = 'sector.retail_checkout.theta'

const gap = (scenario: Scenario, id = 'robss_balance') =>
  simulate(scenario, baseline).series.find((s) => s.id === id)?.values ?? []

describe('assumption values', () => {
  it('writes the defaults a new scenario holds, none of them counted as modified', () => {
    const written = defaultAssumptions(baseline)
    for (const [id, entry] of Object.entries(baseline.assumptions)) {
      expect(written[id]).toEqual(defaultAssumptionValue(baseline, id))
      expect(centralOf(written[id] as number)).toBe(entry.value)
    }
    expect(modifiedAssumptionIds(written, baseline)).toEqual([])
    expect(modifiedAssumptionIds({}, baseline)).toEqual([])
  })

  it('counts a changed central value as modified, but not a changed spread', () => {
    const value = baseline.assumptions[THETA]?.value as number
    expect(isModified({ [THETA]: value }, baseline, THETA)).toBe(false)
    expect(isModified({ [THETA]: value + 0.1 }, baseline, THETA)).toBe(true)
    // A typed percentage divided by 100 may differ from the default in its last bit only.
    expect(isModified({ [THETA]: value * (1 + 1e-15) }, baseline, THETA)).toBe(false)
    const wider: Distribution = { dist: 'triangular', min: 0, mode: value, max: 1 }
    expect(isModified({ [THETA]: wider }, baseline, THETA)).toBe(false)
    expect(isModified({ [THETA]: { ...wider, mode: 0.7 } }, baseline, THETA)).toBe(true)
    expect(scenarioCentral({ [THETA]: { ...wider, mode: 0.7 } }, baseline, THETA)).toBe(0.7)
    expect(scenarioCentral({}, baseline, THETA)).toBe(value)
  })

  it('moves the central value of every kind of distribution, keeping it inside its support', () => {
    const limits = [0, 1] as const
    const kinds: Distribution[] = [
      { dist: 'triangular', min: 0.4, mode: 0.6, max: 0.8 },
      { dist: 'normal', mean: 0.6, sd: 0.1, min: 0.3, max: 0.9 },
      { dist: 'lowDefaultHigh', low: 0.5, default: 0.6, high: 0.7 },
      { dist: 'uniform', min: 0.4, max: 0.8 },
    ]
    for (const d of kinds) {
      for (const central of [0, 0.05, 0.45, 0.6, 0.75, 0.99, 1]) {
        const moved = withCentral(d, central, limits)
        expect(typeof moved).toBe('object')
        expect(centralOf(moved)).toBeCloseTo(central, 12)
        const [low, high] = support(moved as Distribution)
        expect(low).toBeLessThanOrEqual(central)
        expect(high).toBeGreaterThanOrEqual(central)
        expect(low).toBeGreaterThanOrEqual(limits[0])
        expect(high).toBeLessThanOrEqual(limits[1])
        expect(moved).toMatchObject({ dist: d.dist })
      }
    }
    expect(withCentral(0.6, 0.7, limits)).toBe(0.7)
    expect(withCentral(undefined, 0.7, limits)).toBe(0.7)
  })

  it('resets only the modified assumptions, to the value a new scenario has', () => {
    const written = defaultAssumptions(baseline)
    const edited = {
      ...written,
      [THETA]: withCentral(written[THETA], 0.75, [0, 1]),
      'macro.gdp_2024': 3000,
    }
    expect(modifiedAssumptionIds(edited, baseline).sort()).toEqual(['macro.gdp_2024', THETA])
    const reset = resetModified(edited, baseline)
    expect(reset).toEqual(written)
    expect(modifiedAssumptionIds(reset, baseline)).toEqual([])
    // An assumption the scenario leaves to the baseline stays absent.
    expect(resetModified({ [THETA]: 0.7 }, baseline)).toEqual({
      [THETA]: defaultAssumptionValue(baseline, THETA),
    })
  })
})

describe('scenario variants', () => {
  it('are valid scenarios, and leave the scenario they come from untouched', () => {
    const scenario = scenarioFrom('dst-6', (s) => (s.assumptions[THETA] = 0.75))
    const copy = structuredClone(scenario)
    const variants = scenarioVariants(scenario, baseline)
    for (const variant of Object.values(variants)) {
      expect(variant).not.toBeNull()
      expect(parseScenario(variant).ok).toBe(true)
    }
    expect(scenario).toEqual(copy)
    const off = withoutLevers(scenario).levers
    expect([off.dst.enabled, off.dst.tier.enabled, off.dataLevy.enabled]).toEqual([
      false,
      false,
      false,
    ])
    expect(off.platformContribution.enabled).toBe(false)
    expect(withDefaultAssumptions(scenario).assumptions).toEqual({})
  })

  it('with nothing modified, need only the default baseline, which is the scenario without levers', () => {
    for (const preset of PRESETS) {
      const scenario = scenarioFrom(preset.id)
      const variants = scenarioVariants(scenario, baseline)
      expect(variants.modifiedBaseline).toBeNull()
      expect(variants.defaultPolicy).toBeNull()
      expect(gap(variants.defaultBaseline)).toEqual(gap(withoutLevers(scenario)))
      // Its default assumptions written out or left to the baseline: the same projection.
      expect(gap(withDefaultAssumptions(scenario))).toEqual(gap(scenario))
    }
  })

  it('with no lever enabled, give policy lines equal to the baseline lines', () => {
    const scenario = scenarioFrom('current-law', (s) => (s.assumptions[THETA] = 0.75))
    const variants = scenarioVariants(scenario, baseline)
    expect(gap(variants.modifiedBaseline as Scenario)).toEqual(gap(scenario))
    expect(gap(variants.defaultPolicy as Scenario)).toEqual(gap(variants.defaultBaseline))
  })

  it('never change the baseline financing gap by switching levers off', () => {
    for (const preset of PRESETS) {
      const scenario = scenarioFrom(preset.id, (s) => (s.assumptions['macro.wage_growth'] = 0.03))
      const off = withoutLevers(scenario)
      expect(gap(off, 'robss_balance_baseline')).toEqual(gap(scenario, 'robss_balance_baseline'))
      expect(gap(off, 'increment_total').every((v) => v === 0)).toBe(true)
    }
  })

  it('separate the two effects: more labour removed lowers the ROBSS balance, an earmarked tax raises it', () => {
    const scenario = scenarioFrom('dst-6', (s) => (s.assumptions[THETA] = 0.8))
    const variants = scenarioVariants(scenario, baseline)
    const lines = {
      defaultBaseline: gap(variants.defaultBaseline),
      modifiedBaseline: gap(variants.modifiedBaseline as Scenario),
      defaultPolicy: gap(variants.defaultPolicy as Scenario),
      modifiedPolicy: gap(scenario),
    }
    const last = (values: number[]) => values[values.length - 1] as number
    expect(last(lines.modifiedBaseline)).toBeLessThan(last(lines.defaultBaseline))
    expect(last(lines.modifiedPolicy)).toBeLessThan(last(lines.defaultPolicy))
    expect(last(lines.defaultPolicy)).toBeGreaterThan(last(lines.defaultBaseline))
    expect(last(lines.modifiedPolicy)).toBeGreaterThan(last(lines.modifiedBaseline))
    // Before the tax starts (2026), the policy changes nothing.
    expect(lines.defaultPolicy[0]).toBe(lines.defaultBaseline[0])
  })
})

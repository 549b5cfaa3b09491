import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import {
  INDICATOR_PREFERENCE,
  bestIndex,
  compareIndicators,
  inputDifferences,
  measureOffset,
  measureUnit,
  measureValue,
  readMeasure,
} from '@shared/model/comparison/comparison'
import { project } from '@shared/model/engine/project'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { GLOBAL_SERIES, INDICATORS } from '@shared/model/engine/series'
import { simulate } from '@shared/model/engine/simulate'
import { createWorkspace } from '@shared/model/engine/workspace'
import { scenarioFrom } from '../../helpers/model'

const baseline = getBaseline('fr-2024')
const projectionOf = (s: Scenario) => simulate(s, baseline)

describe('measures', () => {
  it('read the same value from a projection and from a workspace, with their units', () => {
    const scenario = scenarioFrom('dst-6')
    const projection = projectionOf(scenario)
    const model = compileScenario(scenario, baseline)
    const ws = createWorkspace(model)
    project(model, model.central, ws)
    for (const spec of INDICATORS) {
      const m = { kind: 'indicator', id: spec.id } as const
      const value = projection.indicators.find((r) => r.id === spec.id)?.value
      expect(measureValue(projection, m)).toBe(value)
      expect(readMeasure(ws, m, measureOffset(model, m))).toBe(value)
      expect(measureUnit(m)).toBe(spec.unit)
    }
    for (const spec of GLOBAL_SERIES) {
      const row = projection.series.find((r) => r.id === spec.id)
      for (const [i, year] of [
        [0, 2024],
        [11, 2035],
        [16, 2040],
      ] as const) {
        const m = { kind: 'series', id: spec.id, year } as const
        expect(measureValue(projection, m)).toBe(row?.values[i])
        expect(readMeasure(ws, m, measureOffset(model, m))).toBe(row?.values[i])
      }
    }
  })

  it('refuse years outside the horizon and unknown ids', () => {
    const projection = projectionOf(scenarioFrom('dst-6'))
    const bad = (m: unknown) => () => measureValue(projection, m as never)
    expect(bad({ kind: 'series', id: 'gdp', year: 2041 })).toThrow(/outside the horizon 2024–2040/)
    expect(bad({ kind: 'series', id: 'adoption.bank_branch', year: 2030 })).toThrow(RangeError)
    expect(bad({ kind: 'indicator', id: 'nonsense' })).toThrow(RangeError)
  })
})

describe('bestIndex', () => {
  it('marks the single best value in the preferred direction, none on ties or without preference', () => {
    expect(bestIndex([3, 1, 2], 'lower')).toBe(1)
    expect(bestIndex([3, 1, 2], 'higher')).toBe(0)
    expect(bestIndex([3, 1, 1], 'lower')).toBeNull()
    expect(bestIndex([3, 3, 1], 'higher')).toBeNull()
    expect(bestIndex([2, 2, 2], 'lower')).toBeNull()
    expect(bestIndex([3, 1, 2], null)).toBeNull()
    expect(bestIndex([], 'lower')).toBeNull()
    // Floating-point noise is a tie, not a winner.
    expect(bestIndex([0.1 + 0.2, 0.3, 5], 'lower')).toBeNull()
  })

  it('marks none when the best is not materially ahead: 1 FTE in 40 000, 50 M€ in 20 Md€', () => {
    expect(bestIndex([40_000, 40_001], 'lower')).toBeNull()
    expect(bestIndex([40_000, 41_000], 'lower')).toBe(0)
    expect(bestIndex([-20, -20.05], 'higher')).toBeNull()
    expect(bestIndex([-20, -21], 'higher')).toBe(0)
    // Ahead of the runner-up is not enough: ahead of every other one.
    expect(bestIndex([10, 10.01, 30], 'lower')).toBeNull()
  })
})

describe('compareIndicators', () => {
  const presets = ['dst-6', 'platform-profit-10', 'data-levy-colin-collin', 'dst-15-tier']
  const reference = projectionOf(scenarioFrom('current-law'))
  const projections = presets.map((id) => projectionOf(scenarioFrom(id)))
  const rows = compareIndicators(reference, projections)

  it('gives one row per indicator with values, deltas = values − reference, and units', () => {
    expect(rows.map((r) => r.id)).toEqual(INDICATORS.map((s) => s.id))
    for (const row of rows) {
      const m = { kind: 'indicator', id: row.id } as const
      expect(row.unit).toBe(measureUnit(m))
      expect(row.reference).toBe(measureValue(reference, m))
      expect(row.values).toEqual(projections.map((p) => measureValue(p, m)))
      row.values.forEach((v, i) => expect(row.deltas[i]).toBe(v - row.reference))
    }
  })

  it('marks the best scenario per row by the indicator’s preference', () => {
    for (const row of rows) {
      const preference = INDICATOR_PREFERENCE[row.id]
      if (preference === null) {
        expect(row.best).toBeNull()
        continue
      }
      if (row.best === null) continue
      const best = row.values[row.best] as number
      for (const [i, v] of row.values.entries())
        if (i !== row.best) expect(preference === 'lower' ? best < v : best > v).toBe(true)
    }
    // Every lever raises the final ROBSS balance over current law; the DST with a 15 % tier most.
    const balance = rows.find((r) => r.id === 'robss_balance_final')
    expect(balance?.deltas.every((d) => d > 0)).toBe(true)
    expect(balance?.best).toBe(presets.indexOf('dst-15-tier'))
  })

  it('marks no best where two scenarios tie for it', () => {
    const twice = compareIndicators(
      reference,
      [projections[0], projections[0]].map((p) => p!),
    )
    for (const row of twice) expect(row.best).toBeNull()
  })
})

describe('inputDifferences', () => {
  it('lists exactly the inputs that differ between two presets, with units', () => {
    const rows = inputDifferences([scenarioFrom('current-law'), scenarioFrom('dst-6')])
    // Current law: every lever off; dst-6: the DST reformed to 6 % above €2 bn.
    expect(rows).toEqual([
      { path: 'levers.dst.enabled', group: 'levers', unit: null, values: [false, true] },
      { path: 'levers.dst.rate', group: 'levers', unit: 'share', values: [0.03, 0.06] },
      {
        path: 'levers.dst.worldwideThreshold',
        group: 'levers',
        unit: null,
        values: ['750m', '2bn'],
      },
    ])
  })

  it('reports a path when any scenario differs, values reference first', () => {
    const rows = inputDifferences(
      ['current-law', 'dst-6', 'platform-profit-10'].map((id) => scenarioFrom(id)),
    )
    expect(rows).toEqual([
      { path: 'levers.dst.enabled', group: 'levers', unit: null, values: [false, true, false] },
      { path: 'levers.dst.rate', group: 'levers', unit: 'share', values: [0.03, 0.06, 0.03] },
      {
        path: 'levers.dst.worldwideThreshold',
        group: 'levers',
        unit: null,
        values: ['750m', '2bn', '750m'],
      },
      {
        path: 'levers.platformContribution.enabled',
        group: 'levers',
        unit: null,
        values: [false, false, true],
      },
    ])
    expect(inputDifferences([scenarioFrom('dst-6')])).toEqual([])
    expect(inputDifferences([])).toEqual([])
  })

  it('compares assumptions by central value, sectors as whole settings, and the horizon', () => {
    const reference = scenarioFrom('dst-6')
    const same = scenarioFrom('dst-6', (s) => {
      s.name = 'Another name'
      // A plain number equal to the central value, and a sector left to the baseline default.
      s.assumptions['macro.gdp_growth'] = baseline.assumptions['macro.gdp_growth']?.value as number
      delete s.sectors.bank_branch
      s.assumptions = Object.fromEntries(
        Object.entries(s.assumptions).filter(([id]) => id !== 'dst.base_growth_2024'),
      )
    })
    expect(inputDifferences([reference, same])).toEqual([])

    const changed = scenarioFrom('dst-6', (s) => {
      s.horizon.end = 2035
      s.assumptions['macro.gdp_growth'] = { dist: 'uniform', min: 0.01, max: 0.03 }
      s.sectors.retail_checkout = {
        curve: { type: 'logistic', midpoint: 2030, steepness: 0.5, ceiling: 0.8 },
        respondsToCost: false,
      }
    })
    const rows = inputDifferences([reference, changed])
    expect(rows.map((r) => [r.path, r.group, r.unit])).toEqual([
      ['horizon.end', 'horizon', 'year'],
      ['sectors.retail_checkout', 'sectors', null],
      [
        'assumptions.macro.gdp_growth',
        'assumptions',
        baseline.assumptions['macro.gdp_growth']?.unit,
      ],
    ])
    expect(rows[0]?.values).toEqual([2040, 2035])
    expect(rows[1]?.values).toEqual([
      reference.sectors.retail_checkout,
      changed.sectors.retail_checkout,
    ])
    const central = baseline.assumptions['macro.gdp_growth']?.value
    expect(rows[2]?.values).toEqual([central, 0.02])
  })
})

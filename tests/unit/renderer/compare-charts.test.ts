import { describe, expect, it } from 'vitest'
import { defaultScenario } from '@shared/model/default-scenario'
import { getBaseline } from '@shared/model/baselines'
import { simulate } from '@shared/model/simulate'
import type { Scenario } from '@shared/model/scenario-schema'
import {
  OVERLAY_SERIES,
  overlaySpecs,
  revenueMultiples,
  seriesOn,
  unionYears,
} from '../../../renderer/src/compare/compare-charts'
import { presetReference } from '../../../renderer/src/compare/reference'

const project = (scenario: Scenario) => simulate(scenario, getBaseline(scenario.baseline))
const shorter = { ...defaultScenario('dst-6'), horizon: { start: 2024, end: 2030 } }
const scenarios = [
  { name: 'TSN 6 %', projection: project(defaultScenario('dst-6')) },
  { name: 'Plateformes', projection: project(defaultScenario('platform-profit-10')) },
  { name: 'Court', projection: project(shorter) },
]
const reference = { name: 'Aucun levier', projection: project(defaultScenario('no-lever')) }

describe('comparison charts', () => {
  it('put every scenario on every year any of them covers, with gaps where one stops', () => {
    const years = unionYears(scenarios.map((s) => s.projection))
    expect(years).toEqual(scenarios[0]?.projection.years)
    const short = seriesOn(years, project(shorter), 'financing_gap')
    expect(short.slice(0, 7).every(Number.isFinite)).toBe(true)
    expect(short.slice(7).every(Number.isNaN)).toBe(true)
  })

  it('overlay the reference and each scenario in its own colour, on each main series', () => {
    const specs = overlaySpecs(reference, scenarios, 'fr')
    expect(specs.map((s) => s.id)).toEqual(OVERLAY_SERIES)
    for (const { spec, id } of specs) {
      expect(spec.series.map((s) => s.name)).toEqual([
        'Aucun levier',
        'TSN 6 %',
        'Plateformes',
        'Court',
      ])
      expect(new Set(spec.series.map((s) => s.colour)).size).toBe(4)
      const line = spec.series[1]
      if (line?.kind !== 'line') throw new Error('lines expected')
      expect(line.values).toEqual(scenarios[0]?.projection.series.find((s) => s.id === id)?.values)
    }
  })

  it('draw the small multiples on one scale that holds the tallest stack', () => {
    const multiples = revenueMultiples(scenarios, 'en')
    expect(multiples).toHaveLength(3)
    const ranges = multiples.map((m) => m.spec.yRange)
    expect(new Set(ranges.map((r) => JSON.stringify(r))).size).toBe(1)
    const top = ranges[0]?.[1] ?? 0
    for (const { spec } of multiples) {
      spec.years.forEach((_, i) => {
        const stack = spec.series.reduce(
          (sum, s) => sum + Math.max(0, s.kind === 'bar' ? (s.values[i] ?? 0) || 0 : 0),
          0,
        )
        expect(stack).toBeLessThanOrEqual(top)
      })
    }
  })

  it('measure a preset reference on the compared scenarios’ horizon', () => {
    const reference = presetReference('no-lever', shorter)
    expect(reference.horizon).toEqual(shorter.horizon)
    expect(reference.levers.dst.enabled).toBe(false)
  })
})

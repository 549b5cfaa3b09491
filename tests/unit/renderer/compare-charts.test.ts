import { describe, expect, it } from 'vitest'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { getBaseline } from '@shared/model/baseline/baselines'
import { simulate } from '@shared/model/engine/simulate'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
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
const reference = {
  name: 'Droit en vigueur',
  projection: project(defaultScenario('current-law')),
}

describe('comparison charts', () => {
  it('put every scenario on every year any of them covers, with gaps where one stops', () => {
    const years = unionYears(scenarios.map((s) => s.projection))
    expect(years).toEqual(scenarios[0]?.projection.years)
    const short = seriesOn(years, project(shorter), 'robss_balance')
    expect(short.slice(0, 7).every(Number.isFinite)).toBe(true)
    expect(short.slice(7).every(Number.isNaN)).toBe(true)
  })

  it('overlay the reference and each scenario in its own colour, ROBSS balance first with its current-law path', () => {
    const specs = overlaySpecs(reference, scenarios, 'fr')
    expect(specs.map((s) => s.id)).toEqual(OVERLAY_SERIES)
    expect(OVERLAY_SERIES[0]).toBe('robss_balance')
    expect(OVERLAY_SERIES).toContain('increment_total')
    expect(OVERLAY_SERIES).toContain('unedic_balance')
    for (const { spec, id } of specs) {
      const balance = id === 'robss_balance' || id === 'unedic_balance'
      const names = spec.series.map((s) => s.name)
      expect(names.slice(balance ? 1 : 0)).toEqual([
        'Droit en vigueur',
        'TSN 6 %',
        'Plateformes',
        'Court',
      ])
      const offset = balance ? 1 : 0
      expect(new Set(spec.series.slice(offset).map((s) => s.colour)).size).toBe(4)
      const line = spec.series[offset + 1]
      if (line?.kind !== 'line') throw new Error('lines expected')
      expect(line.values).toEqual(scenarios[0]?.projection.series.find((s) => s.id === id)?.values)
      if (balance) {
        // The current-law path the balance is built on, dotted, from the reference.
        const path = spec.series[0]
        if (path?.kind !== 'line') throw new Error('line expected')
        expect(path.dash).toBe('dot')
        expect(path.values).toEqual(
          reference.projection.series.find((s) => s.id === `${id}_baseline`)?.values,
        )
      }
    }
  })

  it('stack each lever’s yield over current law in the small multiples, and nothing under current law', () => {
    const multiples = revenueMultiples([reference, ...scenarios], 'en')
    const [law] = multiples
    expect(law?.spec.series.every((s) => s.kind === 'bar' && s.values.every((v) => v === 0))).toBe(
      true,
    )
    const total = scenarios[0]?.projection.series.find((s) => s.id === 'increment_total')?.values
    multiples[1]?.spec.years.forEach((_, i) => {
      const sum = (multiples[1]?.spec.series ?? []).reduce(
        (acc, s) => acc + (s.kind === 'bar' ? (s.values[i] ?? 0) : 0),
        0,
      )
      expect(sum).toBeCloseTo(total?.[i] as number, 9)
    })
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
    const reference = presetReference('current-law', shorter)
    expect(reference.horizon).toEqual(shorter.horizon)
    expect(reference.levers.dst.enabled).toBe(false)
  })
})

/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit untyped JSON documents on purpose */
import { describe, expect, it } from 'vitest'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { PRESETS } from '@shared/model/scenario/presets'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import { SCENARIO_SCHEMA_VERSION } from '@shared/model/scenario/scenario-schema'
import { upgradeScenario } from '@shared/model/scenario/scenario-upgrade'

/** A valid scenario as plain JSON, with one change made by `edit`. */
function document(edit: (d: Record<string, any>) => void = () => undefined): unknown {
  const d = JSON.parse(JSON.stringify(defaultScenario('dst-6')))
  edit(d)
  return d
}

function errorsOf(raw: unknown): string[] {
  const parsed = parseScenario(raw)
  if (parsed.ok) throw new Error('expected the scenario to be refused')
  return parsed.errors
}

describe('scenario files', () => {
  it('accept every preset as written by `levier scenario default`', () => {
    for (const preset of PRESETS)
      expect(parseScenario(JSON.parse(JSON.stringify(defaultScenario(preset.id)))).ok).toBe(true)
  })

  it.each([
    [
      'a rate above its range',
      (d: any) => (d.levers.dst.rate = 0.9),
      'levers.dst.rate: must be between 0 and 0.5 (got 0.9)',
    ],
    [
      'a start year outside 2019–2060',
      (d: any) => (d.levers.dataLevy.startYear = 2200),
      'levers.dataLevy.startYear: must be between 2019 and 2060 (got 2200)',
    ],
    [
      'a fractional year',
      (d: any) => (d.horizon.end = 2040.5),
      'horizon.end: must be a whole number between 2019 and 2060 (got 2040.5)',
    ],
    [
      'a text where a number goes',
      (d: any) => (d.levers.earmarking.dst = 'all'),
      'levers.earmarking.dst: must be a number between 0 and 1, or a schedule { value, steps: [{ year, value }] } (got "all")',
    ],
    [
      'a schedule step above the setting’s range',
      (d: any) => (d.levers.dst.rate = { value: 0.03, steps: [{ year: 2028, value: 0.9 }] }),
      'levers.dst.rate.steps[0].value: must be between 0 and 0.5 (got 0.9)',
    ],
    [
      'a schedule step outside the years a scenario may name',
      (d: any) => (d.levers.earmarking.dst = { value: 0, steps: [{ year: 2070, value: 1 }] }),
      'levers.earmarking.dst.steps[0].year: must be between 2019 and 2060 (got 2070)',
    ],
    [
      'a schedule whose years do not strictly increase',
      (d: any) =>
        (d.levers.platformContribution.rate = {
          value: 0.05,
          steps: [
            { year: 2030, value: 0.1 },
            { year: 2030, value: 0.2 },
          ],
        }),
      'levers.platformContribution.rate.steps: the steps’ years must strictly increase, one step per year',
    ],
    [
      'a schedule without a step',
      (d: any) => (d.levers.earmarking.dataLevy = { value: 1, steps: [] }),
      'levers.earmarking.dataLevy.steps: a schedule needs at least one step',
    ],
    [
      'a schedule of a start year',
      (d: any) => (d.levers.dst.startYear = { value: 2026, steps: [{ year: 2028, value: 2027 }] }),
      'levers.dst.startYear: must be a number between 2019 and 2060',
    ],
    [
      'an unknown lever base',
      (d: any) => (d.levers.platformContribution.base = 'revenue'),
      'levers.platformContribution.base',
    ],
    ['an unknown sector', (d: any) => (d.sectors.coal_mines = d.sectors.bank_branch), 'coal_mines'],
    [
      'a Bass start above its ceiling',
      (d: any) => (d.sectors.bank_branch.curve.start = 0.95),
      'sectors.bank_branch.curve.start: start must not exceed the ceiling',
    ],
    [
      'drawn points out of order',
      (d: any) =>
        (d.sectors.bank_branch.curve = {
          type: 'drawn',
          points: [
            { year: 2030, value: 0.5 },
            { year: 2026, value: 0.2 },
          ],
        }),
      'sectors.bank_branch.curve.points',
    ],
    [
      'an unknown assumption',
      (d: any) => (d.assumptions['macro.moon_phase'] = 1),
      'assumptions.macro.moon_phase: unknown assumption',
    ],
    [
      'an assumption outside its physical limits',
      (d: any) => (d.assumptions['dst.pass_through'] = 1.4),
      'assumptions.dst.pass_through: must be between 0 and 1 (got 1.4)',
    ],
    [
      'a distribution reaching outside its limits',
      (d: any) =>
        (d.assumptions['labour.reemployment_hazard'] = { dist: 'uniform', min: 0.2, max: 1.3 }),
      'assumptions.labour.reemployment_hazard: must be between 0 and 1 (got 0.2 to 1.3)',
    ],
    [
      'a distribution out of order',
      (d: any) =>
        (d.assumptions['dst.base_growth'] = {
          dist: 'triangular',
          min: 0.1,
          mode: 0.05,
          max: 0.15,
        }),
      'expected min ≤ mode ≤ max',
    ],
    [
      'a horizon before the baseline',
      (d: any) => (d.horizon.start = 2020),
      'horizon.start: must be between 2024 and 2060 (got 2020)',
    ],
    [
      'a horizon ending before it starts',
      (d: any) => (d.horizon = { start: 2030, end: 2026 }),
      'horizon.end: the horizon must start no later than it ends',
    ],
    [
      'an unknown baseline',
      (d: any) => (d.baseline = 'de-2024'),
      'baseline: unknown baseline "de-2024"',
    ],
    ['an empty name', (d: any) => (d.name = '  '), 'name: must not be empty'],
    ['an extra top-level field', (d: any) => (d.__proto_extra = 1), '__proto_extra'],
  ])('refuse %s, naming the field, the value and what is allowed', (_label, edit, expected) => {
    expect(errorsOf(document(edit)).join('\n')).toContain(expected)
  })

  it('report every problem at once', () => {
    const errors = errorsOf(
      document((d) => ((d.levers.dst.rate = 2), (d.levers.platformContribution.rate = -1))),
    )
    expect(errors).toHaveLength(2)
  })

  it('refuse a prototype-pollution payload without polluting anything', () => {
    const hostile = JSON.parse(
      JSON.stringify(document()).replace('"levers":{', '"levers":{"__proto__":{"polluted":true},'),
    )
    expect(parseScenario(hostile).ok).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuse documents that are not scenarios', () => {
    for (const raw of [null, 42, 'scenario', [], {}])
      expect(errorsOf(raw).length).toBeGreaterThan(0)
  })
})

describe('schema versions', () => {
  it('refuse a file from a newer Levier, and one without a version', () => {
    expect(errorsOf(document((d) => (d.schemaVersion = SCENARIO_SCHEMA_VERSION + 1)))[0]).toContain(
      'newer version of Levier',
    )
    expect(errorsOf(document((d) => delete d.schemaVersion))[0]).toContain('schemaVersion')
  })

  it('run the upgrade functions in order, each once, and stamp the new version', () => {
    const calls: number[] = []
    const upgrades = {
      1: (d: Record<string, unknown>) => (calls.push(1), { ...d, renamed: d.old, old: undefined }),
      2: (d: Record<string, unknown>) => (calls.push(2), { ...d, added: true }),
    }
    const outcome = upgradeScenario({ schemaVersion: 1, old: 'x' }, upgrades, 3)
    expect(calls).toEqual([1, 2])
    expect(outcome).toEqual({
      ok: true,
      document: { schemaVersion: 3, renamed: 'x', old: undefined, added: true },
    })
    expect(upgradeScenario({ schemaVersion: 1 }, { 2: upgrades[2] }, 3)).toMatchObject({
      ok: false,
    })
  })
})

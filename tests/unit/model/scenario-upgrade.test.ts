import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultCurve, isModelOneDefaultCurve } from '@shared/model/engine/compile'
import { SECTOR_IDS } from '@shared/model/engine/ids'
import {
  RETIRED_ASSUMPTIONS,
  RETIRED_ASSUMPTIONS_V4,
  UPGRADES,
  upgradeScenario,
} from '@shared/model/scenario/scenario-upgrade'
import { simulate } from '@shared/model/engine/simulate'
import { SCENARIO_SCHEMA_VERSION } from '@shared/model/scenario/scenario-schema'
import { LEVER_IDS } from '@shared/model/levers/lever-table'

const DIR = join(import.meta.dirname, '../../fixtures/scenarios')
const read = (file: string) =>
  JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>

describe('scenario upgrade 1 → 2 (model 2)', () => {
  it('gives the DST the threshold the law had, drops at-source collection and retired assumptions', () => {
    const v1 = read('v1-eu-platform-directive.json')
    const levers = v1.levers as { platformContribution: Record<string, unknown> }
    expect(levers.platformContribution.atSourceCollection).toBe(true)
    const assumptions = v1.assumptions as Record<string, unknown>
    expect(RETIRED_ASSUMPTIONS.some((id) => id in assumptions)).toBe(true)

    // The 1 → 2 step alone (UPGRADES up to version 2).
    const upgraded = upgradeScenario(v1, UPGRADES, 2)
    if (!upgraded.ok) throw new Error(upgraded.error)
    const document = upgraded.document as {
      schemaVersion: number
      levers: { dst: Record<string, unknown>; platformContribution: Record<string, unknown> }
      assumptions: Record<string, unknown>
    }
    expect(document.schemaVersion).toBe(2)
    expect(document.levers.dst.worldwideThreshold).toBe('750m')
    expect('atSourceCollection' in document.levers.platformContribution).toBe(false)
    for (const id of RETIRED_ASSUMPTIONS) expect(id in document.assumptions).toBe(false)
    // Everything else is kept as it was.
    expect(document.levers.platformContribution.requalificationShare).toBe(
      levers.platformContribution.requalificationShare,
    )
    const kept = Object.keys(assumptions).filter(
      (id) => !(RETIRED_ASSUMPTIONS as readonly string[]).includes(id),
    )
    expect(Object.keys(document.assumptions).sort()).toEqual(kept.sort())
  })

  it('gives sectors saved with model 1’s default curve the fitted one, and keeps chosen curves', () => {
    const v1 = read('v1-eu-platform-directive.json') as {
      baseline: string
      sectors: Record<string, { curve: Record<string, unknown> }>
    }
    const baseline = getBaseline(v1.baseline)
    const chosen = { type: 'logistic', midpoint: 2031, steepness: 0.4, ceiling: 0.8 }
    v1.sectors.bank_branch = { ...v1.sectors.bank_branch, curve: chosen } as never
    const defaults = SECTOR_IDS.filter(
      (id) =>
        id !== 'bank_branch' &&
        isModelOneDefaultCurve(v1.sectors[id]?.curve as never, baseline, id),
    )
    expect(defaults.length).toBeGreaterThan(0)
    const parsed = parseScenario(v1)
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
    for (const id of defaults)
      expect(parsed.scenario.sectors[id]?.curve).toEqual(defaultCurve(baseline, id))
    expect(parsed.scenario.sectors.bank_branch?.curve).toEqual(chosen)
  })

  it('keeps the baseline the file was saved with: a fr-2024 scenario stays on fr-2024', () => {
    const parsed = parseScenario(read('v1-minimal.json'))
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
    expect(parsed.scenario.baseline).toBe('fr-2024')
    expect(parsed.scenario.levers.dst.worldwideThreshold).toBe('750m')
  })

  it('leaves a malformed document for validation to report, with the field path', () => {
    const v1 = { ...read('v1-minimal.json'), levers: 'none' }
    const parsed = parseScenario(v1)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors.join('\n')).toMatch(/levers/)
  })

  it('refuses a file from a newer Levier, saying which versions it reads', () => {
    const newer = SCENARIO_SCHEMA_VERSION + 1
    const upgraded = upgradeScenario({ ...read('v2-dst-6-threshold.json'), schemaVersion: newer })
    expect(upgraded.ok).toBe(false)
    if (!upgraded.ok)
      expect(upgraded.error).toContain(
        `${newer} was written by a newer version of Levier; this one reads up to ${SCENARIO_SCHEMA_VERSION}`,
      )
  })
})

describe('scenario upgrade 2 → 3 (schedules by year)', () => {
  it('keeps every lever value as written: a version-2 number is a constant in version 3', () => {
    const v2 = read('v2-dst-6-threshold.json')
    // The 2 → 3 step alone.
    const upgraded = upgradeScenario(v2, UPGRADES, 3)
    if (!upgraded.ok) throw new Error(upgraded.error)
    expect(upgraded.document).toEqual({ ...v2, schemaVersion: 3 })
  })

  it('projects the same figures as the version-2 file read with the earmarking as constants', () => {
    const parsed = parseScenario(read('v2-dst-6-threshold.json'))
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
    const projection = simulate(parsed.scenario, parsed.baseline)
    const robss = projection.series.find((s) => s.id === 'increment_robss')?.values ?? []
    const dst = projection.series.find((s) => s.id === 'increment_dst')?.values ?? []
    // Version 2 earmarked the whole DST increment (earmarking 1) in every year.
    expect(robss.length).toBeGreaterThan(0)
    robss.forEach((v, i) => expect(v).toBeCloseTo(dst[i] as number, 12))
  })

  it('reads the analyst’s scenario of version 3: the DST earmarked from 2026, its rate by step', () => {
    const parsed = parseScenario(read('v3-earmarked-dst-schedule.json'))
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
    const { dst, earmarking, platformContribution } = parsed.scenario.levers
    expect(dst.rate).toEqual({ value: 0.06, steps: [{ year: 2030, value: 0.08 }] })
    expect(earmarking.dst).toEqual({ value: 0, steps: [{ year: 2026, value: 1 }] })
    expect(platformContribution).toMatchObject({ enabled: true, rate: 0.1, base: 'profit' })
  })
})

describe('scenario upgrade 3 → 4 (the consumer’s ledger)', () => {
  it('adds the staffed channel switched off, earmarked 0, and drops the single time-saved share', () => {
    const v3 = read('v3-consumer-time-saved.json')
    expect(RETIRED_ASSUMPTIONS_V4.every((id) => id in (v3.assumptions as object))).toBe(true)
    const upgraded = upgradeScenario(v3, UPGRADES, 4)
    if (!upgraded.ok) throw new Error(upgraded.error)
    const document = upgraded.document as {
      levers: Record<string, { enabled?: boolean } & Record<string, unknown>>
      assumptions: Record<string, unknown>
    }
    const v3Levers = v3.levers as Record<string, Record<string, unknown>>
    const added = LEVER_IDS.filter((id) => !(id in v3Levers))
    expect(added).toHaveLength(1)
    for (const id of added) {
      expect(document.levers[id]?.enabled).toBe(false)
      expect(document.levers.earmarking?.[id]).toBe(0)
    }
    // Every other lever and earmarking exactly as written.
    for (const [id, value] of Object.entries(v3Levers))
      if (id !== 'earmarking') expect(document.levers[id]).toEqual(value)
    for (const [id, value] of Object.entries(v3Levers.earmarking ?? {}))
      expect(document.levers.earmarking?.[id]).toEqual(value)
    expect(Object.keys(document.assumptions)).toEqual(
      Object.keys(v3.assumptions as object).filter(
        (id) => !(RETIRED_ASSUMPTIONS_V4 as readonly string[]).includes(id),
      ),
    )
  })

  it('an upgraded version-3 file yields nothing from the new lever: the levers’ total is the three it had', () => {
    const parsed = parseScenario(read('v3-earmarked-dst-schedule.json'))
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
    const projection = simulate(parsed.scenario, parsed.baseline)
    const values = (id: string) => projection.series.find((s) => s.id === id)?.values ?? []
    const total = values('increment_total')
    expect(total.length).toBeGreaterThan(0)
    const before = ['increment_dst', 'increment_data_levy', 'increment_platform']
    total.forEach((v, i) =>
      expect(v).toBeCloseTo(
        before.reduce((sum, id) => sum + (values(id)[i] as number), 0),
        12,
      ),
    )
  })

  it('reads the analyst’s scenario of version 4: counters kept by step, paid by the State', () => {
    const parsed = parseScenario(read('v4-staffed-channel-state.json'))
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
    const projection = simulate(parsed.scenario, parsed.baseline)
    const values = (id: string) => projection.series.find((s) => s.id === id)?.values ?? []
    const cost = values('staffed_channel_cost')
    const increment = values('increment_staffed_channel')
    const start = projection.years.indexOf(2027)
    expect(cost.slice(0, start).every((v) => v === 0)).toBe(true)
    expect(cost.at(-1)).toBeGreaterThan(0)
    // Paid by the State: a spending, at most the whole cost (the civil servants kept are not).
    increment.forEach((v, i) => {
      expect(v).toBeLessThanOrEqual(0)
      expect(-v).toBeLessThanOrEqual((cost[i] as number) + 1e-12)
    })
    expect(increment.at(-1)).toBeLessThan(0)
  })
})

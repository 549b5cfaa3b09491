import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { leversTable } from '@shared/brief/brief-tables'
import { DEFAULT_BASELINE_ID, getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import { GLOBAL_SERIES, INDICATORS } from '@shared/model/engine/series'
import { simulate } from '@shared/model/engine/simulate'
import { createWorkspace } from '@shared/model/engine/workspace'
import { LEVER_DEFINITIONS } from '@shared/model/levers/lever-definitions'
import { LEVER_GROUPS } from '@shared/model/levers/lever-groups'
import type { Part, Settings } from '@shared/model/levers/lever-kinds'
import { leversSchema } from '@shared/model/levers/lever-schema'
import {
  actingPlayers,
  fieldActs,
  fieldsOf,
  PLAYERS,
  withoutLevers,
} from '@shared/model/levers/lever-switches'
import { EARMARKING, LEVER_IDS, LEVERS } from '@shared/model/levers/lever-table'
import type { Levers } from '@shared/model/levers/lever-table'
import { DEFAULT_LEVERS } from '@shared/model/scenario/presets'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { setValueAt, valueAt, withValueAt } from '@shared/model/scenario/value-path'
import { LEVER_INCREMENTS, PLAYER_COLOURS } from '../../../renderer/src/charts/palette'
import { scenarioFrom } from '../../helpers/model'

/**
 * Adding a lever is one entry in the lever table (and its equation): these tests walk the table
 * itself and check that every part of the app that depends on the levers covers every entry.
 */
const baseline = getBaseline(DEFAULT_BASELINE_ID)

/** The setting paths of a tree, walked here independently of lever-definitions' flattening. */
function settingPaths(settings: Settings, prefix: string): string[] {
  return Object.entries(settings).flatMap(([key, setting]) =>
    setting.kind === 'part'
      ? settingPaths((setting as Part).settings, `${prefix}.${key}`)
      : [`${prefix}.${key}`],
  )
}

/** The parts of a tree with their paths, nested ones included. */
function partsOf(settings: Settings, prefix: string): Array<{ part: Part; path: string }> {
  return Object.entries(settings).flatMap(([key, s]) =>
    s.kind === 'part'
      ? [
          { part: s as Part, path: `${prefix}.${key}` },
          ...partsOf((s as Part).settings, `${prefix}.${key}`),
        ]
      : [],
  )
}

/** Every switch of the levers on (levers and parts), every other setting as given. */
function allOn(levers: Levers): Levers {
  const copy = structuredClone(levers)
  for (const field of LEVER_DEFINITIONS)
    if (field.kind === 'switch') setValueAt({ levers: copy }, field.path, true)
  return copy
}

describe('the lever table', () => {
  it('gives each lever a distinct id, series, phase row and colour', () => {
    for (const key of ['id', 'series', 'phase', 'colour'] as const)
      expect(new Set(LEVERS.map((l) => l[key])).size, key).toBe(LEVERS.length)
    expect(LEVER_IDS).toEqual(LEVERS.map((l) => l.id))
  })

  it('builds a schema with exactly the table’s settings, strict at every level', () => {
    const json = z.toJSONSchema(leversSchema as z.ZodType) as {
      properties: Record<string, unknown>
    }
    expect(Object.keys(json.properties)).toEqual([...LEVER_IDS, EARMARKING])
    expect(leversSchema.safeParse(DEFAULT_LEVERS).success).toBe(true)
    for (const lever of LEVERS) {
      const objects = [
        `levers.${lever.id}`,
        ...partsOf(lever.settings, `levers.${lever.id}`).map((p) => p.path),
      ]
      for (const path of settingPaths(lever.settings, `levers.${lever.id}`)) {
        // Each setting is required: removing it is refused.
        const without = withValueAt({ levers: DEFAULT_LEVERS }, path, undefined).levers
        expect(leversSchema.safeParse(without).success, path).toBe(false)
      }
      for (const object of objects) {
        const extra = withValueAt({ levers: DEFAULT_LEVERS }, `${object}.unknown`, 1).levers
        expect(leversSchema.safeParse(extra).success, object).toBe(false)
      }
    }
  })

  it('gives the panel, its ⓘ and the earmarking a field for every setting of every lever', () => {
    expect(LEVER_GROUPS.map((g) => g.id)).toEqual([...LEVER_IDS, EARMARKING])
    for (const lever of LEVERS) {
      expect(fieldsOf(lever.id).map((f) => f.path)).toEqual(
        settingPaths(lever.settings, `levers.${lever.id}`),
      )
      expect(fieldsOf(EARMARKING).filter((f) => f.lever === lever.id)).toHaveLength(1)
    }
    expect(fieldsOf(EARMARKING)).toHaveLength(LEVERS.length)
  })

  it('gives every lever and every part a player and a colour of its own', () => {
    const expected = LEVERS.flatMap((l) => [
      l.id,
      ...partsOf(l.settings, l.id).map((p) => p.part.player),
    ])
    expect(PLAYERS.map((p) => p.id)).toEqual(expected)
    const colours = PLAYERS.map((p) => PLAYER_COLOURS[p.id])
    expect(colours.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true)
    expect(new Set(colours).size).toBe(PLAYERS.length)
    expect(LEVER_INCREMENTS.map((i) => i.colour)).toEqual(LEVERS.map((l) => l.colour))
  })

  it('names series, indicators and workspace rows the engine has', () => {
    const model = compileScenario(
      scenarioFrom('current-law', () => undefined),
      baseline,
    )
    const ws = createWorkspace(model)
    for (const lever of LEVERS) {
      expect(GLOBAL_SERIES.some((s) => s.id === `increment_${lever.series}`)).toBe(true)
      for (const way of ['final', 'full', 'cumulative', 'pv'])
        expect(INDICATORS.some((i) => i.id === `increment_${lever.series}_${way}`)).toBe(true)
      expect(ws[lever.phase]).toBeInstanceOf(Float64Array)
    }
  })

  it('switches each player on alone: it acts, with its lever, and no other', () => {
    const off = withoutLevers(scenarioFrom('current-law', () => undefined)).levers
    for (const player of PLAYERS) {
      const levers = structuredClone(off)
      for (const path of player.switches) setValueAt({ levers }, path, true)
      const acting = actingPlayers(levers)
      expect(acting).toContain(player.id)
      expect(acting.filter((id) => id !== player.id && id !== player.lever)).toEqual([])
    }
  })

  it('yields, for each lever on alone, its own increment and no other lever’s', () => {
    const reference = withoutLevers(scenarioFrom('current-law', () => undefined))
    for (const lever of LEVERS) {
      const scenario: Scenario = structuredClone(reference)
      scenario.levers[lever.id].enabled = true
      scenario.levers[lever.id].startYear = scenario.horizon.start
      const p = simulate(scenario, baseline)
      const final = (id: string) => p.series.find((s) => s.id === id)?.values.at(-1) ?? NaN
      for (const other of LEVERS)
        if (other !== lever) expect(final(`increment_${other.series}`), other.id).toBe(0)
      expect(final('increment_total')).toBeCloseTo(final(`increment_${lever.series}`), 9)
    }
  })

  it('lists in the brief every setting of a lever that is on, where it acts', () => {
    const on = scenarioFrom('current-law', (s) => {
      s.levers = allOn(s.levers)
    })
    // Each condition met in one scenario at least: every option of every setting others depend on.
    const variants = LEVER_DEFINITIONS.filter((f) => f.kind === 'choice').flatMap((choice) =>
      choice.kind === 'choice'
        ? choice.options.map((o) => withValueAt(on, choice.path, o.value))
        : [],
    )
    const inputs = variants.map((scenario, i) => ({
      id: String(i),
      name: `S${i}`,
      version: 1,
      scenario,
      projection: simulate(scenario, baseline),
    }))
    const rows = leversTable(inputs, 'en').rows.map((r) => r.label)
    for (const lever of LEVERS) {
      expect(rows).toContain(lever.about.label.en)
      for (const field of fieldsOf(lever.id)) {
        if (field.path === `levers.${lever.id}.enabled`) continue
        expect(
          variants.some((s) => fieldActs(field, s.levers)),
          field.path,
        ).toBe(true)
        expect(
          rows.some((r) => r.toLowerCase().includes(field.label.en.toLowerCase())),
          field.path,
        ).toBe(true)
      }
    }
    expect(rows.filter((r) => fieldsOf(EARMARKING).some((f) => f.label.en === r))).toHaveLength(
      LEVERS.length,
    )
  })
})

describe('withoutLevers', () => {
  it('turns every lever and part off, keeps every other setting, and yields nothing', () => {
    const scenario = scenarioFrom('current-law', (s) => {
      s.levers = allOn(s.levers)
    })
    const off = withoutLevers(scenario)
    expect(actingPlayers(off.levers)).toEqual([])
    for (const player of PLAYERS) expect(valueAt(off, player.switch), player.id).toBe(false)
    for (const field of LEVER_DEFINITIONS)
      if (field.kind !== 'switch')
        expect(valueAt(off, field.path)).toEqual(valueAt(scenario, field.path))
    // The scenario itself is left as it was.
    expect(actingPlayers(scenario.levers)).toHaveLength(PLAYERS.length)
    const p = simulate(off, baseline)
    for (const id of ['increment_total', ...LEVERS.map((l) => `increment_${l.series}`)])
      expect(
        p.series.find((s) => s.id === id)?.values.every((v) => v === 0),
        id,
      ).toBe(true)
  })
})

describe('value paths', () => {
  it('read back what they set, in a copy, for every lever field', () => {
    const scenario = scenarioFrom('current-law', () => undefined)
    for (const field of LEVER_DEFINITIONS) {
      const value = field.kind === 'number' ? field.max : field.kind === 'switch' ? true : 'x'
      const before = valueAt(scenario, field.path)
      const changed = withValueAt(scenario, field.path, value)
      expect(valueAt(changed, field.path)).toBe(value)
      expect(valueAt(scenario, field.path)).toBe(before)
    }
    expect(valueAt(scenario, 'levers.nowhere.at.all')).toBeUndefined()
  })

  it('take an assumption id, dots and all, as one key; undefined removes it', () => {
    const scenario = scenarioFrom('current-law', () => undefined)
    const set = withValueAt(scenario, 'assumptions.test.made.up', 0.5)
    expect(set.assumptions['test.made.up']).toBe(0.5)
    expect(valueAt(set, 'assumptions.test.made.up')).toBe(0.5)
    expect(scenario.assumptions['test.made.up']).toBeUndefined()
    const removed = withValueAt(set, 'assumptions.test.made.up', undefined)
    expect('test.made.up' in removed.assumptions).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { LEVER_DEFINITIONS } from '@shared/model/levers/lever-definitions'
import { LEVER_GROUPS } from '@shared/model/levers/lever-groups'
import { DEFAULT_LEVERS } from '@shared/model/scenario/presets'
import { leversSchema } from '@shared/model/scenario/scenario-schema'
import { withValueAt } from '@shared/model/scenario/value-path'

function leaves(value: unknown, prefix: string): string[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`))
  return [prefix]
}

/** The default levers with one field set (the paths start with `levers.`, as in the file). */
const leversWith = (path: string, value: unknown) =>
  withValueAt({ levers: DEFAULT_LEVERS }, path, value).levers

describe('lever definitions', () => {
  it('describe every lever field of the scenario format, once', () => {
    const paths = LEVER_DEFINITIONS.map((f) => f.path)
    expect(new Set(paths).size).toBe(paths.length)
    expect([...paths].sort()).toEqual(leaves(DEFAULT_LEVERS, 'levers').sort())
  })

  it('give the same range as the validation: the ends are accepted, beyond them refused', () => {
    for (const field of LEVER_DEFINITIONS) {
      if (field.kind !== 'number') continue
      for (const ok of [field.min, field.max])
        expect(
          leversSchema.safeParse(leversWith(field.path, ok)).success,
          `${field.path}=${ok}`,
        ).toBe(true)
      for (const bad of [field.min - field.step, field.max + field.step]) {
        expect(
          leversSchema.safeParse(leversWith(field.path, bad)).success,
          `${field.path}=${bad}`,
        ).toBe(false)
      }
    }
  })

  it('offer only the choices the format accepts, and marks within range', () => {
    for (const field of LEVER_DEFINITIONS) {
      if (field.kind === 'choice') {
        for (const option of field.options)
          expect(leversSchema.safeParse(leversWith(field.path, option.value)).success).toBe(true)
      }
      if (field.kind === 'number')
        for (const mark of field.marks ?? [])
          expect(mark.value >= field.min && mark.value <= field.max).toBe(true)
      expect(field.label.fr && field.label.en && field.help.fr && field.help.en).toBeTruthy()
    }
  })
})

describe('lever groups (the ⓘ of each lever)', () => {
  it('describe every group of fields exactly once, in both languages', () => {
    const groups = LEVER_GROUPS.map((g) => g.id)
    expect(new Set(groups).size).toBe(groups.length)
    expect([...new Set(LEVER_DEFINITIONS.map((f) => f.group))].sort()).toEqual([...groups].sort())
    for (const group of LEVER_GROUPS) {
      for (const text of [group.label, group.description, group.modelled]) {
        expect(text.fr.trim().length).toBeGreaterThan(0)
        expect(text.en.trim().length).toBeGreaterThan(0)
        expect(text.fr).not.toBe(text.en)
      }
    }
  })

  it('cite only sources the baseline has', () => {
    const sources = getBaseline('fr-2024').sources
    for (const group of LEVER_GROUPS) {
      expect(group.sources.length).toBeGreaterThan(0)
      for (const id of group.sources) expect(sources[id], `${group.id} → ${id}`).toBeDefined()
    }
  })
})

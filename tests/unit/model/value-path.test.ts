import { describe, expect, it } from 'vitest'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { copyDocument, valueAt, withValueAt } from '@shared/model/scenario/value-path'

describe('a document with one value set by its path', () => {
  it('leaves the original as it was and changes only the value at the path', () => {
    const original = defaultScenario('dst-6')
    const before = copyDocument(original)
    const next = withValueAt(original, 'levers.dst.rate', 0.07)
    expect(original).toEqual(before)
    expect(valueAt(next, 'levers.dst.rate')).toBe(0.07)
    expect(withValueAt(next, 'levers.dst.rate', before.levers.dst.rate)).toEqual(before)
  })

  it('copies the objects on the path and shares every other part', () => {
    const original = defaultScenario('dst-6')
    const next = withValueAt(original, 'levers.dst.rate', 0.07)
    expect(next).not.toBe(original)
    expect(next.levers).not.toBe(original.levers)
    expect(next.levers.dst).not.toBe(original.levers.dst)
    expect(next.levers.dataLevy).toBe(original.levers.dataLevy)
    expect(next.assumptions).toBe(original.assumptions)
    expect(next.sectors).toBe(original.sectors)
  })

  it('reads an assumption id with dots as one key, and removes a value set to undefined', () => {
    const original = defaultScenario('dst-6')
    const id = 'macro.gdp_growth'
    const set = withValueAt(original, `assumptions.${id}`, 0.012)
    expect(set.assumptions[id]).toBe(0.012)
    expect(Object.keys(set.assumptions)).toEqual(Object.keys(original.assumptions))
    expect(original.assumptions[id]).not.toBe(0.012)
    const removed = withValueAt(set, `assumptions.${id}`, undefined)
    expect(id in removed.assumptions).toBe(false)
    expect(id in set.assumptions).toBe(true)
  })

  it('refuses a path through something that is not an object, changing nothing', () => {
    const original = defaultScenario('dst-6')
    const before = copyDocument(original)
    expect(() => withValueAt(original, 'levers.dst.rate.value', 1)).toThrow(RangeError)
    expect(() => withValueAt(original, 'nowhere.at.all', 1)).toThrow(RangeError)
    expect(original).toEqual(before)
  })
})

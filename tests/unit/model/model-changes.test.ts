import { describe, expect, it } from 'vitest'
import {
  changedMeaning,
  compareVersions,
  MODEL_CHANGES,
  modelChangesBetween,
  SCHEMA_CHANGES,
} from '@shared/model/engine/model-changes'
import { MODEL_VERSION } from '@shared/model/engine/version'
import { SCENARIO_SCHEMA_VERSION } from '@shared/model/scenario/scenario-schema'
import { UPGRADES } from '@shared/model/scenario/scenario-upgrade'

describe('what each version changed', () => {
  it('compares versions part by part, not as text', () => {
    expect(compareVersions('2.10.0', '2.9.1')).toBe(1)
    expect(compareVersions('2.1.0', '2.1.0')).toBe(0)
    expect(compareVersions('1.4.2', '2.0.0')).toBe(-1)
  })

  it('says what the current model changed, and lists every format an upgrade reaches', () => {
    expect(MODEL_CHANGES.at(-1)?.version).toBe(MODEL_VERSION)
    const versions = MODEL_CHANGES.map((c) => c.version)
    expect([...versions].sort(compareVersions)).toEqual(versions)
    for (const from of Object.keys(UPGRADES).map(Number))
      expect(SCHEMA_CHANGES[from + 1]?.fr, `format ${from + 1}`).toBeTruthy()
    expect(SCHEMA_CHANGES[SCENARIO_SCHEMA_VERSION]).toBeDefined()
  })

  it('states every step between a saved model and this one, oldest first, and none twice', () => {
    const fromOne = modelChangesBetween('1.3.0', MODEL_VERSION)
    expect(fromOne.map((c) => c.version)).toEqual(MODEL_CHANGES.map((c) => c.version))
    const fromTwo = modelChangesBetween('2.0.0', MODEL_VERSION)
    expect(fromTwo.map((c) => c.version)).not.toContain('2.0.0')
    expect(fromTwo.length).toBe(MODEL_CHANGES.length - 1)
    expect(modelChangesBetween(MODEL_VERSION, MODEL_VERSION)).toEqual([])
  })

  it('gives an indicator the meaning of the latest change it went through', () => {
    const id = 'consumer_work_value_final'
    const byVersion = MODEL_CHANGES.filter((c) => c.meaning[id])
    expect(byVersion.length).toBeGreaterThanOrEqual(2)
    const [first, latest] = [byVersion[0], byVersion.at(-1)]
    expect(changedMeaning(id, '1.0.0', MODEL_VERSION)).toBe(latest?.meaning[id])
    expect(changedMeaning(id, '1.0.0', first?.version ?? '')).toBe(first?.meaning[id])
    expect(changedMeaning('robss_balance_final', '1.0.0', MODEL_VERSION)).toBeNull()
  })
})

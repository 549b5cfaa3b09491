import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import { SCENARIO_SCHEMA_VERSION } from '@shared/model/scenario/scenario-schema'
import { simulate } from '@shared/model/engine/simulate'

/**
 * Scenario files saved by earlier versions of the format must keep opening. Each fixture is named
 * v<schemaVersion>-<what>.json; when the format changes, keep the old fixtures and add an upgrade.
 */
const DIR = join(import.meta.dirname, '../../fixtures/scenarios')
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.json'))

describe('scenario fixtures from every schema version', () => {
  it('include one for every version up to the current one', () => {
    const versions = new Set(fixtures.map((f) => Number(/^v(\d+)-/.exec(f)?.[1])))
    for (let v = 1; v <= SCENARIO_SCHEMA_VERSION; v++) expect(versions.has(v)).toBe(true)
  })

  for (const file of fixtures) {
    it(`${file} opens, upgrades to the current version and simulates`, () => {
      const parsed = parseScenario(JSON.parse(readFileSync(join(DIR, file), 'utf8')))
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
      expect(parsed.scenario.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION)
      const projection = simulate(parsed.scenario, parsed.baseline)
      expect(projection.years[0]).toBe(parsed.scenario.horizon.start)
      expect(projection.years.at(-1)).toBe(parsed.scenario.horizon.end)
      expect(projection.series.every((s) => s.values.every(Number.isFinite))).toBe(true)
    })
  }
})

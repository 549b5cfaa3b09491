import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario, withLevers } from '@shared/model/engine/compile'
import { SECTOR_FIELDS } from '@shared/model/engine/ids'
import { project } from '@shared/model/engine/project'
import { createWorkspace } from '@shared/model/engine/workspace'
import type { Workspace } from '@shared/model/engine/workspace'
import { drawAssumptions, samplerTable } from '@shared/model/uncertainty/monte-carlo'
import { Prng } from '@shared/model/uncertainty/prng'
import { buildNodeEntry } from '../../helpers/build-node-entry'
import { scenarioFrom } from '../../helpers/model'

const everything = (ws: Workspace) => [
  ...ws.series,
  ...ws.indicators,
  ...ws.terms,
  ...ws.sectorTerms,
  ...ws.sectorConstants,
]

describe('a workspace projected into again', () => {
  // The sector rates are kept from one projection to the next while their inputs stay the same
  // (sector-rates.ts): whatever ran before, a projection must equal one into a fresh workspace.
  it('gives what a fresh workspace gives, after other draws, rates, wages and levers', () => {
    const scenario = scenarioFrom('dst-6', (s) => {
      s.levers.staffedChannel.enabled = true
    })
    const model = compileScenario(scenario, getBaseline(scenario.baseline))
    const noDst = withLevers(model, {
      ...model.levers,
      dst: { ...model.levers.dst, enabled: false },
    })
    const table = samplerTable(model)
    const rng = new Prng(0)
    const draws = Array.from({ length: 6 }, (_, d) => {
      const params = new Float64Array(model.central.length)
      drawAssumptions(model, 11, d, rng, table, params)
      return params
    })
    // The same draw with only a contribution rate moved, then only one sector's wage.
    const rateMoved = Float64Array.from(draws[0] as Float64Array)
    rateMoved[model.p.employerStatutory] = (rateMoved[model.p.employerStatutory] as number) + 0.01
    const wageMoved = Float64Array.from(draws[0] as Float64Array)
    const wage = model.sectorParam[
      3 * SECTOR_FIELDS.length + SECTOR_FIELDS.indexOf('wage')
    ] as number
    wageMoved[wage] = (wageMoved[wage] as number) * 1.3
    const sequence: Array<[typeof model, Float64Array]> = [
      [model, draws[0] as Float64Array],
      [noDst, draws[0] as Float64Array],
      [model, wageMoved],
      [model, rateMoved],
      [noDst, draws[1] as Float64Array],
      ...draws.slice(1).map((params): [typeof model, Float64Array] => [model, params]),
      [model, model.central],
      [model, model.central],
    ]
    const reused = createWorkspace(model)
    for (const [m, params] of sequence) {
      project(m, params, reused)
      const fresh = createWorkspace(m)
      project(m, params, fresh)
      expect(everything(reused)).toEqual(everything(fresh))
    }
  })
})

describe('a compiled model with other levers', () => {
  // The projection's functions see the scenario's model and its variants' in turn (lever effects,
  // attribution): built with its fields in another order, a variant had another hidden class in V8,
  // and the Monte Carlo with every lever alone ran at 750 or 1,250 ms from one process to the next.
  it('has the scenario’s fields in the scenario’s order, only its levers changed', () => {
    const model = compileScenario(scenarioFrom('dst-6'), getBaseline('fr-2025'))
    const variant = withLevers(model, {
      ...model.levers,
      dst: { ...model.levers.dst, enabled: false },
    })
    expect(Object.keys(variant)).toEqual(Object.keys(model))
    const changed = Object.keys(model).filter(
      (key) => variant[key as keyof typeof model] !== model[key as keyof typeof model],
    )
    expect(changed).toEqual(['levers', 'leversByYear', 'phaseRows', 'settledYears'])
  })
})

describe('compiled models in V8', () => {
  it('share one hidden class, a scenario’s and its variants’ alike', async () => {
    const entry = await buildNodeEntry('tests/helpers/model-maps-child.ts', 'test-model-maps')
    const printed = execFileSync(process.execPath, ['--allow-natives-syntax', entry], {
      encoding: 'utf8',
    })
    const maps = JSON.parse(printed) as { scenarios: boolean; variants: boolean[] }
    expect(maps.scenarios).toBe(true)
    expect(maps.variants.length).toBeGreaterThan(1)
    expect(maps.variants.every((same) => same)).toBe(true)
  }, 60_000)
})

import { getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import type { CompiledModel } from '@shared/model/engine/compile'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { project } from '@shared/model/engine/project'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { I, SERIES } from '@shared/model/engine/series'
import type { IndicatorId } from '@shared/model/engine/series'
import { createWorkspace } from '@shared/model/engine/workspace'

/** A preset's complete scenario, changed by `edit` (which may mutate the copy it is given). */
export function scenarioFrom(
  presetId: string,
  edit: (s: Scenario) => void = () => undefined,
): Scenario {
  const scenario = defaultScenario(presetId)
  edit(scenario)
  return scenario
}

export interface Run {
  readonly model: CompiledModel
  readonly years: number[]
  series(id: string): number[]
  indicator(id: IndicatorId): number
  allValues(): number[]
}

/** Project a scenario with the given assumption values (central ones by default). */
export function run(scenario: Scenario, params?: (model: CompiledModel) => Float64Array): Run {
  const model = compileScenario(scenario, getBaseline(scenario.baseline))
  const ws = createWorkspace(model)
  project(model, params ? params(model) : model.central, ws)
  const n = model.years
  const first = model.firstOutput
  const rowOf = (id: string) => {
    const row = SERIES.findIndex((s) => s.id === id)
    if (row < 0) throw new Error(`no series ${id}`)
    return row
  }
  return {
    model,
    years: Array.from({ length: n - first }, (_, i) => model.baseYear + first + i),
    series: (id) => Array.from(ws.series.subarray(rowOf(id) * n + first, rowOf(id) * n + n)),
    indicator: (id) => ws.indicators[I[id]] as number,
    allValues: () => [...ws.series, ...ws.indicators],
  }
}

/** Set one assumption to a plain value in a scenario. */
export function setAssumption(scenario: Scenario, id: string, value: number): void {
  scenario.assumptions[id] = value
}

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

import type { Baseline } from '../baseline/baseline-schema'
import { compileScenario } from './compile'
import type { CompiledModel } from './compile'
import { project } from './project'
import type { Scenario } from '../scenario/scenario-schema'
import { INDICATORS, SERIES } from './series'
import type { Unit } from './units'
import { createWorkspace } from './workspace'
import type { Workspace } from './workspace'

export interface SeriesResult {
  readonly id: string
  readonly unit: Unit
  readonly values: number[]
}

export interface IndicatorResult {
  readonly id: string
  readonly unit: Unit
  readonly value: number
}

/** One deterministic projection, as plain data for the CLI, the API and the UI. */
export interface Projection {
  readonly scenario: string
  readonly baseline: string
  readonly years: number[]
  readonly series: SeriesResult[]
  readonly indicators: IndicatorResult[]
}

/** The horizon's years, and the series rows cut to them. */
export function toProjection(model: CompiledModel, ws: Workspace): Projection {
  const n = model.years
  const first = model.firstOutput
  const years = Array.from({ length: n - first }, (_, i) => model.baseYear + first + i)
  return {
    scenario: model.scenario.name,
    baseline: model.baseline.id,
    years,
    series: SERIES.map((spec, row) => ({
      id: spec.id,
      unit: spec.unit,
      values: Array.from(ws.series.subarray(row * n + first, row * n + n)),
    })),
    indicators: INDICATORS.map((spec, i) => ({
      id: spec.id,
      unit: spec.unit,
      value: ws.indicators[i] as number,
    })),
  }
}

/** Project a scenario with every assumption at its central value. */
export function simulate(scenario: Scenario, baseline: Baseline): Projection {
  const model = compileScenario(scenario, baseline)
  const ws = createWorkspace(model)
  project(model, model.central, ws)
  return toProjection(model, ws)
}

import type { BriefScenarioInput } from '@shared/brief/brief-content'
import { DEFAULT_BASELINE_ID, getBaseline } from '@shared/model/baseline/baselines'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { simulate } from '@shared/model/engine/simulate'
import { scenarioFrom } from '../../helpers/model'

export const baseline = getBaseline(DEFAULT_BASELINE_ID)
export const APP = { version: '9.8.7' }
export const NOW = new Date('2026-03-14T10:30:00Z')

/** A brief input from a preset, changed by `edit`, projected. */
export function briefInput(
  presetId: string,
  edit: (s: Scenario) => void = () => undefined,
  id = presetId,
): BriefScenarioInput {
  const scenario = scenarioFrom(presetId, edit)
  return { id, name: scenario.name, version: 3, scenario, projection: simulate(scenario, baseline) }
}

export function series(input: { projection: BriefScenarioInput['projection'] }, id: string) {
  const found = input.projection.series.find((s) => s.id === id)
  if (!found) throw new Error(`no series ${id}`)
  return found.values
}

export function indicator(input: { projection: BriefScenarioInput['projection'] }, id: string) {
  const found = input.projection.indicators.find((s) => s.id === id)
  if (!found) throw new Error(`no indicator ${id}`)
  return found.value
}

/** The same scenario with every lever off, built independently of the code under test. */
export function leversOff(scenario: Scenario): Scenario {
  const copy = structuredClone(scenario)
  copy.levers.dst.enabled = false
  copy.levers.dataLevy.enabled = false
  copy.levers.platformContribution.enabled = false
  return copy
}

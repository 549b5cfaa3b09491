import type { Baseline } from '../baseline/baseline-schema'
import { defaultCurve } from '../engine/compile'
import { defaultAssumptions } from './default-scenario'
import { SECTOR_IDS } from '../engine/ids'
import type { Scenario, ScenarioInput } from './scenario-schema'

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function defaultSector(baseline: Baseline, id: (typeof SECTOR_IDS)[number]) {
  return { curve: defaultCurve(baseline, id), respondsToCost: true }
}

/**
 * What a workbook stores: the scenario without the assumptions and sectors left at their baseline
 * defaults. Versions stay small (10,000 scenarios × 10 versions must fit in memory), and what the
 * analyst changed is what the stored JSON shows.
 */
export function compactScenario(scenario: Scenario, baseline: Baseline): ScenarioInput {
  const defaults = defaultAssumptions(baseline)
  const assumptions = Object.fromEntries(
    Object.entries(scenario.assumptions).filter(([id, value]) => !sameJson(value, defaults[id])),
  )
  const sectors = Object.fromEntries(
    SECTOR_IDS.flatMap((id) => {
      const settings = scenario.sectors[id]
      return settings && !sameJson(settings, defaultSector(baseline, id)) ? [[id, settings]] : []
    }),
  )
  return { ...scenario, sectors, assumptions }
}

/** The complete scenario back from its compact form: every default written out again. */
export function expandScenario(stored: Scenario, baseline: Baseline): Scenario {
  const sectors = Object.fromEntries(
    SECTOR_IDS.map((id) => [id, stored.sectors[id] ?? defaultSector(baseline, id)]),
  ) as Scenario['sectors']
  return {
    ...stored,
    sectors,
    assumptions: { ...defaultAssumptions(baseline), ...stored.assumptions },
  }
}

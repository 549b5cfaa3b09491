import { scenarioCentral } from '../engine/assumption-values'
import type { Baseline } from '../baseline/baseline-schema'
import { getBaseline } from '../baseline/baselines'
import { defaultCurve } from '../engine/compile'
import { SECTOR_IDS } from '../engine/ids'
import { changeOrder, diffLeaves, scenarioLeaves } from './scenario-diff'
import type { ScenarioChange } from './scenario-diff'
import type { Scenario, SectorSettings } from './scenario-schema'
import type { Unit } from '../engine/units'
import { valueAt } from './value-path'

/** One input on which the compared scenarios do not all agree. */
export interface InputDifference {
  /** 'levers.<lever>.<setting>', 'assumptions.<id>', 'sectors.<id>', 'horizon.end', 'baseline'… */
  path: string
  group: ScenarioChange['group']
  /** The unit of the values, where they have one (none for switches, choices and sectors). */
  unit: Unit | null
  /**
   * One per scenario, reference first: lever values as written, assumptions as central values,
   * sectors as whole settings ({ curve, respondsToCost }) with the baseline's defaults filled in.
   */
  values: unknown[]
}

/**
 * What a scenario puts into the engine, written out in full, so that a default left implicit in
 * one scenario and written in another is not a difference. Names and descriptions are not inputs;
 * assumptions compare by central value, which is what a deterministic projection uses.
 */
function inputsOf(scenario: Scenario, baseline: Baseline): Scenario {
  const ids = new Set([...Object.keys(baseline.assumptions), ...Object.keys(scenario.assumptions)])
  const sectors = Object.fromEntries(
    SECTOR_IDS.map((id): [string, SectorSettings] => {
      const own = scenario.sectors[id]
      return [
        id,
        {
          curve: own?.curve ?? defaultCurve(baseline, id),
          respondsToCost: own?.respondsToCost !== false,
        },
      ]
    }),
  ) as Scenario['sectors']
  return {
    schemaVersion: scenario.schemaVersion,
    name: '',
    horizon: scenario.horizon,
    baseline: scenario.baseline,
    sectors,
    levers: scenario.levers,
    assumptions: Object.fromEntries(
      [...ids].map((id) => [
        id,
        id in baseline.assumptions
          ? scenarioCentral(scenario.assumptions, baseline, id)
          : (scenario.assumptions[id] as number),
      ]),
    ),
  }
}

/** A sector's curve and cost response are shown, and set, as one setting. */
function rowPath(path: string): string {
  const sector = /^sectors\.([^.]+)\./.exec(path)
  return sector ? `sectors.${sector[1]}` : path
}

/**
 * Rows where the scenarios' inputs (reference first) do not all agree: horizon, levers,
 * earmarking, sectors and assumptions, in that order (the order of diffScenarios, which finds
 * them: a path differs among the scenarios exactly when it differs between the reference and at
 * least one other). Units: lever definitions, the baseline's assumptions, years for the horizon.
 */
export function inputDifferences(
  documents: readonly Scenario[],
  baseline: Baseline | undefined = documents[0] && getBaseline(documents[0].baseline),
): InputDifference[] {
  const [first, ...others] = documents
  if (!first || !baseline) return []
  const inputs = documents.map((d) => inputsOf(d, baseline))
  const leaves = inputs.map(scenarioLeaves)
  const reference = leaves[0] as Map<string, unknown>
  const rows = new Map<string, InputDifference>()
  others.forEach((_, k) => {
    for (const change of diffLeaves(reference, leaves[k + 1] as Map<string, unknown>, baseline)) {
      if (change.group === 'scenario' && change.path !== 'baseline') continue
      const path = rowPath(change.path)
      if (rows.has(path)) continue
      const unit = path === change.path ? change.unit : null
      rows.set(path, { path, group: change.group, unit, values: [] })
    }
  })
  const list = [...rows.values()].sort(changeOrder)
  for (const row of list) row.values = inputs.map((i) => valueAt(i, row.path) ?? null)
  return list
}

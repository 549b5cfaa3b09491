import type { Baseline } from '../baseline/baseline-schema'
import { compileScenario, withLevers } from '../engine/compile'
import { measureOffset, readMeasure } from './comparison'
import type { ComparisonMeasure } from './comparison'
import { project } from '../engine/project'
import type { Levers, Scenario } from '../scenario/scenario-schema'
import { actingPlayers, PLAYER_IDS, switchOff } from '../levers/lever-switches'
import type { PlayerId } from '../levers/lever-table'
import { copyDocument } from '../scenario/value-path'
import { shapleyValues } from './shapley'
import { createWorkspace } from '../engine/workspace'

/**
 * The players of an attribution (lever-switches.ts): each lever's switch, and each part with a
 * switch of its own as a player of its own (the DST's upper tier: a separate switch, and a separate
 * proposal, amendment CF906 on top of the 3 % DST). A part only acts with its lever on, so it is a
 * player only when both switches are on.
 */
export const ATTRIBUTABLE_LEVERS = PLAYER_IDS
export type LeverId = PlayerId

export interface Attribution {
  measure: ComparisonMeasure
  /** The measure with none of the scenario's enabled levers. */
  without: number
  /** The measure in the scenario itself. */
  with: number
  /** with − without: what the levers change together. */
  total: number
  /** One per enabled lever, in ATTRIBUTABLE_LEVERS order. Σ shapley = total. */
  shares: Array<{ lever: LeverId; shapley: number; alone: number /* v({i}) − v(∅) */ }>
  /** total − Σ alone: what the levers change together beyond their separate effects. */
  interaction: number
}

/** The scenario's players that act, in ATTRIBUTABLE_LEVERS order. */
export function enabledLevers(levers: Levers): LeverId[] {
  return actingPlayers(levers)
}

/**
 * Exact Shapley values of the measure's change over the scenario's enabled levers (at most 4 → 16
 * projections, each coalition projected once). The scenario is compiled once; coalitions only
 * differ by their lever switches, which the engine reads at each projection, so they share the
 * compiled model and one workspace.
 */
export function attribute(
  scenario: Scenario,
  baseline: Baseline,
  measure: ComparisonMeasure,
): Attribution {
  const model = compileScenario(scenario, baseline)
  const offset = measureOffset(model, measure)
  const ws = createWorkspace(model)
  const players = enabledLevers(scenario.levers)
  const { values, coalitions } = shapleyValues(players.length, (mask) => {
    const levers = copyDocument(scenario.levers)
    players.forEach((id, i) => {
      if ((mask & (1 << i)) === 0) switchOff(levers, id)
    })
    project(withLevers(model, levers), model.central, ws)
    return readMeasure(ws, measure, offset)
  })
  const without = coalitions[0] as number
  const all = coalitions[coalitions.length - 1] as number
  const shares = players.map((lever, i) => ({
    lever,
    shapley: values[i] as number,
    alone: (coalitions[1 << i] as number) - without,
  }))
  const total = all - without
  return {
    measure,
    without,
    with: all,
    total,
    shares,
    interaction: total - shares.reduce((sum, s) => sum + s.alone, 0),
  }
}

import type { Baseline } from '../baseline/baseline-schema'
import { compileScenario } from '../engine/compile'
import { measureOffset, readMeasure } from './comparison'
import type { ComparisonMeasure } from './comparison'
import { project } from '../engine/project'
import type { Levers, Scenario } from '../scenario/scenario-schema'
import { shapleyValues } from './shapley'
import { createWorkspace } from '../engine/workspace'

/**
 * The players of an attribution: each lever's switch, and the DST's upper tier as a player of its
 * own (it is a separate switch, and a separate proposal: amendment CF906 on top of the 3 % DST).
 * The tier only acts with the DST on, so it is a player only when both switches are on.
 */
export const ATTRIBUTABLE_LEVERS = ['dst', 'dstTier', 'dataLevy', 'platformContribution'] as const
export type LeverId = (typeof ATTRIBUTABLE_LEVERS)[number]

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

/** The scenario's levers that are on, in ATTRIBUTABLE_LEVERS order. */
export function enabledLevers(levers: Levers): LeverId[] {
  return ATTRIBUTABLE_LEVERS.filter((id) => {
    if (id === 'dstTier') return levers.dst.enabled && levers.dst.tier.enabled
    return levers[id].enabled
  })
}

/** Turn one lever off in place ("without" a lever: its switch off, every other input unchanged). */
function switchOff(levers: Levers, id: LeverId): void {
  if (id === 'dstTier') levers.dst.tier.enabled = false
  else levers[id].enabled = false
}

function copyLevers(levers: Levers): Levers {
  return {
    dst: { ...levers.dst, tier: { ...levers.dst.tier } },
    dataLevy: { ...levers.dataLevy },
    platformContribution: { ...levers.platformContribution },
    earmarking: { ...levers.earmarking },
  }
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
    const levers = copyLevers(scenario.levers)
    players.forEach((id, i) => {
      if ((mask & (1 << i)) === 0) switchOff(levers, id)
    })
    project({ ...model, levers }, model.central, ws)
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

import { modifiedAssumptionIds } from '../engine/assumption-values'
import type { Baseline } from '../baseline/baseline-schema'
import { withoutLevers } from '../levers/lever-switches'
import type { Scenario } from '../scenario/scenario-schema'

/**
 * The scenarios behind the modified-baseline view, derived from the one being edited. Two
 * questions are kept apart: what the analyst's own assumptions change (default against modified
 * assumptions), and what the policy changes (no levers against the scenario's levers). The
 * scenario itself is the fourth: its levers on its modified assumptions.
 *
 * "Default assumptions" means the baseline's values; the adoption curves and horizon are the
 * scenario's own in every variant, since they are inputs of the scenario rather than assumptions.
 */
export interface ScenarioVariants {
  /** No levers, the baseline's assumptions. */
  readonly defaultBaseline: Scenario
  /** No levers, the scenario's assumptions; null when none is modified (it equals the default one). */
  readonly modifiedBaseline: Scenario | null
  /** The scenario's levers on the baseline's assumptions; null when none is modified. */
  readonly defaultPolicy: Scenario | null
}

// Every lever and part switched off: current law, the one "without the levers" of the app.
export { withoutLevers }

/** The same scenario on the baseline's assumptions: no override at all. */
export function withDefaultAssumptions(scenario: Scenario): Scenario {
  return { ...scenario, assumptions: {} }
}

export function scenarioVariants(scenario: Scenario, baseline: Baseline): ScenarioVariants {
  const modified = modifiedAssumptionIds(scenario.assumptions, baseline).length > 0
  return {
    defaultBaseline: withoutLevers(withDefaultAssumptions(scenario)),
    modifiedBaseline: modified ? withoutLevers(scenario) : null,
    defaultPolicy: modified ? withDefaultAssumptions(scenario) : null,
  }
}

import type { Baseline } from '../baseline/baseline-schema'
import { compileScenario } from '../engine/compile'
import { measureOffset, readMeasure } from './comparison'
import type { ComparisonMeasure } from './comparison'
import { LEVER_DEFINITIONS } from '../levers/lever-definitions'
import type { NumberField } from '../levers/lever-definitions'
import { project } from '../engine/project'
import type { Levers, Scenario } from '../scenario/scenario-schema'
import { seekTarget } from './seek-target'
import type { SeekResult } from './seek-target'
import { createWorkspace } from '../engine/workspace'

export const DEFAULT_RELATIVE_TOLERANCE = 1e-4

export interface GoalSeekRequest {
  scenario: Scenario
  baseline: Baseline
  /** A path of GOAL_SEEK_LEVERS, e.g. 'levers.dst.rate'. */
  lever: string
  measure: ComparisonMeasure
  target: number
  relativeTolerance?: number
}

/**
 * found: the lever value, the measure there, error = achieved − target, |error| ≤ tolerance.
 * unreachable: the lever's range, the closest point found, and the measure's smallest and
 * largest values seen over the range.
 */
export type GoalSeekResult = SeekResult

/**
 * The lever fields a goal-seek may move: number fields that take any value in their range. Start
 * years and phase-ins are whole years (a fractional answer could not be saved), and the tier's
 * worldwide threshold does not enter the engine (its effect is the assumption
 * dst.large_group_share), so none of them is offered.
 */
export const GOAL_SEEK_LEVERS: readonly NumberField[] = LEVER_DEFINITIONS.filter(
  (f): f is NumberField =>
    f.kind === 'number' &&
    f.unit !== 'year' &&
    f.unit !== 'years' &&
    f.path !== 'levers.dst.tier.thresholdBn',
)

function fieldOf(path: string): NumberField {
  const field = GOAL_SEEK_LEVERS.find((f) => f.path === path)
  if (!field)
    throw new RangeError(
      `Goal-seek cannot move ${path}; it can move ${GOAL_SEEK_LEVERS.map((f) => f.path).join(', ')}`,
    )
  return field
}

/** The object holding a lever field, and the field's key in it ('levers.dst.tier.rate' → tier, 'rate'). */
function slot(levers: Levers, path: string): [Record<string, unknown>, string] {
  const keys = path.split('.').slice(1)
  const last = keys.pop() as string
  let holder = levers as unknown as Record<string, unknown>
  for (const key of keys) holder = holder[key] as Record<string, unknown>
  return [holder, last]
}

/**
 * A copy of the levers with the field set, and the switches it needs turned on: its lever's
 * (`levers.<group>.enabled`) and, for the tier's rate, the tier's. Earmarking has no switch.
 */
function leversWith(levers: Levers, path: string, value: number): Levers {
  const copy = JSON.parse(JSON.stringify(levers)) as Levers
  const { group } = fieldOf(path)
  if (group !== 'earmarking') copy[group].enabled = true
  if (path.startsWith('levers.dst.tier.')) copy.dst.tier.enabled = true
  const [holder, key] = slot(copy, path)
  holder[key] = value
  return copy
}

/** The scenario a goal-seek answer describes: the lever at `value`, its switches on, all else kept. */
export function withLeverValue(scenario: Scenario, lever: string, value: number): Scenario {
  return { ...scenario, levers: leversWith(scenario.levers, lever, value) }
}

/**
 * The lever value (others fixed) that brings the measure to the target: see seekTarget for the
 * search (32-interval scan of the lever's range from LEVER_DEFINITIONS, the solution nearest the
 * current value, Brent's method). The tolerance is relativeTolerance × |target|, or, for targets
 * near 0, relativeTolerance × a thousandth of the largest |measure| over the range. The lever's
 * switch is on throughout the search; the scenario is compiled once and every evaluation only
 * rewrites the lever's field before projecting into the same workspace.
 */
export function goalSeek(request: GoalSeekRequest): GoalSeekResult {
  const { scenario, baseline, lever, measure, target } = request
  const relativeTolerance = request.relativeTolerance ?? DEFAULT_RELATIVE_TOLERANCE
  if (!Number.isFinite(target)) throw new RangeError('The target must be a finite number')
  if (!(relativeTolerance > 0 && relativeTolerance < 1))
    throw new RangeError('The relative tolerance must lie between 0 and 1')
  const field = fieldOf(lever)
  const model = compileScenario(scenario, baseline)
  const offset = measureOffset(model, measure)
  const ws = createWorkspace(model)
  const levers = leversWith(scenario.levers, lever, 0)
  const searched = { ...model, levers }
  const [holder, key] = slot(levers, lever)
  const [current] = slot(scenario.levers, lever)
  return seekTarget(
    (x) => {
      holder[key] = x
      project(searched, model.central, ws)
      return readMeasure(ws, measure, offset)
    },
    {
      range: [field.min, field.max],
      target,
      start: current[key] as number,
      relativeTolerance,
    },
  )
}

/**
 * A common request: the lever value at which the ROBSS balance of a given year is back on its
 * current-law path (the lever's yield to the ROBSS offsets the cost of coproduction to it).
 */
export function balanceRestoredGoal(year: number): { measure: ComparisonMeasure; target: number } {
  return { measure: { kind: 'series', id: 'robss_balance_change', year }, target: 0 }
}

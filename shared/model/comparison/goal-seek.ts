import type { Baseline } from '../baseline/baseline-schema'
import { compileScenario, withLevers } from '../engine/compile'
import { measureOffset, readMeasure } from './comparison'
import type { ComparisonMeasure } from './comparison'
import { LEVER_DEFINITIONS } from '../levers/lever-definitions'
import type { NumberField } from '../levers/lever-definitions'
import { project } from '../engine/project'
import type { Levers, Scenario } from '../scenario/scenario-schema'
import { copyDocument, setValueAt, slotAt, valueAt } from '../scenario/value-path'
import { seekTarget } from './seek-target'
import type { SeekResult } from './seek-target'
import { createWorkspace } from '../engine/workspace'
import { finalValue, withFinalValue } from '../levers/schedule'
import type { Scheduled } from '../levers/schedule'

export const DEFAULT_RELATIVE_TOLERANCE = 1e-4

export interface GoalSeekRequest {
  scenario: Scenario
  baseline: Baseline
  /** A path of GOAL_SEEK_LEVERS, e.g. 'levers.<lever>.rate'. */
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
 * years and phase-ins are whole years (a fractional answer could not be saved), and a number the
 * engine does not read (the tier's worldwide threshold, whose effect is an assumption) would
 * change nothing, so none of them is offered.
 */
export const GOAL_SEEK_LEVERS: readonly NumberField[] = LEVER_DEFINITIONS.filter(
  (f): f is NumberField =>
    f.kind === 'number' && f.unit !== 'year' && f.unit !== 'years' && f.entersEngine !== false,
)

function fieldOf(path: string): NumberField {
  const field = GOAL_SEEK_LEVERS.find((f) => f.path === path)
  if (!field)
    throw new RangeError(
      `Goal-seek cannot move ${path}; it can move ${GOAL_SEEK_LEVERS.map((f) => f.path).join(', ')}`,
    )
  return field
}

/**
 * A copy of the levers with the field's final value set, and the switches it needs turned on
 * (lever-definitions: its lever's and, inside a part such as the DST's tier, the part's).
 * Earmarking has no switch. A constant is replaced; a schedule keeps its earlier steps and gets the
 * value as its last step's, the level it settles at: the answer is « the rate to reach from the
 * last step », the path there being the analyst's.
 */
function leversWith(levers: Levers, path: string, value: number): Levers {
  const copy = copyDocument(levers)
  for (const on of fieldOf(path).switches) setValueAt({ levers: copy }, on, true)
  setValueAt({ levers: copy }, path, withFinalValue(valueAt({ levers }, path) as Scheduled, value))
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
 * rewrites the lever's field (its last step, for a schedule), and the years it is read in, before
 * projecting into the same workspace.
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
  const written = valueAt(scenario, lever) as Scheduled
  const levers = leversWith(scenario.levers, lever, 0)
  const { holder, key } = slotAt({ levers }, lever)
  return seekTarget(
    (x) => {
      holder[key] = withFinalValue(written, x)
      project(withLevers(model, levers), model.central, ws)
      return readMeasure(ws, measure, offset)
    },
    {
      range: [field.min, field.max],
      target,
      start: finalValue(written),
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

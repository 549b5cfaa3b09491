import type { LevierCommand } from './levier-args'
import { TARGET_PATTERN } from './levier-args'
import { measureUnit } from '@shared/model/comparison/comparison'
import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import { GOAL_SEEK_LEVERS, goalSeek } from '@shared/model/comparison/goal-seek'
import { GLOBAL_SERIES, INDICATORS } from '@shared/model/engine/series'
import type { GlobalSeriesId, IndicatorId } from '@shared/model/engine/series'
import { MODEL_VERSION } from '@shared/model/engine/version'
import type { CliIo } from './cli-io'
import { InvalidInput } from './cli-io'
import { readScenario } from './scenario-files'
import { fieldScheduleText } from '@shared/format/schedule-text'
import { formatValue } from '@shared/format/format-value'
import { stepsOf, withFinalValue } from '@shared/model/levers/schedule'
import type { Scheduled } from '@shared/model/levers/schedule'
import { valueAt, withValueAt } from '@shared/model/scenario/value-path'

type SeekCommand = Extract<LevierCommand, { command: 'seek' }>

/**
 * `--target`: a headline indicator (no year: it already says which years it covers), or a series
 * of the model in one year of the scenario's horizon; the value in the measure's own unit.
 */
export function parseTarget(
  text: string,
  horizon: { start: number; end: number },
): { measure: ComparisonMeasure; target: number } {
  const [, id = '', value = '', year] = TARGET_PATTERN.exec(text) ?? []
  const target = Number(value)
  if (value.trim() === '' || !Number.isFinite(target))
    throw new InvalidInput([`--target: ${JSON.stringify(value)} is not a number`])
  if (INDICATORS.some((i) => i.id === id)) {
    if (year !== undefined)
      throw new InvalidInput([`--target: ${id} is a headline indicator; it takes no @YEAR`])
    return { measure: { kind: 'indicator', id: id as IndicatorId }, target }
  }
  if (!GLOBAL_SERIES.some((s) => s.id === id))
    throw new InvalidInput([
      `--target: unknown indicator ${JSON.stringify(id)} (see the indicators of levier simulate, or a series with @YEAR)`,
    ])
  if (year === undefined) throw new InvalidInput([`--target: the series ${id} needs @YEAR`])
  const y = Number(year)
  if (!Number.isInteger(y) || y < horizon.start || y > horizon.end)
    throw new InvalidInput([
      `--target: the year ${JSON.stringify(year)} is not a year of the scenario's horizon ${horizon.start}–${horizon.end}`,
    ])
  return { measure: { kind: 'series', id: id as GlobalSeriesId, year: y }, target }
}

const named = (m: ComparisonMeasure) => (m.kind === 'indicator' ? m.id : `${m.id} in ${m.year}`)

/**
 * `levier seek`: the interface's goal-seek on a scenario file. Found: the lever value and what
 * the indicator reaches there. Out of reach: the lever's range, what the indicator spans over it
 * and the closest point, on standard output, and one line on standard error with exit code 2.
 */
export async function seekCommand(
  io: CliIo,
  c: SeekCommand,
  emit: (text: string) => void,
): Promise<void> {
  const { scenario, baseline } = await readScenario(io, c.file)
  const field = GOAL_SEEK_LEVERS.find((f) => f.path === c.lever)
  if (!field)
    throw new InvalidInput([
      `--lever: goal-seek cannot move ${JSON.stringify(c.lever)}; it can move ${GOAL_SEEK_LEVERS.map((f) => f.path).join(', ')}`,
    ])
  const { measure, target } = parseTarget(c.target, scenario.horizon)
  const result = goalSeek({ scenario, baseline, lever: c.lever, measure, target })
  const unit = measureUnit(measure)
  if (c.format === 'json') {
    emit(
      `${JSON.stringify({ modelVersion: MODEL_VERSION, lever: c.lever, leverUnit: field.unit, measure, unit, target, ...result }, null, 2)}\n`,
    )
  } else if (result.status === 'found') {
    // A schedule keeps its earlier steps: say which step moved, and the schedule it makes.
    const written = valueAt(scenario, c.lever) as Scheduled
    const steps = stepsOf(written)
    const last = steps[steps.length - 1]
    const answer = withValueAt(scenario, c.lever, withFinalValue(written, result.value))
    const schedule = last
      ? [
          `${c.lever} follows a schedule: its last step (${last.year}) moved, the earlier ones kept`,
          `${c.lever}: ${fieldScheduleText(c.lever, valueAt(answer, c.lever) as Scheduled, (v) => formatValue(v, field.unit, 'en'), 'en')}`,
        ]
      : []
    emit(
      [
        ...schedule,
        `${c.lever} = ${result.value} (${field.unit})`,
        `${named(measure)} = ${result.achieved} (${unit}; target ${target}, within ${result.tolerance})`,
      ].join('\n') + '\n',
    )
  } else {
    emit(
      [
        `${c.lever}: no value in its range [${result.range.join(', ')}] brings ${named(measure)} to ${target}`,
        `${named(measure)} spans ${result.reachable[0]} to ${result.reachable[1]} (${unit}) over the range`,
        `closest: ${c.lever} = ${result.closest.value} gives ${result.closest.achieved}`,
      ].join('\n') + '\n',
    )
  }
  if (result.status === 'unreachable')
    throw new InvalidInput([
      `the target ${named(measure)} = ${target} cannot be reached by moving ${c.lever} within [${result.range.join(', ')}]`,
    ])
}

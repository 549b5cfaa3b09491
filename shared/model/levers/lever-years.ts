import type { Part, Settings } from './lever-kinds'
import { EARMARKING, LEVERS } from './lever-table'
import type { LeverValues, Levers } from './lever-table'
import { isSchedule, takesSchedule, valueInYear } from './schedule'
import type { Scheduled } from './schedule'

type Values = Record<string, unknown>

function settingsInYear(settings: Settings, values: Values, year: number): Values {
  const out: Values = { ...values }
  for (const [key, setting] of Object.entries(settings)) {
    if (setting.kind === 'part')
      out[key] = settingsInYear((setting as Part).settings, values[key] as Values, year)
    else if (setting.kind === 'number' && takesSchedule(setting))
      out[key] = valueInYear(values[key] as Scheduled, year)
  }
  return out
}

/**
 * The levers as they stand in `year`: every schedule of the lever table's settings and of the
 * earmarking read at that year, everything else as written. The engine compiles one per
 * simulated year, so its equations read plain numbers as they did before schedules.
 */
export function leversInYear(levers: Levers, year: number): LeverValues {
  const out: Values = {}
  for (const lever of LEVERS)
    out[lever.id] = settingsInYear(lever.settings, levers[lever.id] as Values, year)
  out[EARMARKING] = Object.fromEntries(
    LEVERS.map((lever) => [lever.id, valueInYear(levers.earmarking[lever.id], year)]),
  )
  return out as LeverValues
}

/** Every year at which a schedule anywhere in `value` takes a new value, added to `into`. */
function stepYears(value: unknown, into: Set<number>): Set<number> {
  if (isSchedule(value)) for (const step of value.steps) into.add(step.year)
  else if (value !== null && typeof value === 'object')
    for (const inner of Object.values(value)) stepYears(inner, into)
  return into
}

/**
 * `leversInYear` for `years` years from `firstYear`. A schedule changes only in its steps' years,
 * so a year without a step holds the levers of the year before: the same object, not a new copy
 * (a copy a year took a quarter of compiling a scenario, which each live projection does).
 */
export function leversByYear(levers: Levers, firstYear: number, years: number): LeverValues[] {
  const changes = stepYears(levers, new Set())
  const out: LeverValues[] = []
  for (let i = 0; i < years; i++) {
    const previous = out[i - 1]
    const year = firstYear + i
    out.push(previous && !changes.has(year) ? previous : leversInYear(levers, year))
  }
  return out
}

/** A lever's timing, and any of its settings (which may hold schedules, in parts too). */
export interface LeverTiming {
  readonly enabled: boolean
  readonly startYear: number
  readonly phaseInYears: number
}

/**
 * The first year a lever switched on stands at its final settings: phased in, and past the last
 * step of any of its schedules (the "full phase-in" indicators are read then).
 */
export function leverSettledYear(lever: LeverTiming): number {
  return Math.max(
    lever.startYear + Math.max(0, lever.phaseInYears - 1),
    ...stepYears(lever, new Set()),
  )
}

import { z } from 'zod'
import { bounded, boundedInt, MAX_YEAR, MIN_YEAR } from '../scenario/bounds'

/**
 * A lever setting or an earmarking share by year. A plain number holds for every year; a schedule
 * is a value and steps: `{ value: 0.03, steps: [{ year: 2027, value: 0.04 }, { year: 2029,
 * value: 0.06 }] }` is « 3 % puis 4 % en 2027 puis 6 % en 2029 ». Each step's value holds from its
 * year until the next step's; `value` holds before the first step. Years strictly increase.
 *
 * What a value means before its lever's reform acts is not the schedule's business: a setting only
 * acts from its lever's start year (current law before it, the DST at its 3 % — see
 * lever-revenue.ts), and an earmarking share only divides the increment over current law, which is
 * zero before the reform starts. So « 100 % dès 2026 » is `{ value: 0, steps: [{ year: 2026,
 * value: 1 }] }`: the State keeps the increment until 2026.
 */
export interface ScheduleStep {
  year: number
  value: number
}
export interface Schedule {
  value: number
  steps: ScheduleStep[]
}
export type Scheduled = number | Schedule

/**
 * Whether a number setting may hold a schedule: any number the engine reads, but a lever's start
 * year and phase-in (one value for the horizon) and a number the engine ignores.
 */
export function takesSchedule(setting: {
  readonly schedulable?: boolean
  readonly entersEngine?: boolean
}): boolean {
  return setting.schedulable !== false && setting.entersEngine !== false
}

export function isSchedule(value: unknown): value is Schedule {
  return value !== null && typeof value === 'object' && 'steps' in value
}

/** The value in force in `year`: the last step at or before it, else the value before the steps. */
export function valueInYear(scheduled: Scheduled, year: number): number {
  if (!isSchedule(scheduled)) return scheduled
  let value = scheduled.value
  for (const step of scheduled.steps) {
    if (step.year > year) break
    value = step.value
  }
  return value
}

/** The value the schedule ends on, which holds for good: its last step's, or the constant. */
export function finalValue(scheduled: Scheduled): number {
  if (!isSchedule(scheduled)) return scheduled
  return scheduled.steps[scheduled.steps.length - 1]?.value ?? scheduled.value
}

/** The same schedule ending on `value` (its last step, or the constant, replaced). */
export function withFinalValue(scheduled: Scheduled, value: number): Scheduled {
  if (!isSchedule(scheduled) || scheduled.steps.length === 0) return value
  const steps = scheduled.steps.map((step) => ({ ...step }))
  ;(steps[steps.length - 1] as ScheduleStep).value = value
  return { value: scheduled.value, steps }
}

/** The value before the steps (the constant, for a plain number): what the panel's slider moves. */
export function initialValue(scheduled: Scheduled): number {
  return isSchedule(scheduled) ? scheduled.value : scheduled
}

/** The steps of a value, none for a constant. */
export function stepsOf(scheduled: Scheduled): readonly ScheduleStep[] {
  return isSchedule(scheduled) ? scheduled.steps : []
}

/** A value with these steps: a plain number when there are none, so a constant stays a number. */
export function scheduled(value: number, steps: readonly ScheduleStep[]): Scheduled {
  if (steps.length === 0) return value
  return { value, steps: [...steps].sort((a, b) => a.year - b.year) }
}

/**
 * Where « ajouter une étape » puts a step: the year after the last step (or `from`, the lever's
 * start, when there is none), keeping the value in force there; null when no year is left.
 */
export function nextStep(value: Scheduled, from: number): ScheduleStep | null {
  const steps = stepsOf(value)
  const last = steps[steps.length - 1]
  const year = last ? last.year + 1 : Math.max(MIN_YEAR, from)
  if (year > MAX_YEAR) return null
  return { year, value: valueInYear(value, year) }
}

/**
 * The schema of a value within [min, max]: a number, or a schedule whose steps lie within the
 * years a scenario may name and strictly increase, each value within the same range.
 */
export function scheduledSchema(min: number, max: number): z.ZodType<Scheduled> {
  const value = bounded(min, max)
  const schedule = z.strictObject({
    value,
    steps: z
      .array(z.strictObject({ year: boundedInt(MIN_YEAR, MAX_YEAR), value }))
      .min(1, 'a schedule needs at least one step; a single value is written as a number')
      .refine(
        (steps) => steps.every((s, i) => i === 0 || s.year > (steps[i - 1] as ScheduleStep).year),
        { message: 'the steps’ years must strictly increase, one step per year' },
      ),
  })
  // Said when the value is neither (a text, say); a number out of range or a bad step gets the
  // message of its own rule.
  return z.union([value, schedule], {
    error: `must be a number between ${min} and ${max}, or a schedule { value, steps: [{ year, value }] }`,
  }) as z.ZodType<Scheduled>
}

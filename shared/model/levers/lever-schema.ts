import { z } from 'zod'
import { bounded, boundedInt } from '../scenario/bounds'
import { earmark } from './lever-builders'
import type { Part, Setting, Settings } from './lever-kinds'
import { EARMARKING, LEVERS } from './lever-table'
import { scheduledSchema, takesSchedule } from './schedule'
import type { Levers } from './lever-table'

/**
 * The `levers` part of the scenario schema, built from the lever table, so the panel's sliders,
 * validation and goal-seek can never disagree on what a field may hold: a number takes its range
 * (whole numbers for years), or a schedule by year within it (schedule.ts), a switch a boolean, a choice one of its options, a part its own
 * settings. Objects are strict, as everywhere in the scenario format.
 */
function settingSchema(setting: Setting): z.ZodType {
  switch (setting.kind) {
    case 'number':
      if (takesSchedule(setting)) return scheduledSchema(setting.min, setting.max)
      return setting.unit === 'year' || setting.unit === 'years'
        ? boundedInt(setting.min, setting.max)
        : bounded(setting.min, setting.max)
    case 'switch':
      return z.boolean()
    case 'choice':
      return z.enum(setting.options.map((o) => o.value) as [string, ...string[]])
  }
}

function settingsSchema(settings: Settings): z.ZodType {
  return z.strictObject(
    Object.fromEntries(
      Object.entries(settings).map(([key, setting]) => [
        key,
        setting.kind === 'part'
          ? settingsSchema((setting as Part).settings)
          : settingSchema(setting),
      ]),
    ),
  )
}

/** Typed from the table (lever-table.ts), which the schema is built from at run time. */
export const leversSchema = z.strictObject({
  ...Object.fromEntries(LEVERS.map((lever) => [lever.id, settingsSchema(lever.settings)])),
  [EARMARKING]: z.strictObject(
    Object.fromEntries(LEVERS.map((lever) => [lever.id, settingSchema(earmark(lever.name))])),
  ),
}) as unknown as z.ZodType<Levers, Levers>

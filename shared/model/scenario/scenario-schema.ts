import { z } from 'zod'
import { distributionSchema } from '../uncertainty/distributions'
import { bounded, boundedInt, MAX_YEAR, MIN_YEAR } from './bounds'
import { SECTOR_IDS } from '../engine/ids'
import { leversSchema } from '../levers/lever-schema'
import type { Levers } from '../levers/lever-table'

/** The scenario file: the exchange format, and what workbooks store. docs/scenario.schema.json. */
export const SCENARIO_SCHEMA_VERSION = 4
export { MAX_YEAR, MIN_YEAR }

const year = boundedInt(MIN_YEAR, MAX_YEAR)
const share = bounded(0, 1)

export const curveSchema = z.discriminatedUnion('type', [
  z
    .strictObject({
      type: z.literal('bass'),
      p: bounded(0, 1),
      q: bounded(0, 2),
      ceiling: share,
      start: share,
    })
    .refine((c) => c.start <= c.ceiling, {
      message: 'start must not exceed the ceiling',
      path: ['start'],
    }),
  z.strictObject({
    type: z.literal('logistic'),
    midpoint: boundedInt(1990, 2100),
    steepness: bounded(0.01, 5),
    ceiling: share,
  }),
  z
    .strictObject({
      type: z.literal('drawn'),
      points: z
        .array(z.strictObject({ year: boundedInt(1990, 2100), value: share }))
        .min(1)
        .max(200),
    })
    .refine(
      (c) =>
        c.points.every((p, i) => i === 0 || p.year > (c.points[i - 1] as { year: number }).year),
      {
        message: 'points must be in increasing year order, one per year',
        path: ['points'],
      },
    ),
])
export type Curve = z.infer<typeof curveSchema>

export const sectorSettingsSchema = z.strictObject({
  curve: curveSchema,
  /** Whether adoption slows when levers raise the cost of the self-service channel (α). */
  respondsToCost: z.boolean().default(true),
})
export type SectorSettings = z.infer<typeof sectorSettingsSchema>

/**
 * The levers: built from the lever table (shared/model/levers). A lever switched off is current law
 * (for the DST: 3 % on groups above €750 m of worldwide revenue); switched on, it replaces current
 * law from its start year, over its phase-in.
 */
export { leversSchema }
export type { Levers }

export const assumptionValueSchema = z.union([z.number().finite(), distributionSchema])
export type AssumptionValue = z.infer<typeof assumptionValueSchema>

export const scenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    description: z.string().max(20_000).optional(),
    horizon: z.strictObject({ start: year, end: year }),
    baseline: z.string().min(1),
    sectors: z.strictObject(
      Object.fromEntries(SECTOR_IDS.map((id) => [id, sectorSettingsSchema.optional()])) as {
        [K in (typeof SECTOR_IDS)[number]]: z.ZodOptional<typeof sectorSettingsSchema>
      },
    ),
    levers: leversSchema,
    assumptions: z.record(z.string().max(100), assumptionValueSchema),
  })
  .refine((s) => s.horizon.start <= s.horizon.end, {
    message: 'the horizon must start no later than it ends',
    path: ['horizon', 'end'],
  })
export type Scenario = z.infer<typeof scenarioSchema>
export type ScenarioInput = z.input<typeof scenarioSchema>

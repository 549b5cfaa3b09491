import { z } from 'zod'
import { distributionSchema } from '../uncertainty/distributions'
import { bounded, boundedInt } from './bounds'
import { SECTOR_IDS } from '../engine/ids'
import { LEVER_DEFINITIONS } from '../levers/lever-definitions'

/** The scenario file: the exchange format, and what workbooks store. docs/scenario.schema.json. */
export const SCENARIO_SCHEMA_VERSION = 2
export const MIN_YEAR = 2019
export const MAX_YEAR = 2060

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
 * A lever field's schema, with the range of the one definition table (lever-definitions.ts), so
 * the panel's sliders, validation and goal-seek can never disagree on what a field may hold.
 */
function leverNumber(path: string) {
  const field = LEVER_DEFINITIONS.find((f) => f.path === path)
  if (!field || field.kind !== 'number') throw new Error(`No numeric lever field ${path}`)
  return field.unit === 'year' || field.unit === 'years'
    ? boundedInt(field.min, field.max)
    : bounded(field.min, field.max)
}

const timing = (lever: 'dst' | 'dataLevy' | 'platformContribution') => ({
  enabled: z.boolean(),
  startYear: leverNumber(`levers.${lever}.startYear`),
  phaseInYears: leverNumber(`levers.${lever}.phaseInYears`),
})

/**
 * A lever switched off is current law (for the DST: 3 % on groups above €750 m of worldwide
 * revenue); switched on, it replaces current law from its start year, over its phase-in.
 */
export const dstSchema = z.strictObject({
  ...timing('dst'),
  rate: leverNumber('levers.dst.rate'),
  /** Worldwide revenue above which groups pay: €750 m (current law) or €2 bn (vote of Oct 2025). */
  worldwideThreshold: z.enum(['750m', '2bn']),
  tier: z.strictObject({
    enabled: z.boolean(),
    rate: leverNumber('levers.dst.tier.rate'),
    /** Worldwide revenue above which the tier applies (€ bn); its share of the base is an assumption. */
    thresholdBn: leverNumber('levers.dst.tier.thresholdBn'),
  }),
})

export const dataLevySchema = z.strictObject({
  ...timing('dataLevy'),
  mode: z.enum(['perUser', 'perVolume']),
  ratePerUser: leverNumber('levers.dataLevy.ratePerUser'),
  /** Average tariff modulation for good data practices (Colin & Collin): 1 = full tariff. */
  modulation: leverNumber('levers.dataLevy.modulation'),
  ratePerGb: leverNumber('levers.dataLevy.ratePerGb'),
})

export const platformContributionSchema = z.strictObject({
  ...timing('platformContribution'),
  rate: leverNumber('levers.platformContribution.rate'),
  base: z.enum(['gmv', 'commission', 'profit']),
  requalificationShare: leverNumber('levers.platformContribution.requalificationShare'),
})

export const earmarkingSchema = z.strictObject({
  dst: leverNumber('levers.earmarking.dst'),
  dataLevy: leverNumber('levers.earmarking.dataLevy'),
  platformContribution: leverNumber('levers.earmarking.platformContribution'),
})

export const leversSchema = z.strictObject({
  dst: dstSchema,
  dataLevy: dataLevySchema,
  platformContribution: platformContributionSchema,
  earmarking: earmarkingSchema,
})
export type Levers = z.infer<typeof leversSchema>

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

import { z } from 'zod'
import { SECTOR_IDS } from '../engine/ids'
import { UNIT_IDS } from '../engine/units'

/**
 * The baseline file (resources/baselines/*.json): every figure with its source, year and grade.
 * Grades: O official, P press quoting an official figure, S secondary, derived (computed from
 * sourced figures), assumption (no source: shown to users as an editable assumption), unverified.
 */
export const GRADES = ['O', 'P', 'S', 'derived', 'assumption', 'unverified'] as const
export type Grade = (typeof GRADES)[number]

const localized = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) })
const year = z.number().int().min(1990).max(2100)

const sourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.string().url(),
  grade: z.enum(['O', 'P', 'S']),
})

export const baselineAssumptionSchema = z
  .strictObject({
    value: z.number().finite(),
    unit: z.enum(UNIT_IDS),
    label: localized,
    source: z.string().nullable(),
    year,
    grade: z.enum(GRADES),
    range: z.tuple([z.number().finite(), z.number().finite()]).optional(),
    note: z.string().optional(),
  })
  .refine((a) => !a.range || (a.range[0] <= a.value && a.value <= a.range[1]), {
    message: 'the default value must lie within its range',
  })
  .refine((a) => a.source !== null || a.grade === 'assumption' || a.grade === 'unverified', {
    message: 'a figure without a source must be graded assumption or unverified',
  })
export type BaselineAssumption = z.infer<typeof baselineAssumptionSchema>

const sectorSchema = z.strictObject({
  label: localized,
  curveDefaults: z.strictObject({
    adoption2024: z.number().min(0).max(1),
    ceiling: z.number().min(0).max(1),
    bassP: z.number().min(0).max(1),
    bassQ: z.number().min(0).max(2),
    source: z.string().nullable(),
    year,
    grade: z.enum(GRADES),
    note: z.string().optional(),
  }),
  levyExposure: z.strictObject({
    dst: z.number().min(0).max(1),
    platform: z.number().min(0).max(1),
  }),
  observedAdoption: z.array(z.strictObject({ year, value: z.number().min(0).max(1) })),
})

const tableSchema = z
  .strictObject({
    source: z.string(),
    grade: z.enum(GRADES),
    years: z.array(year).min(1),
    receipts: z.array(z.number().finite()),
    spending: z.array(z.number().finite()),
    note: z.string().optional(),
    /**
     * Amounts in the table's last year that will not recur (a State levy on Unédic's receipts,
     * say): the growth rules extend the table from its last year without them.
     */
    lastYearOneOff: z
      .strictObject({
        receipts: z.number().finite(),
        spending: z.number().finite(),
        note: z.string(),
      })
      .optional(),
  })
  .refine((t) => t.receipts.length === t.years.length && t.spending.length === t.years.length, {
    message: 'receipts and spending must have one value per year',
  })
  .refine((t) => t.years.every((y, i) => i === 0 || y === (t.years[i - 1] as number) + 1), {
    message: 'years must be consecutive',
  })

export const baselineSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    vintage: z.string(),
    label: localized,
    baseYear: year,
    maxYear: year,
    sources: z.record(z.string(), sourceSchema),
    assumptions: z.record(z.string(), baselineAssumptionSchema),
    sectors: z.strictObject(
      Object.fromEntries(SECTOR_IDS.map((id) => [id, sectorSchema])) as {
        [K in (typeof SECTOR_IDS)[number]]: typeof sectorSchema
      },
    ),
    robss: tableSchema,
    unedic: tableSchema,
    dstYields: z.strictObject({
      source: z.string(),
      points: z.array(
        z.strictObject({
          year,
          value: z.number().finite(),
          status: z.enum(['actual', 'forecast']),
          source: z.string(),
          note: z.string().optional(),
        }),
      ),
    }),
  })
  .superRefine((b, ctx) => {
    // Every source cited anywhere must be listed, so every figure can be traced.
    const cited = [
      ...Object.values(b.assumptions).map((a) => a.source),
      ...Object.values(b.sectors).map((s) => s.curveDefaults.source),
      b.robss.source,
      b.unedic.source,
      b.dstYields.source,
      ...b.dstYields.points.map((p) => p.source),
    ]
    for (const id of cited) {
      if (id !== null && !(id in b.sources))
        ctx.addIssue({ code: 'custom', message: `unknown source: ${id}` })
    }
    if (b.robss.years[0] !== b.baseYear || b.unedic.years[0] !== b.baseYear) {
      ctx.addIssue({ code: 'custom', message: 'financing tables must start in the base year' })
    }
  })
export type Baseline = z.infer<typeof baselineSchema>

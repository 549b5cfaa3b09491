import { z } from 'zod'

/**
 * Named comparisons kept in a workbook: 2 to 6 scenarios set against a reference (a preset's
 * counterfactual or a workbook scenario), with the view's settings. These schemas check shapes;
 * the workbook checks the rest (distinct ids, scenarios that exist, settings size) when saving.
 */

export const COMPARISON_MIN_SCENARIOS = 2
export const COMPARISON_MAX_SCENARIOS = 6
/** Settings hold choices (a measure, a year, a tab), not data: a small JSON object. */
export const COMPARISON_SETTINGS_MAX_BYTES = 16 * 1024
export const COMPARISON_REFERENCE_PRESETS = ['no-lever', 'current-law'] as const

const scenarioId = z.string().min(1).max(100)

export const comparisonReferenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('preset'), preset: z.enum(COMPARISON_REFERENCE_PRESETS) }),
  z.strictObject({ kind: z.literal('scenario'), id: scenarioId }),
])
export type ComparisonReference = z.infer<typeof comparisonReferenceSchema>

export const comparisonSettingsSchema = z.record(z.string().max(100), z.unknown())
export type ComparisonSettings = z.infer<typeof comparisonSettingsSchema>

const comparisonFields = {
  name: z.string().trim().min(1, 'must not be empty').max(200),
  reference: comparisonReferenceSchema,
  scenarioIds: z.array(scenarioId).min(COMPARISON_MIN_SCENARIOS).max(COMPARISON_MAX_SCENARIOS),
  /** What the view shows, kept with the comparison: the chosen measure, year, tab… */
  settings: comparisonSettingsSchema,
}

/** A comparison as stored and answered. */
export const comparisonSchema = z.strictObject({
  id: z.string(),
  ...comparisonFields,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Comparison = z.infer<typeof comparisonSchema>

/** What `saveComparison` takes: without `id` it creates a comparison, with one it replaces it. */
export const comparisonDraftSchema = z.strictObject({
  id: z.string().min(1).max(100).optional(),
  ...comparisonFields,
})
export type ComparisonDraft = z.infer<typeof comparisonDraftSchema>

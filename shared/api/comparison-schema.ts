import { z } from 'zod'

/**
 * Named comparisons kept in a workbook: 2 to 6 scenarios set against a reference (current law or
 * a workbook scenario), with the view's settings. These schemas check shapes;
 * the workbook checks the rest (distinct ids, scenarios that exist, settings size) when saving.
 */

export const COMPARISON_MIN_SCENARIOS = 2
export const COMPARISON_MAX_SCENARIOS = 6
/** Settings hold choices (a measure, a year, a tab), not data: a small JSON object. */
export const COMPARISON_SETTINGS_MAX_BYTES = 16 * 1024
/** The presets a comparison may be set against: current law (every lever not reformed). */
export const COMPARISON_REFERENCE_PRESETS = ['current-law'] as const
/**
 * Presets of model 1 that stored comparisons may still name, and what they are read as: model 1's
 * "no lever" counterfactual is current law in model 2 (a lever switched off means current law).
 */
export const LEGACY_REFERENCE_PRESETS = { 'no-lever': 'current-law' } as const
const LEGACY_PRESET_IDS = ['no-lever'] as const

const scenarioId = z.string().min(1).max(100)

const referencePreset = z
  .enum([...COMPARISON_REFERENCE_PRESETS, ...LEGACY_PRESET_IDS])
  .transform((preset): (typeof COMPARISON_REFERENCE_PRESETS)[number] =>
    preset === 'no-lever' ? LEGACY_REFERENCE_PRESETS[preset] : preset,
  )

export const comparisonReferenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('preset'), preset: referencePreset }),
  z.strictObject({ kind: z.literal('scenario'), id: scenarioId }),
])
export type ComparisonReference = z.infer<typeof comparisonReferenceSchema>
/** A reference as a request may still give it: 'no-lever' is accepted and read as current law. */
export type ComparisonReferenceInput = z.input<typeof comparisonReferenceSchema>

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

import type { ComparisonReferenceInput } from '@shared/api/comparison-schema'

// Shared with the command line (levier compare, levier brief), which builds the same reference.
export { presetLabel, presetReference } from '@shared/model/scenario/preset-reference'
export type { ComparisonPreset } from '@shared/model/scenario/preset-reference'

/**
 * A reference as the view holds it: a draft may still say 'no-lever' (comparisons made under
 * model 1, or a draft started before the upgrade); it is read as current law.
 */
export type ComparisonReference = ComparisonReferenceInput

import type { Language } from '@shared/app-identity'
import { defaultScenario } from '@shared/model/default-scenario'
import { findPreset } from '@shared/model/presets'
import type { Scenario } from '@shared/model/scenario-schema'

import type { ComparisonReferenceInput } from '@shared/api/comparison-schema'

/**
 * A reference as the view holds it: a draft may still say 'no-lever' (comparisons made under
 * model 1, or a draft started before the upgrade); it is read as current law.
 */
export type ComparisonReference = ComparisonReferenceInput

/**
 * A preset reference: current law. 'no-lever' is what comparisons stored under model 1 say; it is
 * read as current law (the schema maps it when a comparison is read, this covers in-memory ones).
 */
export type ComparisonPreset = 'current-law' | 'no-lever'

function asCurrentLaw(preset: ComparisonPreset): 'current-law' {
  return preset === 'no-lever' ? 'current-law' : preset
}

/**
 * A preset reference as a scenario comparable with `like`: the preset's levers and assumptions,
 * on the same baseline and horizon as the first compared scenario, so deltas are not the effect
 * of a longer or shorter horizon.
 */
export function presetReference(preset: ComparisonPreset, like: Scenario | undefined): Scenario {
  const document = defaultScenario(asCurrentLaw(preset), like?.baseline)
  return like ? { ...document, horizon: { ...like.horizon } } : document
}

export function presetLabel(preset: ComparisonPreset, language: Language): string {
  return findPreset(asCurrentLaw(preset))?.label[language] ?? preset
}

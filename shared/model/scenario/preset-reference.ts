import type { Language } from '../../app-identity'
import { defaultScenario } from './default-scenario'
import { findPreset } from './presets'
import type { Scenario } from './scenario-schema'

/**
 * A preset reference: current law. 'no-lever' is what comparisons stored under model 1 say; it is
 * read as current law (the schema maps it when a comparison is read, this covers in-memory ones).
 */
export type ComparisonPreset = 'current-law' | 'no-lever'

export function asCurrentLaw(preset: ComparisonPreset): 'current-law' {
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

import type { Language } from '@shared/app-identity'
import { defaultScenario } from '@shared/model/default-scenario'
import { findPreset } from '@shared/model/presets'
import type { Scenario } from '@shared/model/scenario-schema'

export type { ComparisonReference } from '@shared/api/comparison-schema'

/**
 * A preset reference as a scenario comparable with `like`: the preset's levers and assumptions,
 * on the same baseline and horizon as the first compared scenario, so deltas are not the effect
 * of a longer or shorter horizon.
 */
export function presetReference(
  preset: 'no-lever' | 'current-law',
  like: Scenario | undefined,
): Scenario {
  const document = defaultScenario(preset, like?.baseline)
  return like ? { ...document, horizon: { ...like.horizon } } : document
}

export function presetLabel(preset: 'no-lever' | 'current-law', language: Language): string {
  return findPreset(preset)?.label[language] ?? preset
}

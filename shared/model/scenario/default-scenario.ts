import { DEFAULT_LANGUAGE } from '../../app-identity'
import { defaultAssumptionValue } from '../engine/assumption-values'
import type { Baseline } from '../baseline/baseline-schema'
import { getBaseline, DEFAULT_BASELINE_ID } from '../baseline/baselines'
import { defaultCurve } from '../engine/compile'
import { SECTOR_IDS } from '../engine/ids'
import { DEFAULT_LEVERS, DEFAULT_PRESET_ID, findPreset, PRESETS } from './presets'
import type { AssumptionValue, Levers, Scenario } from './scenario-schema'
import { SCENARIO_SCHEMA_VERSION } from './scenario-schema'

export const DEFAULT_HORIZON_END = 2040

/**
 * Every assumption of the baseline, written out: those with a plausible range as a triangular
 * distribution around the default (so Monte Carlo and tornado have something to vary), the others
 * as plain values.
 */
export function defaultAssumptions(baseline: Baseline): Record<string, AssumptionValue> {
  return Object.fromEntries(
    Object.keys(baseline.assumptions)
      .sort()
      .map((id) => [id, defaultAssumptionValue(baseline, id)]),
  )
}

/** A complete scenario from a preset (current law by default), ready to edit or simulate. */
export function defaultScenario(
  presetId: string = DEFAULT_PRESET_ID,
  baselineId: string = DEFAULT_BASELINE_ID,
): Scenario {
  const preset = findPreset(presetId)
  if (!preset)
    throw new Error(`Unknown preset: ${presetId} (known: ${PRESETS.map((p) => p.id).join(', ')})`)
  const baseline = getBaseline(baselineId)
  return {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    // A new scenario's name and note are data of the file, written in the default language.
    name: preset.label[DEFAULT_LANGUAGE],
    description: preset.note[DEFAULT_LANGUAGE],
    horizon: { start: baseline.baseYear, end: DEFAULT_HORIZON_END },
    baseline: baseline.id,
    sectors: Object.fromEntries(
      SECTOR_IDS.map((id) => [id, { curve: defaultCurve(baseline, id), respondsToCost: true }]),
    ) as Scenario['sectors'],
    levers: preset.levers(JSON.parse(JSON.stringify(DEFAULT_LEVERS)) as Levers),
    assumptions: defaultAssumptions(baseline),
  }
}

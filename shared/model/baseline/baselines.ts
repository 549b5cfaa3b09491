import frBaseline2024 from '../../../resources/baselines/fr-2024.json'
import frBaseline2025 from '../../../resources/baselines/fr-2025.json'
import { baselineSchema } from './baseline-schema'
import type { Baseline } from './baseline-schema'

/** Baselines shipped with the app, validated once when first asked for. */
const RAW: Readonly<Record<string, unknown>> = {
  'fr-2024': frBaseline2024,
  'fr-2025': frBaseline2025,
}
const cache = new Map<string, Baseline>()

export const BASELINE_IDS = Object.keys(RAW)
export { DEFAULT_BASELINE_ID } from './baseline-ids'

export function getBaseline(id: string): Baseline {
  const cached = cache.get(id)
  if (cached) return cached
  const raw = RAW[id]
  if (raw === undefined)
    throw new Error(`Unknown baseline: ${id} (known: ${BASELINE_IDS.join(', ')})`)
  const baseline = baselineSchema.parse(raw)
  cache.set(id, baseline)
  return baseline
}

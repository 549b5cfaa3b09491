import frBaseline2024 from '../../../resources/baselines/fr-2024.json'
import frBaseline2025 from '../../../resources/baselines/fr-2025.json'
import type { Baseline } from './baseline-schema'

/**
 * Baselines shipped with the app. They are part of the program, not input: the test suite checks
 * each one against baselineSchema, and that the check keeps every field as written
 * (baseline.test.ts). Parsing them again at run time took 30–50 ms of every process that projects
 * (the host, the page, each engine worker), at every start, before its first figure.
 */
const SHIPPED: Readonly<Record<string, Baseline>> = {
  'fr-2024': frBaseline2024 as unknown as Baseline,
  'fr-2025': frBaseline2025 as unknown as Baseline,
}

export const BASELINE_IDS = Object.keys(SHIPPED)
export { DEFAULT_BASELINE_ID } from './baseline-ids'

export function getBaseline(id: string): Baseline {
  const baseline = SHIPPED[id]
  if (baseline === undefined)
    throw new Error(`Unknown baseline: ${id} (known: ${BASELINE_IDS.join(', ')})`)
  return baseline
}

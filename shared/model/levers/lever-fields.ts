import { LEVER_DEFINITIONS } from './lever-definitions'
import type { Unit } from '../engine/units'

/** The unit of every numeric lever field (and of the horizon), by its path in the scenario file. */
export const LEVER_FIELD_UNITS: Readonly<Record<string, Unit>> = {
  ...Object.fromEntries(
    LEVER_DEFINITIONS.flatMap((f) => (f.kind === 'number' ? [[f.path, f.unit]] : [])),
  ),
  'horizon.start': 'year',
  'horizon.end': 'year',
}

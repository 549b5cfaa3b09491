import type { CompiledModel } from '../engine/compile'
import { G } from '../engine/series'
import type { Workspace } from '../engine/workspace'
import { DATA_LEVY_LEVER } from './data-levy-lever'

/**
 * The value of users' data beside the data levy that taxes it (the consumer's ledger), read here
 * so that the engine outside this folder names no lever.
 */

/** The data levy's yield over current law, as a series id. */
export const DATA_LEVY_INCREMENT = `increment_${DATA_LEVY_LEVER.series}` as const

/** The series of the value the levy taxes: per monitored user, or per outgoing gigabyte. */
export function dataLevyValueSeries(
  model: CompiledModel,
): 'data_value_users' | 'data_value_volume' {
  return model.levers.dataLevy.mode === 'perUser' ? 'data_value_users' : 'data_value_volume'
}

/** The levy's yield in the final year as a share of the value it taxes (0 when that value is nil). */
export function dataLevyShareOfValue(model: CompiledModel, ws: Workspace): number {
  const n = ws.years
  const row = G[dataLevyValueSeries(model)]
  const base = ws.series[row * n + n - 1] as number
  return base > 0 ? (ws.series[G[DATA_LEVY_INCREMENT] * n + n - 1] as number) / base : 0
}

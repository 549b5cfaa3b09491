import type { Baseline } from '../baseline/baseline-schema'
import { compileScenario } from '../engine/compile'
import type { Projection } from '../engine/simulate'
import type { Scenario } from '../scenario/scenario-schema'

/**
 * What the brief's consumer section says of the two levers that touch the consumer's ledger: the
 * data levy, set beside the value of the data it taxes, and the staffed channel kept open. Read
 * here, in the lever folder, so that no code outside it spells a lever's id or series.
 */

/** The final year's value of a series; a missing one is a programming error. */
function finalOf(projection: Projection, id: string): number {
  const values = projection.series.find((s) => s.id === id)?.values
  if (!values) throw new Error(`The projection has no series ${id}`)
  return values[values.length - 1] as number
}

function sumOf(projection: Projection, id: string): number {
  const values = projection.series.find((s) => s.id === id)?.values
  if (!values) throw new Error(`The projection has no series ${id}`)
  return values.reduce((sum, v) => sum + v, 0)
}

export interface DataLevyFacts {
  /** Levied per monitored user (its base the value of the users' data) or per gigabyte. */
  readonly base: 'users' | 'volume'
  /** What the levy raises in the final year, € bn. */
  readonly levyFinal: number
  /** The value of its base in the final year, € bn. */
  readonly baseValueFinal: number
}

/** The data levy in the final year, or null when it is off (current law has none). */
export function dataLevyFacts(scenario: Scenario, projection: Projection): DataLevyFacts | null {
  const lever = scenario.levers.dataLevy
  if (!lever.enabled) return null
  const base = lever.mode === 'perUser' ? 'users' : 'volume'
  return {
    base,
    levyFinal: finalOf(projection, 'increment_data_levy'),
    baseValueFinal: finalOf(
      projection,
      base === 'users' ? 'data_value_users' : 'data_value_volume',
    ),
  }
}

export interface StaffedChannelFacts {
  /** Share of the closing staffed channel kept open in the final year (its schedule read there). */
  readonly keptShare: number
  readonly payer: 'firms' | 'state' | 'users'
  /** Jobs kept in the final year, FTE. */
  readonly jobsFinal: number
  /** The staff's labour cost in the final year and over the horizon, € bn. */
  readonly costFinal: number
  readonly costCumulative: number
}

/** The staffed channel kept open, or null when the lever is off. */
export function staffedChannelFacts(
  scenario: Scenario,
  baseline: Baseline,
  projection: Projection,
): StaffedChannelFacts | null {
  const lever = scenario.levers.staffedChannel
  if (!lever.enabled) return null
  const model = compileScenario(scenario, baseline)
  // The model's years start at its base year, the projection's at the horizon's first.
  const lastYear = projection.years[projection.years.length - 1] as number
  const inForce = model.leversByYear[lastYear - model.baseYear]
  if (!inForce) throw new Error(`No levers in force in ${lastYear}`)
  return {
    keptShare: inForce.staffedChannel.keptShare,
    payer: lever.payer,
    jobsFinal: finalOf(projection, 'staffed_channel_jobs'),
    costFinal: finalOf(projection, 'staffed_channel_cost'),
    costCumulative: sumOf(projection, 'staffed_channel_cost'),
  }
}

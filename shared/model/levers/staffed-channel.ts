import type { CompiledModel } from '../engine/compile'
import { SECTOR_IDS } from '../engine/ids'
import { G } from '../engine/series'
import { SC, SECTOR_CONSTANTS, ST, T } from '../engine/terms'
import { sectorTermRow } from '../engine/workspace'
import type { Workspace } from '../engine/workspace'
import type { LeverValues } from './lever-table'

const BN = 1e-9
const PUBLIC_COUNTER = SECTOR_IDS.indexOf('public_counter')

/**
 * What the engine reads of the staffed-channel lever (staffed-channel-lever.ts), so that the
 * engine outside this folder names no lever.
 */

/** Share of the closing staffed channel kept open in year i: the lever's share × its phase-in. */
export function keptShare(model: CompiledModel, ws: Workspace, i: number): number {
  const phase = ws.phaseStaffed[i] as number
  return phase > 0 ? phase * (model.leversByYear[i] as LeverValues).staffedChannel.keptShare : 0
}

/** Whether the lever keeps any counter open in some year. */
export function keepsCounters(model: CompiledModel): boolean {
  return model.levers.staffedChannel.enabled
}

/** Whether the State pays for the posts kept outside the civil service. */
export function keptPostsPaidByState(model: CompiledModel): boolean {
  return model.levers.staffedChannel.payer === 'state'
}

/** Who pays for the posts kept outside the civil service. */
export function keptPostsPayer(model: CompiledModel): 'firms' | 'state' | 'users' {
  return model.levers.staffedChannel.payer
}

/**
 * The price of the staffed channel kept open, each year: every post kept × its wage × (1 + the
 * employer's contributions), in € bn (`staffed_channel_cost`); and the part outside the civil
 * service (`T.staffed_cost_private`), the only part firms, the State as a subsidy or users pay —
 * the civil servants kept at a public counter simply stay on the State's payroll (its savings fall).
 */
export function fillStaffedChannelCost(
  model: CompiledModel,
  params: Float64Array,
  ws: Workspace,
): void {
  const n = ws.years
  const cost = G.staffed_channel_cost * n
  const privateCost = T.staffed_cost_private * n
  ws.series.fill(0, cost, cost + n)
  ws.terms.fill(0, privateCost, privateCost + n)
  // Switched off, nothing is kept: skip the sectors (every Monte Carlo draw of most scenarios).
  if (!model.levers.staffedChannel.enabled) return
  const civilServants = params[model.p.civilServantShare] as number
  for (let s = 0; s < SECTOR_IDS.length; s++) {
    const civil = s === PUBLIC_COUNTER ? civilServants : 0
    const employer = ws.sectorConstants[s * SECTOR_CONSTANTS.length + SC.employer_rate] as number
    const kept = sectorTermRow(s, ST.staffed_kept, n)
    const wage = sectorTermRow(s, ST.wage, n)
    for (let i = 0; i < n; i++) {
      const price =
        (ws.sectorTerms[kept + i] as number) *
        (ws.sectorTerms[wage + i] as number) *
        (1 + employer) *
        BN
      ws.series[cost + i] = (ws.series[cost + i] as number) + price
      ws.terms[privateCost + i] = (ws.terms[privateCost + i] as number) + (1 - civil) * price
    }
  }
}

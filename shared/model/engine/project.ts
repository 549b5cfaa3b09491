import { CURVE_BASS } from './compile'
import type { CompiledModel } from './compile'
import { bassStepPerCeiling } from './curves'
import type { RateParameters } from './contribution-rates'
import { projectFinancing } from './financing'
import { SECTOR_FIELDS, SECTOR_IDS } from './ids'
import { projectConsumer } from './consumer'
import { keepsCounters, keptShare } from '../levers/staffed-channel'
import { sectorParam } from './labour'
import { computeIndicators } from './indicators'
import { projectLabour } from './labour'
import { fillConsumerCosts, projectLeverRevenue } from '../levers/lever-revenue'
import { ADOPTION_ROW } from './series'
import type { Workspace } from './workspace'

const SECTORS = SECTOR_IDS.length

export function rateParameters(model: CompiledModel, params: Float64Array): RateParameters {
  const p = model.p
  const at = (i: number) => params[i] as number
  return {
    employerStatutory: at(p.employerStatutory),
    rgMax: at(p.rgMax),
    rgCeiling: at(p.rgCeiling),
    rgMin: at(p.rgMin),
    rgExponent: at(p.rgExponent),
    sicknessReduction: at(p.sicknessReduction),
    sicknessCeiling: at(p.sicknessCeiling),
    familyReduction: at(p.familyReduction),
    familyCeiling: at(p.familyCeiling),
    employerFloor: at(p.employerFloor),
    employeeRate: at(p.employeeRate),
    csgCrds: at(p.csgCrds),
    perEuroShare: at(p.perEuroShare),
    unedicEmployer: at(p.unedicEmployer),
    complementaryEmployer: at(p.complementaryEmployer),
    complementaryEmployee: at(p.complementaryEmployee),
  }
}

/**
 * Adoption of every sector: the curve's path into `adoptionFree`, then into the adoption rows
 * once a staffed channel kept open has sent back to the counter the imposed part of the rise since
 * the base year: A = A₀ + (A_free − A₀)·(1 − imposed·kept·phase) where A_free > A₀.
 */
function projectAdoption(model: CompiledModel, params: Float64Array, ws: Workspace): void {
  const n = ws.years
  const alpha = params[model.p.costResponse] as number
  const F_IMPOSED = SECTOR_FIELDS.indexOf('imposed_share')
  const keeps = keepsCounters(model)
  // The share kept is the same for every sector: read once a year off the lever's settings.
  const kept = ws.keptShares
  if (keeps) for (let i = 0; i < n; i++) kept[i] = keptShare(model, ws, i)
  for (let s = 0; s < SECTORS; s++) {
    const row = s * n
    const responds = model.respondsToCost[s] === 1
    const expDst = model.exposureDst[s] as number
    const expPlatform = model.exposurePlatform[s] as number
    const ceiling = model.ceilings[s] as number
    const bassKind = model.curveKind[s] === CURVE_BASS
    const b = s * 4
    const p = model.bass[b] as number
    const qPerCeiling = ceiling > 0 ? (model.bass[b + 1] as number) / ceiling : 0
    const path = s * n
    const free = ws.adoptionFree
    free[row] = bassKind ? (model.bass[s * 4 + 3] as number) : (model.fixedPaths[path] as number)
    for (let i = 1; i < n; i++) {
      let x = 1
      if (responds) {
        const shock =
          expDst * (ws.dstConsumerCost[i] as number) +
          expPlatform * (ws.platformConsumerCost[i] as number)
        x = 1 - alpha * shock
        if (x < 0) x = 0
      }
      const previous = free[row + i - 1] as number
      let next: number
      if (bassKind) {
        next = ceiling > 0 ? bassStepPerCeiling(previous, p, qPerCeiling, ceiling, x) : 0
      } else {
        // Fixed paths: the cost response slows increases only; decreases pass through.
        const step =
          (model.fixedPaths[path + i] as number) - (model.fixedPaths[path + i - 1] as number)
        next = previous + (step > 0 ? step * x : step)
        next = next < 0 ? 0 : next > ceiling ? ceiling : next
      }
      free[row + i] = next
    }
    const adoptionRow = (ADOPTION_ROW + s) * n
    if (!keeps) {
      for (let i = 0; i < n; i++) ws.series[adoptionRow + i] = free[row + i] as number
      continue
    }
    const imposed = sectorParam(model, params, s, F_IMPOSED)
    const a0 = free[row] as number
    for (let i = 0; i < n; i++) {
      const a = free[row + i] as number
      const back = imposed * (kept[i] as number)
      ws.series[adoptionRow + i] = a > a0 && back > 0 ? a0 + (a - a0) * (1 - back) : a
    }
  }
}

/**
 * What a projection works out: everything, or the balances alone — jobs, wages, contributions,
 * the levers' yields and the funds' balances, without the consumer's ledger (time, imposed
 * coproduction, people left out, data, footprint), which none of them reads. The levers'
 * variants measured on each Monte Carlo draw (lever-effects.ts) read balances only.
 */
export type ProjectionScope = 'everything' | 'balances'

/**
 * One deterministic projection of a compiled scenario with the given assumption values, written
 * into the workspace. Allocates nothing per year. The balance identities of financing.ts hold by
 * construction, year by year. With the `balances` scope, the consumer's series and indicators in
 * the workspace are left as they were. `shareFrom`: a workspace projected on the same values, whose
 * labour results this projection may take over where they cannot differ (labour-memo.ts).
 */
export function project(
  model: CompiledModel,
  params: Float64Array,
  ws: Workspace,
  scope: ProjectionScope = 'everything',
  shareFrom: Workspace | null = null,
): void {
  ws.phases.set(model.phaseRows)
  fillConsumerCosts(model, params, ws)
  projectAdoption(model, params, ws)
  const rates = rateParameters(model, params)
  projectLabour(model, params, ws, rates, shareFrom)
  const consumer = scope === 'everything'
  if (consumer) projectConsumer(model, params, ws)
  projectLeverRevenue(model, params, ws, rates)
  projectFinancing(model, params, ws)
  computeIndicators(model, params, ws, consumer)
}

import type { CompiledModel } from './compile'
import { projectAdoption } from './adoption'
import type { RateParameters } from './contribution-rates'
import { projectFinancing } from './financing'
import { projectConsumer } from './consumer'
import { computeIndicators } from './indicators'
import { projectLabour } from './labour'
import { fillConsumerCosts, projectLeverRevenue } from '../levers/lever-revenue'
import type { Workspace } from './workspace'

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
 * What a projection works out: everything, or the balances alone — jobs, wages, contributions,
 * the levers' yields and the funds' balances, without the consumer's ledger (time, imposed
 * coproduction, people left out, data, footprint), which none of them reads, nor the levers' terms
 * that only explanations read (LEVER_EXPLANATION_TERMS). The levers' variants measured on each
 * Monte Carlo draw (lever-effects.ts) read balances only.
 */
export type ProjectionScope = 'everything' | 'balances'

/**
 * One deterministic projection of a compiled scenario with the given assumption values, written
 * into the workspace. Allocates nothing per year. The balance identities of financing.ts hold by
 * construction, year by year. With the `balances` scope, the consumer's series and indicators in
 * the workspace are left as they were. `shareFrom`: a workspace whose last projection was on these
 * very values (`params`, unchanged since), whose labour results this projection may take over where
 * they cannot differ (labour-memo.ts). The memo trusts this rather than comparing every value again.
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
  projectLeverRevenue(model, params, ws, rates, consumer)
  projectFinancing(model, params, ws)
  computeIndicators(model, params, ws, consumer)
}

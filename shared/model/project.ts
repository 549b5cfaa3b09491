import { CURVE_BASS } from './compile'
import type { CompiledModel } from './compile'
import { bassStep } from './curves'
import { receiptsPerEuro } from './contribution-rates'
import type { RateParameters } from './contribution-rates'
import { SECTOR_FIELDS, SECTOR_IDS } from './ids'
import { computeIndicators, coverage } from './indicators'
import { effectiveDstRate, platformBaseFactor, projectLeverRevenue } from './lever-revenue'
import { ADOPTION_ROW, DISPLACED_ROW, G } from './series'
import { fillPhase } from './workspace'
import type { Workspace } from './workspace'

const BN = 1e-9
const SECTORS = SECTOR_IDS.length
const FIELDS = SECTOR_FIELDS.length
const F_JOBS = SECTOR_FIELDS.indexOf('jobs')
const F_FTE = SECTOR_FIELDS.indexOf('fte_factor')
const F_WAGE = SECTOR_FIELDS.indexOf('wage')
const F_VOLUME = SECTOR_FIELDS.indexOf('volume_growth')
const F_DRIFT = SECTOR_FIELDS.indexOf('drift')
const F_THETA = SECTOR_FIELDS.indexOf('theta')
const F_MINUTES = SECTOR_FIELDS.indexOf('minutes_per_transaction')
const F_TRANSACTIONS = SECTOR_FIELDS.indexOf('transactions_2024')
/** Rows that add up every sector's contribution, cleared before each projection. */
const SUMMED_ROWS = [
  G.jobs_displaced_total,
  G.unemployed_pool,
  G.wage_bill_lost,
  G.contributions_lost,
  G.itaf_lost,
  G.consumer_work_hours,
] as const

function addTo(array: Float64Array, index: number, value: number): void {
  array[index] = (array[index] as number) + value
}

/** Legal monthly hours (35 h a week) × 12: converts the annual SMIC into an hourly one. */
const HOURS_PER_YEAR = 151.67 * 12

export function rateParameters(model: CompiledModel, params: Float64Array): RateParameters {
  const p = model.p
  const at = (i: number) => params[i] as number
  return {
    employerStatutory: at(p.employerStatutory),
    rgMax: at(p.rgMax),
    rgCeiling: at(p.rgCeiling),
    sicknessReduction: at(p.sicknessReduction),
    sicknessCeiling: at(p.sicknessCeiling),
    familyReduction: at(p.familyReduction),
    familyCeiling: at(p.familyCeiling),
    employerFloor: at(p.employerFloor),
    employeeRate: at(p.employeeRate),
    csgCrds: at(p.csgCrds),
    perEuroShare: at(p.perEuroShare),
  }
}

function sectorParam(
  model: CompiledModel,
  params: Float64Array,
  sector: number,
  field: number,
): number {
  return params[model.sectorParam[sector * FIELDS + field] as number] as number
}

/** Consumer cost of each self-service channel added by the levers, as a share of its price. */
function fillConsumerCosts(model: CompiledModel, params: Float64Array, ws: Workspace): void {
  const p = model.p
  const dst =
    effectiveDstRate(model, params) *
    (params[p.dstPassThrough] as number) *
    (params[p.dstConsumerPassThrough] as number)
  const platform =
    model.levers.platformContribution.rate *
    platformBaseFactor(model, params) *
    (1 - (params[p.passBack] as number)) *
    (params[p.platformConsumerPassThrough] as number)
  for (let i = 0; i < ws.years; i++) {
    ws.dstConsumerCost[i] = (ws.phaseDst[i] as number) * dst
    ws.platformConsumerCost[i] = (ws.phasePlatform[i] as number) * platform
  }
}

/** Adoption of every sector, into the adoption rows. */
function projectAdoption(model: CompiledModel, params: Float64Array, ws: Workspace): void {
  const n = ws.years
  const alpha = params[model.p.costResponse] as number
  for (let s = 0; s < SECTORS; s++) {
    const row = (ADOPTION_ROW + s) * n
    const responds = model.respondsToCost[s] === 1
    const expDst = model.exposureDst[s] as number
    const expPlatform = model.exposurePlatform[s] as number
    const ceiling = model.ceilings[s] as number
    const bassKind = model.curveKind[s] === CURVE_BASS
    const path = s * n
    ws.series[row] = bassKind
      ? (model.bass[s * 4 + 3] as number)
      : (model.fixedPaths[path] as number)
    for (let i = 1; i < n; i++) {
      let x = 1
      if (responds) {
        const shock =
          expDst * (ws.dstConsumerCost[i] as number) +
          expPlatform * (ws.platformConsumerCost[i] as number)
        x = 1 - alpha * shock
        if (x < 0) x = 0
      }
      const previous = ws.series[row + i - 1] as number
      let next: number
      if (bassKind) {
        const b = s * 4
        next = bassStep(previous, model.bass[b] as number, model.bass[b + 1] as number, ceiling, x)
      } else {
        // Fixed paths: the cost response slows increases only; decreases pass through.
        const step =
          (model.fixedPaths[path + i] as number) - (model.fixedPaths[path + i - 1] as number)
        next = previous + (step > 0 ? step * x : step)
        next = next < 0 ? 0 : next > ceiling ? ceiling : next
      }
      ws.series[row + i] = next
    }
  }
}

/**
 * Jobs, wages, contributions, benefits and consumer work. Displaced jobs are measured against a
 * counterfactual with no new adoption: stock = E_cf·θ·(A − A₀)/(1 − θ·A₀). Of each year's change
 * in that stock, a share is redeployed in the firm; the rest joins a pool that finds work at the
 * re-employment hazard, at a lower wage. Pools are kept as wage masses per sector, so wage bill
 * and contribution losses follow each sector's wage level.
 */
function projectLabour(
  model: CompiledModel,
  params: Float64Array,
  ws: Workspace,
  rates: RateParameters,
): void {
  const n = ws.years
  const p = model.p
  const series = ws.series
  const wageGrowth = 1 + (params[p.wageGrowth] as number)
  const hazard = params[p.hazard] as number
  const omega = params[p.reemploymentWage] as number
  const redeployed = params[p.redeployment] as number
  const smic0 = params[p.smic] as number
  const vatLoss = (params[p.vatLoss] as number) * (1 - rates.employeeRate - rates.csgCrds)
  const unemployedDecay = (1 - hazard) * wageGrowth

  // Benefit kernel: share of a cohort's wages still paid k years after displacement.
  const duration = params[p.benefitYears] as number
  let survival = 1
  for (let k = 0; k < n; k++) {
    const eligible = duration - k
    ws.benefitKernel[k] = survival * (eligible >= 1 ? 1 : eligible > 0 ? eligible : 0)
    survival *= unemployedDecay
    ws.cohortWages[k] = 0
  }
  for (const row of SUMMED_ROWS) series.fill(0, row * n, row * n + n)

  for (let s = 0; s < SECTORS; s++) {
    const adoptionRow = (ADOPTION_ROW + s) * n
    const displacedRow = (DISPLACED_ROW + s) * n
    const jobs0 = sectorParam(model, params, s, F_JOBS) * sectorParam(model, params, s, F_FTE)
    const wage0 = sectorParam(model, params, s, F_WAGE)
    const volume = 1 + sectorParam(model, params, s, F_VOLUME)
    const trend = volume * (1 + sectorParam(model, params, s, F_DRIFT))
    const theta = sectorParam(model, params, s, F_THETA)
    const hours0 =
      (sectorParam(model, params, s, F_TRANSACTIONS) * sectorParam(model, params, s, F_MINUTES)) /
      60
    const a0 = series[adoptionRow] as number
    const denominator = Math.max(1e-9, 1 - theta * a0)
    // Wage levels relative to the SMIC stay fixed: both grow with wages.
    const x = wage0 / smic0
    const lossRate = receiptsPerEuro(x, rates)
    const reemployedLossRate = lossRate - omega * receiptsPerEuro(omega * x, rates)

    let counterfactual = jobs0
    let wage = wage0
    let volumeF = 1
    let previousStock = 0
    let unemployed = 0
    let reemployed = 0
    for (let i = 0; i < n; i++) {
      if (i > 0) {
        counterfactual *= trend
        wage *= wageGrowth
        volumeF *= volume
      }
      const stock =
        (counterfactual * theta * ((series[adoptionRow + i] as number) - a0)) / denominator
      const entering = (1 - redeployed) * (stock - previousStock) * wage
      if (i > 0) {
        reemployed = reemployed * wageGrowth + hazard * unemployed * wageGrowth
        unemployed = unemployed * unemployedDecay
      }
      unemployed += entering
      previousStock = stock
      series[displacedRow + i] = stock
      addTo(series, G.jobs_displaced_total * n + i, stock)
      addTo(series, G.unemployed_pool * n + i, wage > 0 ? unemployed / wage : 0)
      const wageLoss = unemployed + (1 - omega) * reemployed
      addTo(series, G.wage_bill_lost * n + i, wageLoss * BN)
      addTo(
        series,
        G.contributions_lost * n + i,
        (unemployed * lossRate + reemployed * reemployedLossRate) * BN,
      )
      addTo(series, G.itaf_lost * n + i, wageLoss * vatLoss * BN)
      addTo(
        series,
        G.consumer_work_hours * n + i,
        hours0 * volumeF * (series[adoptionRow + i] as number),
      )
      addTo(ws.cohortWages, i, entering)
    }
  }

  // Unemployment benefits: each cohort's wages times the replacement rate, while eligible.
  const replacement = params[p.replacementRate] as number
  let smicHourly = smic0 / HOURS_PER_YEAR
  for (let i = 0; i < n; i++) {
    let paid = 0
    for (let tau = 0; tau <= i; tau++)
      paid += (ws.cohortWages[tau] as number) * (ws.benefitKernel[i - tau] as number)
    series[G.benefits_cost * n + i] = replacement * paid * BN
    if (i > 0) smicHourly *= wageGrowth
    series[G.consumer_work_value * n + i] =
      (series[G.consumer_work_hours * n + i] as number) * 1e6 * smicHourly * BN
  }
}

/** Baseline financing gap (ROBSS + Unédic), extended beyond the published tables by growth rules. */
function projectBaselineGap(model: CompiledModel, params: Float64Array, ws: Workspace): void {
  const n = ws.years
  const p = model.p
  const wageBillGrowth =
    (1 + (params[p.wageGrowth] as number)) * (1 + (params[p.employmentGrowth] as number))
  const spendingGrowth = 1 + (params[p.spendingGrowth] as number)
  const gdpGrowth = 1 + (params[p.gdpGrowth] as number)
  let robssR = 0
  let robssX = 0
  let unedicR = 0
  let unedicX = 0
  let gdp = params[p.gdp0] as number
  for (let i = 0; i < n; i++) {
    robssR =
      i < model.robss.receipts.length
        ? (model.robss.receipts[i] as number)
        : robssR * wageBillGrowth
    robssX =
      i < model.robss.spending.length
        ? (model.robss.spending[i] as number)
        : robssX * spendingGrowth
    unedicR =
      i < model.unedic.receipts.length
        ? (model.unedic.receipts[i] as number)
        : unedicR * wageBillGrowth
    unedicX =
      i < model.unedic.spending.length ? (model.unedic.spending[i] as number) : unedicX * gdpGrowth
    if (i > 0) gdp *= gdpGrowth
    ws.series[G.financing_gap_baseline * n + i] = robssX + unedicX - (robssR + unedicR)
    ws.series[G.gdp * n + i] = gdp
  }
}

/**
 * One deterministic projection of a compiled scenario with the given assumption values, written
 * into the workspace. Allocates nothing per year. The identity
 *   financing_gap = financing_gap_baseline + coproduction_effect − lever_revenue_earmarked
 * holds by construction, year by year.
 */
export function project(model: CompiledModel, params: Float64Array, ws: Workspace): void {
  const n = ws.years
  const s = ws.series
  fillPhase(ws.phaseDst, model.baseYear, model.levers.dst)
  fillPhase(ws.phaseData, model.baseYear, model.levers.dataLevy)
  fillPhase(ws.phasePlatform, model.baseYear, model.levers.platformContribution)
  fillConsumerCosts(model, params, ws)
  projectAdoption(model, params, ws)
  const rates = rateParameters(model, params)
  projectLabour(model, params, ws, rates)
  projectLeverRevenue(model, params, ws, rates)
  projectBaselineGap(model, params, ws)
  for (let i = 0; i < n; i++) {
    const effect =
      (s[G.contributions_lost * n + i] as number) +
      (s[G.benefits_cost * n + i] as number) +
      (s[G.itaf_lost * n + i] as number)
    const earmarked = s[G.lever_revenue_earmarked * n + i] as number
    const gap = (s[G.financing_gap_baseline * n + i] as number) + effect - earmarked
    s[G.coproduction_effect * n + i] = effect
    s[G.financing_gap * n + i] = gap
    s[G.financing_gap_pct_gdp * n + i] = (100 * gap) / (s[G.gdp * n + i] as number)
    s[G.coverage_ratio * n + i] = coverage(earmarked, effect)
  }
  computeIndicators(model, ws)
}

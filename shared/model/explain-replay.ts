import type { Baseline } from './baseline-schema'
import { compileScenario } from './compile'
import type { CompiledModel } from './compile'
import { employerRate, receiptsPerEuro } from './contribution-rates'
import { PLATFORM_SECTOR, SECTOR_FIELDS, SECTOR_IDS } from './ids'
import { effectiveDstRate, platformBaseFactor } from './lever-revenue'
import { project, rateParameters } from './project'
import type { Scenario } from './scenario-schema'
import { ADOPTION_ROW } from './series'
import { createWorkspace } from './workspace'
import type { Workspace } from './workspace'

/**
 * The engine's intermediate quantities, which a projection does not keep (wage pools per sector,
 * each lever's components, the financing tables year by year). They are recomputed here with the
 * engine's own rules (project.ts, lever-revenue.ts); the explain tests check, year by year and
 * for every preset, that they add up to the engine's series, so the two cannot drift apart.
 */
export interface Replay {
  readonly model: CompiledModel
  readonly params: Float64Array
  /** A fresh run of the engine: every series from the base year, phases, lever burdens. */
  readonly ws: Workspace
  /** Per sector and year (index = year − base year): wages of displaced people still looking, €. */
  readonly unemployed: readonly Float64Array[]
  /** Per sector and year: former wages of displaced people re-employed elsewhere, €. */
  readonly reemployed: readonly Float64Array[]
  /** Per sector and year: paid FTE of the no-new-adoption counterfactual. */
  readonly counterfactual: readonly Float64Array[]
  /** Per sector: wage level (wage / SMIC), receipts lost per € of wage, and per € re-employed. */
  readonly wageLevel: readonly number[]
  readonly lossRate: readonly number[]
  readonly reemployedLossRate: readonly number[]
  /** Per year: former wages of displaced people still receiving benefits, €. */
  readonly coveredWages: Float64Array
  readonly robssReceipts: Float64Array
  readonly robssSpending: Float64Array
  readonly unedicReceipts: Float64Array
  readonly unedicSpending: Float64Array
  /** Per year: the DST rate applied and its base before the rate response, € bn. */
  readonly dstRate: Float64Array
  readonly dstBase: Float64Array
  /** Per year, platform contribution components, € bn, and what they are computed from. */
  readonly levy: Float64Array
  readonly passBackLoss: Float64Array
  readonly requalificationGain: Float64Array
  readonly atSourceGain: Float64Array
  readonly platformScale: Float64Array
  readonly effectiveEvasion: Float64Array
  readonly requalifiedEmployerRate: number
  readonly salariedRate: number
  readonly stayingShare: number
  readonly baseFactor: number
}

const BN = 1e-9
const FIELDS = SECTOR_FIELDS.length

export function replay(scenario: Scenario, baseline: Baseline): Replay {
  const model = compileScenario(scenario, baseline)
  const params = model.central
  const ws = createWorkspace(model)
  project(model, params, ws)
  const n = model.years
  const p = model.p
  const at = (i: number) => params[i] as number
  const sector = (s: number, field: (typeof SECTOR_FIELDS)[number]) =>
    at(model.sectorParam[s * FIELDS + SECTOR_FIELDS.indexOf(field)] as number)
  const rates = rateParameters(model, params)

  // Labour: the recurrences of projectLabour, kept per sector and year.
  const wageGrowth = 1 + at(p.wageGrowth)
  const hazard = at(p.hazard)
  const omega = at(p.reemploymentWage)
  const redeployed = at(p.redeployment)
  const unemployed: Float64Array[] = []
  const reemployed: Float64Array[] = []
  const counterfactual: Float64Array[] = []
  const wageLevel: number[] = []
  const lossRate: number[] = []
  const reemployedLossRate: number[] = []
  const cohort = new Float64Array(n)
  SECTOR_IDS.forEach((_, s) => {
    const adoption = (i: number) => ws.series[(ADOPTION_ROW + s) * n + i] as number
    const theta = sector(s, 'theta')
    const a0 = adoption(0)
    const trend = (1 + sector(s, 'volume_growth')) * (1 + sector(s, 'drift'))
    const x = sector(s, 'wage') / at(p.smic)
    wageLevel.push(x)
    lossRate.push(receiptsPerEuro(x, rates))
    reemployedLossRate.push(receiptsPerEuro(x, rates) - omega * receiptsPerEuro(omega * x, rates))
    const uw = new Float64Array(n)
    const mw = new Float64Array(n)
    const cf = new Float64Array(n)
    let jobs = sector(s, 'jobs') * sector(s, 'fte_factor')
    let wage = sector(s, 'wage')
    let previousStock = 0
    for (let i = 0; i < n; i++) {
      if (i > 0) {
        jobs *= trend
        wage *= wageGrowth
      }
      cf[i] = jobs
      const stock = (jobs * theta * (adoption(i) - a0)) / Math.max(1e-9, 1 - theta * a0)
      const entering = (1 - redeployed) * (stock - previousStock) * wage
      previousStock = stock
      const before = i > 0 ? (uw[i - 1] as number) : 0
      mw[i] = i > 0 ? ((mw[i - 1] as number) + hazard * before) * wageGrowth : 0
      uw[i] = before * (1 - hazard) * wageGrowth + entering
      cohort[i] = (cohort[i] as number) + entering
    }
    unemployed.push(uw)
    reemployed.push(mw)
    counterfactual.push(cf)
  })
  const coveredWages = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let paid = 0
    for (let tau = 0; tau <= i; tau++)
      paid += (cohort[tau] as number) * (ws.benefitKernel[i - tau] as number)
    coveredWages[i] = paid
  }

  // Financing tables, then the growth rules past their last published year.
  const wageBill = wageGrowth * (1 + at(p.employmentGrowth))
  const extend = (table: Float64Array, growth: number) => {
    const out = new Float64Array(n)
    for (let i = 0; i < n; i++)
      out[i] = i < table.length ? (table[i] as number) : (out[i - 1] as number) * growth
    return out
  }

  // DST: the rate applied and the base it shrinks from.
  const platformRow = (ADOPTION_ROW + SECTOR_IDS.indexOf(PLATFORM_SECTOR)) * n
  const platform0 = ws.series[platformRow] as number
  const dstRate = new Float64Array(n)
  const dstBase = new Float64Array(n)
  // Platform contribution, as in projectLeverRevenue.
  const pc = model.levers.platformContribution
  const baseFactor = platformBaseFactor(model, params)
  const turnover0 = at(p.turnover0)
  const wageRatio = at(p.requalifiedWage)
  const requalifiedEmployerRate = employerRate((wageRatio * turnover0) / at(p.smic), rates)
  const salariedRate = requalifiedEmployerRate + rates.employeeRate + rates.csgCrds
  const costIncrease = Math.max(0, wageRatio * (1 + requalifiedEmployerRate) - 1)
  const stayingShare = Math.max(0, 1 - at(p.employmentElasticity) * costIncrease)
  const evasion = at(p.evasion)
  const micro = at(p.microRate)
  const levy = new Float64Array(n)
  const passBackLoss = new Float64Array(n)
  const requalificationGain = new Float64Array(n)
  const atSourceGain = new Float64Array(n)
  const platformScale = new Float64Array(n)
  const effectiveEvasion = new Float64Array(n)
  let growthF = 1
  let platformF = 1
  let wageF = 1
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      growthF *= 1 + at(p.dstBaseGrowth)
      platformF *= 1 + at(p.platformGrowth)
      wageF *= wageGrowth
    }
    const adoption = ws.series[platformRow + i] as number
    dstRate[i] = (ws.phaseDst[i] as number) * effectiveDstRate(model, params)
    dstBase[i] =
      at(p.dstBase0) * growthF * Math.max(0, 1 + at(p.dstPlatformLink) * (adoption - platform0))
    const phase = ws.phasePlatform[i] as number
    const scale = platformF * (platform0 > 0 ? adoption / platform0 : 1)
    platformScale[i] = scale
    levy[i] = phase * pc.rate * baseFactor * at(p.gmv0) * scale
    const evaded = pc.atSourceCollection
      ? evasion - phase * (evasion - at(p.evasionAtSource))
      : evasion
    effectiveEvasion[i] = evaded
    const workers = at(p.workers0) * scale
    const turnover = turnover0 * wageF
    const requalified = phase * pc.requalificationShare * workers
    requalificationGain[i] =
      (requalified * stayingShare * wageRatio * turnover * salariedRate -
        requalified * turnover * micro * (1 - evaded)) *
      BN
    atSourceGain[i] = (workers - requalified) * turnover * micro * (evasion - evaded) * BN
    passBackLoss[i] = at(p.passBack) * (levy[i] as number) * micro * (1 - evaded)
  }

  return {
    model,
    params,
    ws,
    unemployed,
    reemployed,
    counterfactual,
    wageLevel,
    lossRate,
    reemployedLossRate,
    coveredWages,
    robssReceipts: extend(model.robss.receipts, wageBill),
    robssSpending: extend(model.robss.spending, 1 + at(p.spendingGrowth)),
    unedicReceipts: extend(model.unedic.receipts, wageBill),
    unedicSpending: extend(model.unedic.spending, 1 + at(p.gdpGrowth)),
    dstRate,
    dstBase,
    levy,
    passBackLoss,
    requalificationGain,
    atSourceGain,
    platformScale,
    effectiveEvasion,
    requalifiedEmployerRate,
    salariedRate,
    stayingShare,
    baseFactor,
  }
}

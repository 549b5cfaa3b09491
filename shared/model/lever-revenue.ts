import type { CompiledModel } from './compile'
import { employerRate } from './contribution-rates'
import type { RateParameters } from './contribution-rates'
import { PLATFORM_SECTOR, SECTOR_IDS } from './ids'
import { ADOPTION_ROW, G } from './series'
import type { Workspace } from './workspace'
import {
  INCIDENCE_CONSUMERS,
  INCIDENCE_FRENCH_FIRMS,
  INCIDENCE_PLATFORMS,
  INCIDENCE_WORKERS,
} from './workspace'

const BN = 1e-9
const PLATFORM_INDEX = SECTOR_IDS.indexOf(PLATFORM_SECTOR)

/** The DST's statutory rate, blending in the upper tier on the share of the base it covers. */
export function effectiveDstRate(model: CompiledModel, params: Float64Array): number {
  const dst = model.levers.dst
  if (!dst.tier.enabled) return dst.rate
  const share = params[model.p.dstLargeShare] as number
  return (1 - share) * dst.rate + share * dst.tier.rate
}

/** Fraction of the base the platform contribution taxes, per € of platform GMV. */
export function platformBaseFactor(model: CompiledModel, params: Float64Array): number {
  const base = model.levers.platformContribution.base
  const commission = params[model.p.commissionShare] as number
  if (base === 'gmv') return 1
  if (base === 'commission') return commission
  return commission * (params[model.p.profitMargin] as number)
}

/**
 * Lever revenue per year, in € bn, written into the series rows: DST (gross and net of
 * corporate-tax deductibility and of French firms' lower taxable margins), data levy, platform
 * contribution (net of workers' lower micro-social contributions, plus the contributions gained
 * by requalification and by at-source collection), their total and the part earmarked to social
 * security. Also accumulates who bears them (incidence).
 */
export function projectLeverRevenue(
  model: CompiledModel,
  params: Float64Array,
  ws: Workspace,
  rates: RateParameters,
): void {
  const { p, levers } = model
  const n = ws.years
  const s = ws.series
  const platformAdoption = (ADOPTION_ROW + PLATFORM_INDEX) * n
  const platform0 = s[platformAdoption] as number
  const wageGrowth = params[p.wageGrowth] as number
  const corporateTax = params[p.corporateTax] as number

  // DST
  const dstRate = effectiveDstRate(model, params)
  const reference = params[p.dstReference] as number
  const elasticity = params[p.dstElasticity] as number
  const passThrough = params[p.dstPassThrough] as number
  const consumerShare = params[p.dstConsumerPassThrough] as number
  const deductibility = params[p.dstDeductibility] as number
  const link = params[p.dstPlatformLink] as number
  // Data levy
  const data = levers.dataLevy
  const dataConsumerShare = params[p.dataConsumerPassThrough] as number
  // Platform contribution
  const pc = levers.platformContribution
  const baseFactor = platformBaseFactor(model, params)
  const microRate = params[p.microRate] as number
  const evasion = params[p.evasion] as number
  const evasionAtSource = params[p.evasionAtSource] as number
  const passBack = params[p.passBack] as number
  const platformConsumerShare = params[p.platformConsumerPassThrough] as number
  const wageRatio = params[p.requalifiedWage] as number
  const smic0 = params[p.smic] as number
  const turnover0 = params[p.turnover0] as number
  // A requalified worker's wage stands at a fixed multiple of the SMIC (both grow with wages).
  const x = (wageRatio * turnover0) / smic0
  const employer = employerRate(x, rates)
  const salariedRate = employer + rates.employeeRate + rates.csgCrds
  const costIncrease = Math.max(0, wageRatio * (1 + employer) - 1)
  const stayingShare = Math.max(0, 1 - (params[p.employmentElasticity] as number) * costIncrease)
  const earmark = levers.earmarking
  const dstBaseGrowth = 1 + (params[p.dstBaseGrowth] as number)
  const usersGrowth = 1 + (params[p.usersGrowth] as number)
  const volumeGrowth = 1 + (params[p.volumeGrowth] as number)
  const platformGrowth = 1 + (params[p.platformGrowth] as number)
  // Growth factors since the base year, advanced once per year (no Math.pow in the loop).
  let dstGrowthF = 1
  let usersF = 1
  let volumeF = 1
  let platformF = 1
  let wageF = 1
  let burdenPlatforms = 0
  let burdenFirms = 0
  let burdenConsumers = 0
  let burdenWorkers = 0

  for (let i = 0; i < n; i++) {
    if (i > 0) {
      dstGrowthF *= dstBaseGrowth
      usersF *= usersGrowth
      volumeF *= volumeGrowth
      platformF *= platformGrowth
      wageF *= 1 + wageGrowth
    }
    const adoptionRatio = platform0 > 0 ? (s[platformAdoption + i] as number) / platform0 : 1

    // DST: rate ramps in; the base shrinks with the rate at a constant elasticity to the
    // reference (current-law) rate, so revenue rises with the rate while elasticity < 1.
    const rate = (ws.phaseDst[i] as number) * dstRate
    let dstGross = 0
    if (rate > 0) {
      const base =
        (params[p.dstBase0] as number) *
        dstGrowthF *
        Math.max(0, 1 + link * ((s[platformAdoption + i] as number) - platform0))
      dstGross = rate * base * Math.pow(rate / reference, -elasticity)
    }
    const frenchFirmsShare = passThrough * (1 - consumerShare)
    const dstNet = dstGross * deductibility - dstGross * frenchFirmsShare * corporateTax

    // Data levy, per monitored user or per outgoing gigabyte (volume shrinks as firms minimise).
    let dataGross = 0
    const dataPhase = ws.phaseData[i] as number
    if (dataPhase > 0) {
      if (data.mode === 'perUser') {
        const users = (params[p.users0] as number) * 1e6 * usersF
        dataGross = users * dataPhase * data.ratePerUser * data.modulation * BN
      } else {
        const rateGb = dataPhase * data.ratePerGb
        const gigabytes = (params[p.volume0] as number) * 1e6 * volumeF
        const kept = Math.pow(
          1 + rateGb / (params[p.valuePerGb] as number),
          -(params[p.minimisation] as number),
        )
        dataGross = rateGb * gigabytes * kept * BN
      }
    }

    // Platform contribution, requalification and at-source collection.
    const platformPhase = ws.phasePlatform[i] as number
    const scale = platformF * adoptionRatio
    const levy = platformPhase * pc.rate * baseFactor * (params[p.gmv0] as number) * scale
    const effectiveEvasion = pc.atSourceCollection
      ? evasion - platformPhase * (evasion - evasionAtSource)
      : evasion
    const workers = (params[p.workers0] as number) * scale
    const turnover = turnover0 * wageF
    const requalified = platformPhase * pc.requalificationShare * workers
    const requalificationGain =
      (requalified * stayingShare * wageRatio * turnover * salariedRate -
        requalified * turnover * microRate * (1 - effectiveEvasion)) *
      BN
    const atSourceGain =
      (workers - requalified) * turnover * microRate * (evasion - effectiveEvasion) * BN
    const passBackLoss = passBack * levy * microRate * (1 - effectiveEvasion)
    const platformNet = levy - passBackLoss + requalificationGain + atSourceGain

    s[G.revenue_dst_gross * n + i] = dstGross
    s[G.revenue_dst * n + i] = dstNet
    s[G.revenue_data_levy * n + i] = dataGross
    s[G.revenue_platform * n + i] = platformNet
    s[G.lever_revenue_total * n + i] = dstNet + dataGross + platformNet
    // Contributions gained or lost go to social security whatever the earmarking of the levy.
    s[G.lever_revenue_earmarked * n + i] =
      earmark.dst * dstNet +
      earmark.dataLevy * dataGross +
      earmark.platformContribution * levy -
      passBackLoss +
      requalificationGain +
      atSourceGain

    if (i >= model.firstOutput) {
      burdenPlatforms +=
        dstGross * (1 - passThrough) +
        dataGross * (1 - dataConsumerShare) +
        levy * (1 - passBack) * (1 - platformConsumerShare) +
        Math.max(0, requalificationGain)
      burdenFirms += dstGross * frenchFirmsShare
      burdenConsumers +=
        dstGross * passThrough * consumerShare +
        dataGross * dataConsumerShare +
        levy * (1 - passBack) * platformConsumerShare
      burdenWorkers += levy * passBack + Math.max(0, atSourceGain)
    }
  }
  ws.incidence[INCIDENCE_PLATFORMS] = burdenPlatforms
  ws.incidence[INCIDENCE_FRENCH_FIRMS] = burdenFirms
  ws.incidence[INCIDENCE_CONSUMERS] = burdenConsumers
  ws.incidence[INCIDENCE_WORKERS] = burdenWorkers
}

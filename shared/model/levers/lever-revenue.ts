import type { CompiledModel } from '../engine/compile'
import { employerRate, robssPerEuro } from '../engine/contribution-rates'
import type { RateParameters } from '../engine/contribution-rates'
import { PLATFORM_SECTOR, SECTOR_IDS } from '../engine/ids'
import { HOURS_PER_YEAR } from '../engine/labour'
import { ADOPTION_ROW, G } from '../engine/series'
import { T } from '../engine/terms'
import type { Workspace } from '../engine/workspace'
import type { LeverValues } from './lever-table'
import { fillStaffedChannelCost, keptPostsPayer } from './staffed-channel'
import {
  INCIDENCE_CONSUMERS,
  INCIDENCE_FRENCH_FIRMS,
  INCIDENCE_PLATFORMS,
  INCIDENCE_WORKERS,
} from '../engine/workspace'

const BN = 1e-9
const PLATFORM_INDEX = SECTOR_IDS.indexOf(PLATFORM_SECTOR)

/**
 * The DST's rates in a year, once fully phased in, on the groups below and above €2 bn of
 * worldwide revenue (the share of the base above is `dst.large_group_share`): the scenario's rates
 * in force that year (`levers`, every schedule read there). Current law taxes both at the
 * reference rate; a €2 bn threshold takes the smaller groups out; the tier taxes the larger ones.
 */
export function dstTargetRates(
  levers: LeverValues,
  reference: number,
): { small: number; large: number } {
  const dst = levers.dst
  if (!dst.enabled) return { small: reference, large: reference }
  return {
    small: dst.worldwideThreshold === '2bn' ? 0 : dst.rate,
    large: dst.tier.enabled ? dst.tier.rate : dst.rate,
  }
}

/** The DST's average rate on the whole base once fully phased in (the consumer-cost channel). */
export function effectiveDstRate(
  model: CompiledModel,
  params: Float64Array,
  levers: LeverValues,
): number {
  const share = params[model.p.dstLargeShare] as number
  const { small, large } = dstTargetRates(levers, params[model.p.dstReference] as number)
  return (1 - share) * small + share * large
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
 * Share of the DST base kept at a rate, against current law: the base shrinks with the rate at a
 * semi-elasticity fixed so that the elasticity is ε at the reference rate and rises with the rate
 * (ε·rate/reference). Revenue rises with the rate while that elasticity is below 1.
 */
export function dstKept(rate: number, reference: number, elasticity: number): number {
  // At the reference rate nothing moves (exp(0)): every year before a reform, in every draw.
  return rate === reference ? 1 : Math.exp((-elasticity * (rate - reference)) / reference)
}

/**
 * The DST base grows into year base + k at g(k) = g_Y + (g_0 − g_Y)·d^k: from its observed growth
 * near the base year, g_0, to nominal GDP growth g_Y, the excess shrinking by the factor
 * d = exp(−1/T) a year (T the fade time). The projection runs it forwards, the back-cast backwards.
 */
export function dstGrowthDecay(fadeYears: number): number {
  return Math.exp(-1 / Math.max(1e-9, fadeYears))
}

/**
 * Consumer cost of each self-service channel added by the levers over current law, as a share of
 * its price (a DST below the current-law rate lowers it), at each year's rates.
 */
export function fillConsumerCosts(model: CompiledModel, params: Float64Array, ws: Workspace): void {
  const p = model.p
  const dstPass =
    (params[p.dstPassThrough] as number) * (params[p.dstConsumerPassThrough] as number)
  const platformPass =
    platformBaseFactor(model, params) *
    (1 - (params[p.passBack] as number)) *
    (params[p.platformConsumerPassThrough] as number)
  const reference = params[p.dstReference] as number
  for (let i = 0; i < ws.years; i++) {
    const levers = model.leversByYear[i] as LeverValues
    const dst = (effectiveDstRate(model, params, levers) - reference) * dstPass
    const platform = levers.platformContribution.rate * platformPass
    ws.dstConsumerCost[i] = (ws.phaseDst[i] as number) * dst
    ws.platformConsumerCost[i] = (ws.phasePlatform[i] as number) * platform
  }
}

/**
 * Lever yields per year, in € bn, and their increments over current law (the 3 % DST on groups
 * above €750 m, at-source collection of platform workers' contributions from its legal year): DST
 * net of corporate-tax deductibility and of French firms' lower taxable margins, data levy,
 * platform contribution net of workers' lower micro-social contributions plus the contributions
 * gained by requalification. Earmarking applies to the increments only: the current-law DST stays
 * with the State. Also accumulates who bears the increments (incidence). Without `keepTerms`
 * (a projection of the balances alone) the terms only explanations read are left as they were.
 */
export function projectLeverRevenue(
  model: CompiledModel,
  params: Float64Array,
  ws: Workspace,
  rates: RateParameters,
  keepTerms = true,
): void {
  const { p } = model
  const n = ws.years
  const s = ws.series
  const terms = ws.terms
  const at = (i: number) => params[i] as number
  const platformAdoption = (ADOPTION_ROW + PLATFORM_INDEX) * n
  const platform0 = s[platformAdoption] as number
  const wageGrowth = 1 + at(p.wageGrowth)
  const corporateTax = at(p.corporateTax)

  // DST
  const reference = at(p.dstReference)
  const largeShare = at(p.dstLargeShare)
  const elasticity = at(p.dstElasticity)
  const passThrough = at(p.dstPassThrough)
  const consumerShare = at(p.dstConsumerPassThrough)
  const frenchFirmsShare = passThrough * (1 - consumerShare)
  const netPerGross = at(p.dstDeductibility) - frenchFirmsShare * corporateTax
  const link = at(p.dstPlatformLink)
  const growthObserved = at(p.dstBaseGrowth)
  const growthLongRun = at(p.gdpGrowth)
  const fade = at(p.dstFadeYears)
  // Data levy
  const dataConsumerShare = at(p.dataConsumerPassThrough)
  const usersGrowth = 1 + at(p.usersGrowth)
  const volumeGrowth = 1 + at(p.volumeGrowth)
  // Platform contribution and requalification at the SMIC × paid hours (waiting time included),
  // plus paid leave and expenses.
  const baseFactor = platformBaseFactor(model, params)
  const microRate = at(p.microRate)
  const evasionBefore = at(p.evasion)
  const evasionAtSource = at(p.evasionAtSource)
  const atSourceYear = at(p.atSourceYear)
  const passBack = at(p.passBack)
  const platformConsumerShare = at(p.platformConsumerPassThrough)
  const smic0 = at(p.smic)
  const turnover0 = at(p.turnover0)
  const paidYear = (at(p.hoursPerWorker) / HOURS_PER_YEAR) * (1 + at(p.leaveAndExpenses))
  // The requalified wage is a fixed multiple of the SMIC (both grow with wages); its hourly level
  // is the SMIC, so the rates are those at the SMIC.
  const employer = employerRate(1, rates)
  const salariedRate = employer + rates.employeeRate + rates.csgCrds
  const salariedRobss = robssPerEuro(1, rates)
  const costIncrease = Math.max(0, (paidYear * smic0 * (1 + employer)) / turnover0 - 1)
  const stayingShare = Math.max(0, 1 - at(p.employmentElasticity) * costIncrease)

  let dstBase = at(p.dstBase0)
  const decay = dstGrowthDecay(fade)
  let excess = growthObserved - growthLongRun
  let usersF = 1
  let volumeF = 1
  let wageF = 1
  let burdenPlatforms = 0
  let burdenFirms = 0
  let burdenConsumers = 0
  let burdenWorkers = 0
  let lastSmall = Number.NaN
  let lastLarge = Number.NaN
  let keptSmall = 1
  let keptLarge = 1
  const keptPayer = keptPostsPayer(model)
  fillStaffedChannelCost(model, params, ws)
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      excess *= decay
      dstBase *= 1 + growthLongRun + excess
      usersF *= usersGrowth
      volumeF *= volumeGrowth
      wageF *= wageGrowth
    }
    // The settings and earmarking in force this year (schedule.ts); the phase-in scales the move
    // from current law towards them, so a later start year leaves current law before it.
    const levers = model.leversByYear[i] as LeverValues
    const target = dstTargetRates(levers, reference)
    const data = levers.dataLevy
    const pc = levers.platformContribution
    const earmark = levers.earmarking
    const platformShare = s[platformAdoption + i] as number
    const scale = platform0 > 0 ? platformShare / platform0 : 1

    // DST: each group's rate moves from current law to the scenario's over the phase-in.
    const phase = ws.phaseDst[i] as number
    const small = reference + phase * (target.small - reference)
    const large = reference + phase * (target.large - reference)
    const base = dstBase * Math.max(0, 1 + link * (platformShare - platform0))
    // The rates settle once phased in: the share kept is worked out again only when one moves.
    if (small !== lastSmall) keptSmall = dstKept((lastSmall = small), reference, elasticity)
    if (large !== lastLarge) keptLarge = dstKept((lastLarge = large), reference, elasticity)
    const dstGross = base * ((1 - largeShare) * small * keptSmall + largeShare * large * keptLarge)
    const dstCurrent = base * reference
    const dstIncrementGross = dstGross - dstCurrent
    const dstIncrement = dstIncrementGross * netPerGross

    // Data levy, per monitored user or per outgoing gigabyte (volume shrinks as firms minimise).
    let dataGross = 0
    const dataPhase = ws.phaseData[i] as number
    if (dataPhase > 0) {
      if (data.mode === 'perUser') {
        const users = at(p.users0) * 1e6 * usersF
        dataGross = users * dataPhase * data.ratePerUser * data.modulation * BN
      } else {
        const rateGb = dataPhase * data.ratePerGb
        const gigabytes = at(p.volume0) * 1e6 * volumeF
        const kept = Math.pow(1 + rateGb / at(p.valuePerGb), -at(p.minimisation))
        dataGross = rateGb * gigabytes * kept * BN
      }
    }

    // Platform contribution: the base follows platform adoption (volume) and wages (prices).
    const platformPhase = ws.phasePlatform[i] as number
    const gmv = at(p.gmv0) * scale * wageF
    const levy = platformPhase * pc.rate * baseFactor * gmv
    const evasion = model.baseYear + i >= atSourceYear ? evasionAtSource : evasionBefore
    const workers = at(p.workers0) * scale
    const turnover = turnover0 * wageF
    const requalifiedWage = paidYear * smic0 * wageF
    const requalified = platformPhase * pc.requalificationShare * workers
    const microLost = requalified * turnover * microRate * (1 - evasion)
    const kept = requalified * stayingShare * requalifiedWage
    const requalificationGain = (kept * salariedRate - microLost) * BN
    const requalificationRobss = (kept * salariedRobss - microLost) * BN
    const passBackLoss = passBack * levy * microRate * (1 - evasion)
    const platformIncrement = levy - passBackLoss + requalificationGain

    // A staffed channel kept open: its cost is a public expense only when the State pays it.
    // (The civil servants kept at a public counter stay on the State's payroll: fewer savings.)
    const keptCost = terms[T.staffed_cost_private * n + i] as number
    const staffedIncrement = keptPayer === 'state' ? -keptCost : 0

    s[G.revenue_dst_gross * n + i] = dstGross
    s[G.revenue_dst * n + i] = dstGross * netPerGross
    s[G.revenue_dst_current_law * n + i] = dstCurrent * netPerGross
    s[G.increment_dst * n + i] = dstIncrement
    s[G.increment_data_levy * n + i] = dataGross
    s[G.increment_platform * n + i] = platformIncrement
    s[G.increment_staffed_channel * n + i] = staffedIncrement
    s[G.increment_total * n + i] = dstIncrement + dataGross + platformIncrement + staffedIncrement
    // Contributions gained or lost go to social security whatever the earmarking of the levy.
    s[G.increment_robss * n + i] =
      earmark.dst * dstIncrement +
      earmark.dataLevy * dataGross +
      earmark.platformContribution * levy -
      passBackLoss +
      requalificationRobss +
      earmark.staffedChannel * staffedIncrement

    if (keepTerms) {
      terms[T.dst_base * n + i] = base
      terms[T.dst_rate_small * n + i] = small
      terms[T.dst_rate_large * n + i] = large
      terms[T.dst_kept * n + i] = keptLarge
      terms[T.dst_kept_small * n + i] = keptSmall
      terms[T.dst_base_grown * n + i] = dstBase
      terms[T.platform_employer_rate * n + i] = employer
      terms[T.platform_robss_rate * n + i] = salariedRobss
      terms[T.dst_gross_current_law * n + i] = dstCurrent
      terms[T.platform_scale * n + i] = scale
      terms[T.platform_gmv * n + i] = gmv
      terms[T.platform_levy * n + i] = levy
      terms[T.platform_pass_back_loss * n + i] = passBackLoss
      terms[T.platform_evasion * n + i] = evasion
      terms[T.platform_workers * n + i] = workers
      terms[T.platform_turnover * n + i] = turnover
      terms[T.platform_requalified_wage * n + i] = requalifiedWage
      terms[T.platform_requalification_gain * n + i] = requalificationGain
      terms[T.platform_requalification_gain_robss * n + i] = requalificationRobss
    }
    if (i >= model.firstOutput) {
      burdenPlatforms +=
        dstIncrementGross * (1 - passThrough) +
        dataGross * (1 - dataConsumerShare) +
        levy * (1 - passBack) * (1 - platformConsumerShare) +
        Math.max(0, requalificationGain)
      burdenFirms += dstIncrementGross * frenchFirmsShare + (keptPayer === 'firms' ? keptCost : 0)
      burdenConsumers +=
        (keptPayer === 'users' ? keptCost : 0) +
        dstIncrementGross * passThrough * consumerShare +
        dataGross * dataConsumerShare +
        levy * (1 - passBack) * platformConsumerShare
      burdenWorkers += levy * passBack
    }
  }
  ws.incidence[INCIDENCE_PLATFORMS] = burdenPlatforms
  ws.incidence[INCIDENCE_FRENCH_FIRMS] = burdenFirms
  ws.incidence[INCIDENCE_CONSUMERS] = burdenConsumers
  ws.incidence[INCIDENCE_WORKERS] = burdenWorkers
}

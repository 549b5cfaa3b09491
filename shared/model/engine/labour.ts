import type { CompiledModel } from './compile'
import { fillSectorRates, ratesUnchanged } from './sector-rates'
import type { RateParameters } from './contribution-rates'
import { SECTOR_FIELDS, SECTOR_IDS } from './ids'
import { ADOPTION_ROW, DISPLACED_ROW, G } from './series'
import { SC, SECTOR_CONSTANTS, ST, T } from './terms'
import { sectorTermRow } from './workspace'
import { keepsCounters, keptPostsPaidByState } from '../levers/staffed-channel'
import type { Workspace } from './workspace'
import { levyFreeSectors, recordCheckpoint, recordInputs, startLabour } from './labour-memo'

const BN = 1e-9
const SECTORS = SECTOR_IDS.length
const FIELDS = SECTOR_FIELDS.length
const F_JOBS = SECTOR_FIELDS.indexOf('jobs')
const F_FTE = SECTOR_FIELDS.indexOf('fte_factor')
const F_WAGE = SECTOR_FIELDS.indexOf('wage')
const F_VOLUME = SECTOR_FIELDS.indexOf('volume_growth')
const F_DRIFT = SECTOR_FIELDS.indexOf('drift')
const F_THETA = SECTOR_FIELDS.indexOf('theta')
const PUBLIC_COUNTER = SECTOR_IDS.indexOf('public_counter')
/** Legal monthly hours (35 h a week) × 12: converts the annual SMIC into an hourly one. */
export const HOURS_PER_YEAR = 151.67 * 12

function addTo(array: Float64Array, index: number, value: number): void {
  array[index] = (array[index] as number) + value
}

export function sectorParam(
  model: CompiledModel,
  params: Float64Array,
  s: number,
  f: number,
): number {
  return params[model.sectorParam[s * FIELDS + f] as number] as number
}

/** Per-year share of a pool back in work at `hazard`, given exits at `exit` (both capped at 1). */
function found(hazard: number, exit: number): number {
  const total = hazard + exit
  return total > 1 ? hazard / total : hazard
}

/** Per-year share of a pool leaving the labour force at `exit`, given the hazard. */
function left(hazard: number, exit: number): number {
  const total = hazard + exit
  return total > 1 ? exit / total : exit
}

/**
 * Jobs, wages, contributions by fund, benefits, firms' labour-cost savings and consumer work.
 *
 * Displaced stock against a no-new-adoption counterfactual: S = E_cf·θ·(A − A₀)/(1 − θ·A₀). Each
 * year's rise in S is split between leavers not replaced (attrition: the cost falls on entrants
 * never hired) and lay-offs, of which a share is redeployed in the firm. Laid-off people spend a
 * first year looking for work (hazard h₁, wage ratio ω₁ on return), then a long spell (h₂, ω₂);
 * entrants find work at h_e; everyone still looking leaves the labour force at rate e. When S
 * falls (the counterfactual shrinks or adoption falls back), every pool shrinks in proportion,
 * so no pool is ever negative. Civil servants (public counters) are never laid off: their posts go
 * by attrition and the State saves their wages.
 *
 * `shareFrom`: a workspace whose last projection was on these very values (another variant of the
 * scenario), whose leading sectors this projection takes over where their adoption is the same
 * (labour-memo.ts), as it does from its own workspace's last projection.
 */
export function projectLabour(
  model: CompiledModel,
  params: Float64Array,
  ws: Workspace,
  rates: RateParameters,
  shareFrom: Workspace | null = null,
): void {
  const n = ws.years
  const p = model.p
  const series = ws.series
  const terms = ws.terms
  const at = (i: number) => params[i] as number
  const wageGrowth = 1 + at(p.wageGrowth)
  const exit = at(p.exitRate)
  const firstFound = found(at(p.hazard), exit)
  const firstLeft = left(at(p.hazard), exit)
  const longFound = found(at(p.hazardLong), exit)
  const longLeft = left(at(p.hazardLong), exit)
  const entrantFound = found(at(p.entrantHazard), exit)
  const entrantLeft = left(at(p.entrantHazard), exit)
  const omegaShort = at(p.reemploymentWage)
  const omegaLong = at(p.reemploymentWageLong)
  const redeployedShare = at(p.redeployment)
  const attrition = at(p.attritionShare)
  const civilServants = at(p.civilServantShare)
  const smic0 = at(p.smic)
  const vatLoss = at(p.vatLoss) * (1 - rates.employeeRate - rates.csgCrds)

  // Benefit kernel: share of a laid-off cohort's wages still paid k years after displacement.
  const duration = at(p.benefitYears)
  let survival = 1
  for (let k = 0; k < n; k++) {
    const eligible = duration - k
    ws.benefitKernel[k] = survival * (eligible >= 1 ? 1 : eligible > 0 ? eligible : 0)
    const stay = k === 0 ? 1 - firstFound - firstLeft : 1 - longFound - longLeft
    survival *= stay * wageGrowth
  }
  const R_TOTAL = G.jobs_displaced_total * n
  const R_ATTRITION = G.jobs_displaced_attrition * n
  const R_POOL = G.unemployed_pool * n
  const R_EXITS = G.labour_force_exits * n
  const R_WAGES = G.wage_bill_lost * n
  const R_ROBSS = G.contributions_lost * n
  const R_UNEDIC = G.contributions_lost_unedic * n
  const R_COMPLEMENTARY = G.contributions_lost_complementary * n
  const R_VAT = G.itaf_lost * n
  const R_KEPT = G.staffed_channel_jobs * n
  // A State that pays for the staff kept leaves firms their savings, as if the posts had gone.
  const stateSubsidises = keptPostsPaidByState(model)
  const keeps = keepsCounters(model)
  const free = ws.adoptionFree
  const R_SAVED = G.labour_cost_saved * n
  const R_STATE = G.state_savings * n

  const memo = ws.labourMemo
  const start = startLabour(model, params, ws, shareFrom, keeps, stateSubsidises)
  // After startLabour, which may bring the sector rates of another workspace on the same values.
  const ratesKnown = ratesUnchanged(ws, rates, omegaShort, omegaLong)
  // Where the memo's sums are taken (labour-memo.ts): after the sectors no levy reaches, unless
  // this projection took them over at or past that point.
  const checkpoint = memo.enabled ? levyFreeSectors(model) : -1
  const recordsCheckpoint = memo.enabled && (start === 0 || start < checkpoint)

  for (let s = start; s < SECTORS; s++) {
    if (recordsCheckpoint && s === checkpoint) recordCheckpoint(ws, checkpoint)
    const adoptionRow = (ADOPTION_ROW + s) * n
    const displacedRow = (DISPLACED_ROW + s) * n
    const jobs0 = sectorParam(model, params, s, F_JOBS) * sectorParam(model, params, s, F_FTE)
    const wage0 = sectorParam(model, params, s, F_WAGE)
    const volume = 1 + sectorParam(model, params, s, F_VOLUME)
    const trend = volume * (1 + sectorParam(model, params, s, F_DRIFT))
    const theta = sectorParam(model, params, s, F_THETA)
    const freeRow = s * n
    const a0 = series[adoptionRow] as number
    // Jobs per unit of adoption above the base year's, per job of the counterfactual.
    const perAdoption = theta / Math.max(1e-9, 1 - theta * a0)
    // Wage levels relative to the SMIC stay fixed: both grow with wages.
    const x = wage0 / smic0
    fillSectorRates(ws, s, x, rates, omegaShort, omegaLong, ratesKnown)
    const constants = s * SECTOR_CONSTANTS.length
    const sc = ws.sectorConstants
    const robss = sc[constants + SC.robss_rate] as number
    const unedic = sc[constants + SC.unedic_rate] as number
    const complementary = sc[constants + SC.complementary_rate] as number
    const robssShort = sc[constants + SC.robss_rate_reemployed] as number
    const robssLong = sc[constants + SC.robss_rate_reemployed_long] as number
    const unedicShort = sc[constants + SC.unedic_rate_reemployed] as number
    const unedicLong = sc[constants + SC.unedic_rate_reemployed_long] as number
    const complShort = sc[constants + SC.complementary_rate_reemployed] as number
    const complLong = sc[constants + SC.complementary_rate_reemployed_long] as number
    const employer = sc[constants + SC.employer_rate] as number
    const civil = s === PUBLIC_COUNTER ? civilServants : 0
    const attritionShare = civil + (1 - civil) * attrition
    sc[constants + SC.attrition_share] = attritionShare
    const st = ws.sectorTerms
    // The sector's term rows follow one another, `n` values each.
    const terms0 = sectorTermRow(s, 0, n)
    const rCounterfactual = terms0 + ST.counterfactual * n
    const rWage = terms0 + ST.wage * n
    const rShort = terms0 + ST.unemployed_short * n
    const rLong = terms0 + ST.unemployed_long * n
    const rEntrants = terms0 + ST.entrants * n
    const rBackShort = terms0 + ST.reemployed_short * n
    const rBackLong = terms0 + ST.reemployed_long * n
    const rExits = terms0 + ST.exits * n
    const rRedeployed = terms0 + ST.redeployed * n
    const rAttrition = terms0 + ST.attrition * n
    const rSaved = terms0 + ST.labour_cost_saved * n
    const rKept = terms0 + ST.staffed_kept * n

    let counterfactual = jobs0
    let wage = wage0
    let previousStock = 0
    // Pools in FTE: still looking (first year, longer), entrants not hired, re-employed after a
    // short or a long spell, out of the labour force, redeployed, and posts gone by attrition.
    let uShort = 0
    let uLong = 0
    let entrants = 0
    let mShort = 0
    let mLong = 0
    let exits = 0
    let redeployed = 0
    let attrited = 0
    for (let i = 0; i < n; i++) {
      if (i > 0) {
        counterfactual *= trend
        wage *= wageGrowth
        mShort += firstFound * uShort + entrantFound * entrants
        mLong += longFound * uLong
        exits += firstLeft * uShort + longLeft * uLong + entrantLeft * entrants
        uLong = uLong * (1 - longFound - longLeft) + uShort * (1 - firstFound - firstLeft)
        entrants *= 1 - entrantFound - entrantLeft
        uShort = 0
      }
      const adoption = series[adoptionRow + i] as number
      const stock = counterfactual * perAdoption * (adoption - a0)
      const change = stock - previousStock
      let laidOff = 0
      if (change > 0) {
        const layoffs = (1 - attritionShare) * change
        laidOff = (1 - redeployedShare) * layoffs
        uShort += laidOff
        redeployed += redeployedShare * layoffs
        entrants += attritionShare * change
        attrited += attritionShare * change
      } else if (previousStock > 0) {
        // Jobs the counterfactual would have lost anyway: every pool shrinks in proportion.
        const k = stock > 0 ? stock / previousStock : 0
        uShort *= k
        uLong *= k
        entrants *= k
        mShort *= k
        mLong *= k
        exits *= k
        redeployed *= k
        attrited *= k
      }
      previousStock = stock
      const looking = uShort + uLong + entrants
      const out = looking + exits
      const wageLoss = (out + mShort * (1 - omegaShort) + mLong * (1 - omegaLong)) * wage
      series[displacedRow + i] = stock
      addTo(series, R_TOTAL + i, stock)
      addTo(series, R_ATTRITION + i, attrited)
      addTo(series, R_POOL + i, looking)
      addTo(series, R_EXITS + i, exits)
      addTo(series, R_WAGES + i, wageLoss * BN)
      addTo(
        series,
        R_ROBSS + i,
        (out * robss + mShort * robssShort + mLong * robssLong) * wage * BN,
      )
      addTo(
        series,
        R_UNEDIC + i,
        (out * unedic + mShort * unedicShort + mLong * unedicLong) * wage * BN,
      )
      addTo(
        series,
        R_COMPLEMENTARY + i,
        (out * complementary + mShort * complShort + mLong * complLong) * wage * BN,
      )
      addTo(series, R_VAT + i, wageLoss * vatLoss * BN)
      // Posts a staffed channel kept open saves: the jobs the imposed self-service sent back to the
      // counter would have displaced (their price: staffed-channel.ts).
      const keptJobs = keeps
        ? counterfactual * perAdoption * ((free[freeRow + i] as number) - adoption)
        : 0
      addTo(series, R_KEPT + i, keptJobs)
      st[rKept + i] = keptJobs
      // Posts no longer paid: firms save their labour cost, the State its civil servants' wages;
      // the civil servants kept at a counter stay the State's, whoever pays for the others.
      const gone = stock > redeployed ? stock - redeployed : 0
      const paidByFirms = stateSubsidises ? stock + keptJobs : stock
      const goneForFirms = paidByFirms > redeployed ? paidByFirms - redeployed : 0
      const saved = (1 - civil) * goneForFirms * wage * (1 + employer) * BN
      addTo(series, R_SAVED + i, saved)
      addTo(series, R_STATE + i, civil * gone * wage * BN)
      addTo(ws.cohortWages, i, laidOff * wage)
      st[rCounterfactual + i] = counterfactual
      st[rWage + i] = wage
      st[rShort + i] = uShort
      st[rLong + i] = uLong
      st[rEntrants + i] = entrants
      st[rBackShort + i] = mShort
      st[rBackLong + i] = mLong
      st[rExits + i] = exits
      st[rRedeployed + i] = redeployed
      st[rAttrition + i] = attrited
      st[rSaved + i] = saved
    }
  }

  if (recordsCheckpoint && checkpoint === SECTORS) recordCheckpoint(ws, checkpoint)
  if (memo.enabled) recordInputs(model, params, ws, keeps, stateSubsidises)

  // Unemployment benefits: each laid-off cohort's wages times the replacement rate, while eligible.
  const replacement = at(p.replacementRate)
  let smicHourly = smic0 / HOURS_PER_YEAR
  for (let i = 0; i < n; i++) {
    let paid = 0
    for (let tau = 0; tau <= i; tau++)
      paid += (ws.cohortWages[tau] as number) * (ws.benefitKernel[i - tau] as number)
    terms[T.covered_wages * n + i] = paid
    series[G.benefits_cost * n + i] = replacement * paid * BN
    if (i > 0) smicHourly *= wageGrowth
    terms[T.smic_hourly * n + i] = smicHourly
  }
}

import { adoptionFit } from '../baseline/adoption-fit'
import type { Baseline } from '../baseline/baseline-schema'
import { compileCurves, pathsAtNoCost } from './adoption'
import type { SectorCurves } from './adoption'
import {
  DIST_CODES,
  SAMPLER_PARAMS,
  centralValue,
  samplerParams,
} from '../uncertainty/distributions'
import type { Distribution } from '../uncertainty/distributions'
import { SECTOR_FIELDS, SECTOR_IDS, sectorAssumptionId } from './ids'
import type { Curve, Levers, Scenario } from '../scenario/scenario-schema'
import { leverSettledYear, leversByYear } from '../levers/lever-years'
import { LEVER_IDS } from '../levers/lever-table'
import type { LeverId, LeverValues } from '../levers/lever-table'
import { fillPhase } from './workspace'

/** Indices of the assumptions the engine reads by name, resolved once per baseline. */
function paramIndex(index: ReadonlyMap<string, number>) {
  const at = (id: string): number => {
    const i = index.get(id)
    if (i === undefined) throw new Error(`The baseline lacks the assumption ${id}`)
    return i
  }
  return {
    gdp0: at('macro.gdp_2024'),
    gdpGrowth: at('macro.gdp_growth'),
    wageGrowth: at('macro.wage_growth'),
    employmentGrowth: at('macro.employment_growth'),
    smic: at('macro.smic_annual'),
    corporateTax: at('macro.corporate_tax_rate'),
    employerStatutory: at('contrib.employer_statutory'),
    rgMax: at('contrib.rg_max'),
    rgCeiling: at('contrib.rg_ceiling'),
    rgMin: at('contrib.rg_min'),
    rgExponent: at('contrib.rg_exponent'),
    sicknessReduction: at('contrib.sickness_reduction'),
    sicknessCeiling: at('contrib.sickness_reduction_ceiling'),
    familyReduction: at('contrib.family_reduction'),
    familyCeiling: at('contrib.family_reduction_ceiling'),
    employerFloor: at('contrib.employer_floor'),
    employeeRate: at('contrib.employee_rate'),
    csgCrds: at('contrib.csg_crds_rate'),
    perEuroShare: at('contrib.compensation_per_euro_share'),
    unedicEmployer: at('contrib.unedic_employer_rate'),
    complementaryEmployer: at('contrib.complementary_employer_rate'),
    complementaryEmployee: at('contrib.complementary_employee_rate'),
    microRate: at('contrib.micro_rate'),
    hazard: at('labour.reemployment_hazard'),
    hazardLong: at('labour.reemployment_hazard_long'),
    reemploymentWage: at('labour.reemployment_wage_ratio'),
    reemploymentWageLong: at('labour.reemployment_wage_ratio_long'),
    exitRate: at('labour.exit_rate'),
    attritionShare: at('labour.attrition_share'),
    entrantHazard: at('labour.entrant_hazard'),
    redeployment: at('labour.redeployment_share'),
    civilServantShare: at('sector.public_counter.civil_servant_share'),
    marginShare: at('value.margin_share'),
    distributedShare: at('value.distributed_share'),
    capitalSocialRate: at('value.capital_csg_rate'),
    capitalIncomeTax: at('value.capital_income_tax_rate'),
    stateTaxOnWages: at('value.state_tax_on_wages'),
    timeValueMultiple: at('consumer.time_value_smic_multiple'),
    population15: at('exclusion.population_15plus'),
    illectronism: at('exclusion.illectronism_share'),
    illectronismDecline: at('exclusion.illectronism_decline'),
    assistedCost: at('exclusion.assisted_cost_per_request'),
    assistedNetwork: at('exclusion.assisted_requests_network'),
    assistedTripKm: at('exclusion.assisted_trip_km'),
    carKgPerKm: at('env.car_kg_co2e_per_km'),
    digitalFootprint: at('env.digital_footprint_mt'),
    valuePerUser: at('data.value_per_user'),
    discountRate: at('finance.discount_rate'),
    replacementRate: at('benefits.replacement_rate'),
    benefitYears: at('benefits.duration_years'),
    vatLoss: at('itaf.vat_loss_rate'),
    costResponse: at('adoption.cost_response'),
    spendingGrowth: at('baseline.spending_growth'),
    dstReference: at('dst.reference_rate'),
    dstBase0: at('dst.base_2024'),
    dstBaseGrowth: at('dst.base_growth_2024'),
    dstFadeYears: at('dst.base_growth_fade_years'),
    dstPlatformLink: at('dst.platform_link'),
    dstElasticity: at('dst.rate_elasticity'),
    dstDeductibility: at('dst.deductibility'),
    dstPassThrough: at('dst.pass_through'),
    dstConsumerPassThrough: at('dst.consumer_pass_through'),
    dstLargeShare: at('dst.large_group_share'),
    users0: at('data.users_2024'),
    usersGrowth: at('data.users_growth'),
    volume0: at('data.volume_2024'),
    volumeGrowth: at('data.volume_growth'),
    valuePerGb: at('data.value_per_gb'),
    minimisation: at('data.minimisation_elasticity'),
    dataConsumerPassThrough: at('data.consumer_pass_through'),
    gmv0: at('platform.gmv_2024'),
    commissionShare: at('platform.commission_share'),
    profitMargin: at('platform.profit_margin'),
    workers0: at('platform.workers_2024'),
    turnover0: at('platform.turnover_per_worker'),
    evasion: at('platform.evasion_rate'),
    evasionAtSource: at('platform.evasion_at_source'),
    passBack: at('platform.worker_pass_back'),
    platformConsumerPassThrough: at('platform.consumer_pass_through'),
    hoursPerWorker: at('platform.hours_per_worker'),
    leaveAndExpenses: at('platform.paid_leave_and_expenses'),
    atSourceYear: at('platform.at_source_year'),
    employmentElasticity: at('platform.employment_elasticity'),
  }
}
export type ParamIndex = ReturnType<typeof paramIndex>

/** What the levers fix before any projection: read once per compiled model, not once per draw. */
interface CompiledLevers {
  readonly levers: Levers
  readonly leversByYear: readonly LeverValues[]
  /** Every lever's phase-in in LEVERS order, one row of years each. */
  readonly phaseRows: Float64Array
  readonly settledYears: Readonly<Record<LeverId, number>>
}

function compileLevers(levers: Levers, baseYear: number, years: number): CompiledLevers {
  const settledYears = {} as Record<LeverId, number>
  const phaseRows = new Float64Array(LEVER_IDS.length * years)
  for (const [k, id] of LEVER_IDS.entries()) {
    fillPhase(phaseRows.subarray(k * years, (k + 1) * years), baseYear, levers[id])
    settledYears[id] = leverSettledYear(levers[id])
  }
  return {
    levers,
    leversByYear: leversByYear(levers, baseYear, years),
    phaseRows,
    settledYears,
  }
}

/**
 * The compiled model with other levers (attribution's coalitions, goal-seek's trials): everything
 * else compiled once is shared, the levers' values by year are read again.
 */
export function withLevers(model: CompiledModel, levers: Levers): CompiledModel {
  return assembled(model, compileLevers(levers, model.baseYear, model.years))
}

/**
 * `model` with `levers`, built field by field in one order: every compiled model, a scenario's or
 * a variant's, then has the same hidden class in V8. A spread copy gets another one, and the
 * projection's functions, seeing both, were deoptimised and settled at random between two speeds
 * (a Monte Carlo with every lever alone: 750 or 1,250 ms, from one process to the next).
 */
function assembled(model: CompiledModel, levers: CompiledLevers): CompiledModel {
  return {
    scenario: model.scenario,
    baseline: model.baseline,
    levers: levers.levers,
    leversByYear: levers.leversByYear,
    phaseRows: levers.phaseRows,
    settledYears: levers.settledYears,
    baseYear: model.baseYear,
    years: model.years,
    firstOutput: model.firstOutput,
    ids: model.ids,
    index: model.index,
    p: model.p,
    sectorParam: model.sectorParam,
    central: model.central,
    uncertain: model.uncertain,
    uncertainDistributions: model.uncertainDistributions,
    distCode: model.distCode,
    distParams: model.distParams,
    curveKind: model.curveKind,
    bass: model.bass,
    fixedPaths: model.fixedPaths,
    ceilings: model.ceilings,
    noCostPaths: model.noCostPaths,
    respondsToCost: model.respondsToCost,
    exposureDst: model.exposureDst,
    exposurePlatform: model.exposurePlatform,
    robss: model.robss,
    unedic: model.unedic,
  }
}

/**
 * A scenario turned into flat numbers once, so that each projection (thousands per Monte Carlo
 * run) reads typed arrays and allocates nothing.
 */
export interface CompiledModel extends SectorCurves {
  readonly scenario: Scenario
  readonly baseline: Baseline
  /** The levers as written: switches, choices, start years, and numbers that may be schedules. */
  readonly levers: Levers
  /** The levers in each simulated year (index 0 the base year), every schedule read there. */
  readonly leversByYear: readonly LeverValues[]
  /**
   * Each lever's phase-in, year by year (workspace.ts's fillPhase), one row per lever in LEVERS
   * order: a projection copies them into the workspace at once.
   */
  readonly phaseRows: Float64Array
  /** Each lever's settled year (lever-years.ts's leverSettledYear). */
  readonly settledYears: Readonly<Record<LeverId, number>>
  readonly baseYear: number
  /** Years simulated, from the base year to the horizon's end. */
  readonly years: number
  /** Index of the horizon's first year among the simulated years. */
  readonly firstOutput: number
  readonly ids: readonly string[]
  readonly index: ReadonlyMap<string, number>
  readonly p: ParamIndex
  /** Per sector and field (SECTOR_FIELDS order), the index of its assumption. */
  readonly sectorParam: Int32Array
  readonly central: Float64Array
  readonly uncertain: Int32Array
  readonly uncertainDistributions: readonly Distribution[]
  readonly distCode: Uint8Array
  readonly distParams: Float64Array
  // The sectors' curves (curveKind, bass, fixedPaths, ceilings): SectorCurves, adoption.ts.
  /** Per sector and year: the curve's path with no levy's cost on its users (adoption.ts). */
  readonly noCostPaths: Float64Array
  readonly respondsToCost: Uint8Array
  readonly exposureDst: Float64Array
  readonly exposurePlatform: Float64Array
  readonly robss: FinancingTable
  readonly unedic: FinancingTable
}

/** A published financing table, and the last year's values the growth rules extend from. */
export interface FinancingTable {
  readonly receipts: Float64Array
  readonly spending: Float64Array
  readonly receiptsBase: number
  readonly spendingBase: number
}

function financingTable(table: Baseline['robss']): FinancingTable {
  const last = (values: readonly number[]) => values[values.length - 1] as number
  return {
    receipts: Float64Array.from(table.receipts),
    spending: Float64Array.from(table.spending),
    receiptsBase: last(table.receipts) - (table.lastYearOneOff?.receipts ?? 0),
    spendingBase: last(table.spending) - (table.lastYearOneOff?.spending ?? 0),
  }
}

/**
 * The curve a sector uses when the scenario does not set one (model 2.0.0): Bass with the p and q
 * fitted to the baseline's observed adoption (pooled for sectors with no observation of their own),
 * the baseline's ceiling, starting at the base-year level. See adoption-fit.ts.
 */
export function defaultCurve(baseline: Baseline, sector: (typeof SECTOR_IDS)[number]): Curve {
  const fit = adoptionFit(baseline, sector)
  return { type: 'bass', p: fit.p, q: fit.q, ceiling: fit.ceiling, start: fit.start }
}

/** Model 1.0.0's default: Bass with the baseline's cited p and q for every sector. */
export function modelOneDefaultCurve(
  baseline: Baseline,
  sector: (typeof SECTOR_IDS)[number],
): Curve {
  const d = baseline.sectors[sector].curveDefaults
  return { type: 'bass', p: d.bassP, q: d.bassQ, ceiling: d.ceiling, start: d.adoption2024 }
}

/**
 * True when a stored curve is exactly model 1.0.0's default for the sector, so a scenario written
 * out in full under 1.0.0 can be upgraded to the fitted default without touching curves an analyst
 * chose (any differing parameter, however small, counts as a choice).
 */
export function isModelOneDefaultCurve(
  curve: Curve,
  baseline: Baseline,
  sector: (typeof SECTOR_IDS)[number],
): boolean {
  const d = baseline.sectors[sector].curveDefaults
  return (
    curve.type === 'bass' &&
    curve.p === d.bassP &&
    curve.q === d.bassQ &&
    curve.ceiling === d.ceiling &&
    curve.start === d.adoption2024
  )
}

/** What a baseline fixes for every scenario compiled against it: its assumptions' order. */
interface BaselineIndex {
  readonly ids: readonly string[]
  readonly index: ReadonlyMap<string, number>
  readonly sectorParam: Int32Array
  readonly p: ParamIndex
}

/** Worked out once per baseline (a comparison compiles seven scenarios against the same one). */
const baselineIndexes = new WeakMap<Baseline, BaselineIndex>()

function baselineIndex(baseline: Baseline): BaselineIndex {
  const known = baselineIndexes.get(baseline)
  if (known) return known
  const ids = Object.keys(baseline.assumptions).sort()
  const index = new Map(ids.map((id, i) => [id, i]))
  const sectorParam = new Int32Array(SECTOR_IDS.length * SECTOR_FIELDS.length)
  SECTOR_IDS.forEach((sector, s) => {
    SECTOR_FIELDS.forEach((field, f) => {
      sectorParam[s * SECTOR_FIELDS.length + f] = index.get(sectorAssumptionId(sector, field)) ?? -1
    })
  })
  if (sectorParam.includes(-1)) throw new Error('The baseline lacks a sector assumption')
  const made = { ids, index, sectorParam, p: paramIndex(index) }
  baselineIndexes.set(baseline, made)
  return made
}

export function compileScenario(scenario: Scenario, baseline: Baseline): CompiledModel {
  const { ids, index, sectorParam, p } = baselineIndex(baseline)
  const central = new Float64Array(ids.length)
  const uncertain: number[] = []
  const distributions: Distribution[] = []
  ids.forEach((id, i) => {
    const value = scenario.assumptions[id] ?? (baseline.assumptions[id] as { value: number }).value
    if (typeof value === 'number') {
      central[i] = value
    } else {
      central[i] = centralValue(value)
      uncertain.push(i)
      distributions.push(value)
    }
  })
  const distCode = Uint8Array.from(distributions.map((d) => DIST_CODES[d.dist]))
  // Set in place: V8's flatMap took 0.1 ms here, half of compiling a scenario, which every live
  // projection does.
  const distParams = new Float64Array(distributions.length * SAMPLER_PARAMS)
  distributions.forEach((d, k) => distParams.set(samplerParams(d), k * SAMPLER_PARAMS))

  const baseYear = baseline.baseYear
  const years = scenario.horizon.end - baseYear + 1
  const curves = compileCurves(
    SECTOR_IDS.map((sector) => scenario.sectors[sector]?.curve ?? defaultCurve(baseline, sector)),
    baseYear,
    years,
  )
  const respondsToCost = Uint8Array.from(SECTOR_IDS, (sector) =>
    scenario.sectors[sector]?.respondsToCost === false ? 0 : 1,
  )
  const compiledLevers = compileLevers(scenario.levers, baseYear, years)
  const draft: CompiledModel = {
    scenario,
    baseline,
    ...compiledLevers,
    baseYear,
    years,
    firstOutput: scenario.horizon.start - baseYear,
    ids,
    index,
    p,
    sectorParam,
    central,
    uncertain: Int32Array.from(uncertain),
    uncertainDistributions: distributions,
    distCode,
    distParams,
    curveKind: curves.curveKind,
    bass: curves.bass,
    fixedPaths: curves.fixedPaths,
    ceilings: curves.ceilings,
    noCostPaths: pathsAtNoCost(curves, years),
    respondsToCost,
    exposureDst: Float64Array.from(SECTOR_IDS.map((s) => baseline.sectors[s].levyExposure.dst)),
    exposurePlatform: Float64Array.from(
      SECTOR_IDS.map((s) => baseline.sectors[s].levyExposure.platform),
    ),
    robss: financingTable(baseline.robss),
    unedic: financingTable(baseline.unedic),
  }
  return assembled(draft, compiledLevers)
}

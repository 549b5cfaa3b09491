import { FUND_RATES_WIDTH } from './contribution-rates'
import type { RateParameters } from './contribution-rates'
import type { CompiledModel } from './compile'
import { SECTOR_IDS } from './ids'
import { createLabourMemo } from './labour-memo'
import { LEVERS } from '../levers/lever-table'
import type { LabourMemo } from './labour-memo'
import { INDICATOR_COUNT, SERIES_COUNT } from './series'
import { GLOBAL_TERMS, SECTOR_CONSTANTS, SECTOR_TERMS } from './terms'

/** Buffers a projection writes into; allocated once per compiled model and reused by every run. */
export interface Workspace {
  readonly years: number
  /** SERIES_COUNT rows of `years` values, row-major (see series.ts for the rows). */
  readonly series: Float64Array
  readonly indicators: Float64Array
  /** Recorded intermediate terms (terms.ts): GLOBAL_TERMS rows of `years` values. */
  readonly terms: Float64Array
  /** Per sector, SECTOR_TERMS rows of `years` values: row (s·SECTOR_TERMS + term)·years. */
  readonly sectorTerms: Float64Array
  /** Per sector, SECTOR_CONSTANTS values: s·SECTOR_CONSTANTS + constant. */
  readonly sectorConstants: Float64Array
  /** Every lever's phase-in this projection, LEVERS order; phaseDst… are its rows. */
  readonly phases: Float64Array
  readonly phaseDst: Float64Array
  readonly phaseData: Float64Array
  readonly phasePlatform: Float64Array
  readonly phaseStaffed: Float64Array
  /**
   * Per sector, adoption before a staffed channel kept open sends imposed self-service back to the
   * counter (project.ts); the adoption rows of `series` hold it after. Row s·years.
   */
  readonly adoptionFree: Float64Array
  /** Per year, the product over sectors of the share of users whose staffed channel stays. */
  readonly closingScratch: Float64Array
  /** Per year, the share of the closing staffed channel kept open (project.ts's adoption). */
  readonly keptShares: Float64Array
  readonly dstConsumerCost: Float64Array
  readonly platformConsumerCost: Float64Array
  readonly cohortWages: Float64Array
  readonly benefitKernel: Float64Array
  /** Contribution rates by fund at three wage levels (labour.ts), reused by every sector. */
  readonly rateScratch: Float64Array
  /** What the sector constants' rates were last worked out with (sector-rates.ts). */
  readonly rateCache: { rates: RateParameters | null; omegaShort: number; omegaLong: number }
  /** What the last projection's labour part read and summed, for the next to take over. */
  readonly labourMemo: LabourMemo
  /** Cumulative lever burden borne by platforms, French firms, consumers and workers. */
  readonly incidence: Float64Array
}

type PhaseKey = (typeof LEVERS)[number]['phase']

export function createWorkspace(model: CompiledModel): Workspace {
  const n = model.years
  const sectors = SECTOR_IDS.length
  const phases = new Float64Array(LEVERS.length * n)
  const phaseOf = (key: PhaseKey) => {
    const k = LEVERS.findIndex((lever) => lever.phase === key)
    return phases.subarray(k * n, (k + 1) * n)
  }
  return {
    years: n,
    series: new Float64Array(SERIES_COUNT * n),
    indicators: new Float64Array(INDICATOR_COUNT),
    terms: new Float64Array(GLOBAL_TERMS.length * n),
    sectorTerms: new Float64Array(sectors * SECTOR_TERMS.length * n),
    sectorConstants: new Float64Array(sectors * SECTOR_CONSTANTS.length),
    phases,
    phaseDst: phaseOf('phaseDst'),
    phaseData: phaseOf('phaseData'),
    phasePlatform: phaseOf('phasePlatform'),
    phaseStaffed: phaseOf('phaseStaffed'),
    adoptionFree: new Float64Array(sectors * n),
    closingScratch: new Float64Array(n),
    keptShares: new Float64Array(n),
    dstConsumerCost: new Float64Array(n),
    platformConsumerCost: new Float64Array(n),
    cohortWages: new Float64Array(n),
    benefitKernel: new Float64Array(n),
    rateScratch: new Float64Array(3 * FUND_RATES_WIDTH),
    rateCache: { rates: null, omegaShort: Number.NaN, omegaLong: Number.NaN },
    labourMemo: createLabourMemo(model.central.length, n),
    incidence: new Float64Array(4),
  }
}

/** Row offset of a sector term in `sectorTerms`. */
export function sectorTermRow(sector: number, term: number, years: number): number {
  return (sector * SECTOR_TERMS.length + term) * years
}

export const INCIDENCE_PLATFORMS = 0
export const INCIDENCE_FRENCH_FIRMS = 1
export const INCIDENCE_CONSUMERS = 2
export const INCIDENCE_WORKERS = 3

/**
 * Share of a lever's full effect in a given year: none before its start year, then rising
 * linearly over its phase-in years.
 */
export function fillPhase(
  out: Float64Array,
  baseYear: number,
  lever: { enabled: boolean; startYear: number; phaseInYears: number },
): void {
  for (let i = 0; i < out.length; i++) {
    const year = baseYear + i
    if (!lever.enabled || year < lever.startYear) out[i] = 0
    else if (lever.phaseInYears === 0) out[i] = 1
    else out[i] = Math.min(1, (year - lever.startYear + 1) / lever.phaseInYears)
  }
}

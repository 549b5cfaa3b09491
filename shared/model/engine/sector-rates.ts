import {
  EMPLOYER_PAID,
  FUND_COMPLEMENTARY,
  FUND_RATES_WIDTH,
  FUND_ROBSS,
  FUND_UNEDIC,
  fundRates,
  sameRateParameters,
} from './contribution-rates'
import type { RateParameters } from './contribution-rates'
import { SC, SECTOR_CONSTANTS } from './terms'
import type { Workspace } from './workspace'

/** Offsets in the rate scratch: the lost job's rates, then the new job's after each spell. */
const LOST = 0
const AFTER_SHORT = FUND_RATES_WIDTH
const AFTER_LONG = 2 * FUND_RATES_WIDTH

/** A fund's loss per euro of former wage once back in work at ω times it: ρ(x) − ω·ρ(new level). */
function netAfter(r: Float64Array, offset: number, omega: number, fund: number): number {
  return (r[LOST + fund] as number) - omega * (r[offset + fund] as number)
}

/**
 * Whether the rates and re-employment wage ratios are those the workspace's sector rates were last
 * worked out with; the workspace then records these as the current ones. The rates depend on no
 * lever: a lever's variant projected on the same draw (lever-effects.ts), a tornado run moving
 * another assumption or a repeated projection finds them as they were.
 */
export function ratesUnchanged(
  ws: Workspace,
  rates: RateParameters,
  omegaShort: number,
  omegaLong: number,
): boolean {
  const cache = ws.rateCache
  const same =
    cache.rates !== null &&
    cache.omegaShort === omegaShort &&
    cache.omegaLong === omegaLong &&
    sameRateParameters(cache.rates, rates)
  cache.rates = rates
  cache.omegaShort = omegaShort
  cache.omegaLong = omegaLong
  return same
}

/**
 * Sector s's contribution rates at wage level x (× SMIC) into its constants: what each fund loses
 * per euro of wage lost, and net of the wage found again after a short or a long spell. A new job
 * below the SMIC is paid as fewer hours at the SMIC: its rates are those of its hourly level,
 * never below the SMIC, so per fund the loss is ρ(x) − ω·ρ(max(1, ω·x)). Skipped when `known`
 * and the sector's wage level has not moved: the constants already hold them.
 */
export function fillSectorRates(
  ws: Workspace,
  s: number,
  x: number,
  rates: RateParameters,
  omegaShort: number,
  omegaLong: number,
  known: boolean,
): void {
  const c = ws.sectorConstants
  const at = s * SECTOR_CONSTANTS.length
  if (known && c[at + SC.wage_level] === x) return
  const r = ws.rateScratch
  fundRates(x, rates, r, LOST)
  fundRates(Math.max(1, omegaShort * x), rates, r, AFTER_SHORT)
  fundRates(Math.max(1, omegaLong * x), rates, r, AFTER_LONG)
  c[at + SC.wage_level] = x
  c[at + SC.robss_rate] = r[LOST + FUND_ROBSS] as number
  c[at + SC.unedic_rate] = r[LOST + FUND_UNEDIC] as number
  c[at + SC.complementary_rate] = r[LOST + FUND_COMPLEMENTARY] as number
  c[at + SC.employer_rate] = r[LOST + EMPLOYER_PAID] as number
  c[at + SC.robss_rate_reemployed] = netAfter(r, AFTER_SHORT, omegaShort, FUND_ROBSS)
  c[at + SC.robss_rate_reemployed_long] = netAfter(r, AFTER_LONG, omegaLong, FUND_ROBSS)
  c[at + SC.unedic_rate_reemployed] = netAfter(r, AFTER_SHORT, omegaShort, FUND_UNEDIC)
  c[at + SC.unedic_rate_reemployed_long] = netAfter(r, AFTER_LONG, omegaLong, FUND_UNEDIC)
  c[at + SC.complementary_rate_reemployed] = netAfter(
    r,
    AFTER_SHORT,
    omegaShort,
    FUND_COMPLEMENTARY,
  )
  c[at + SC.complementary_rate_reemployed_long] = netAfter(
    r,
    AFTER_LONG,
    omegaLong,
    FUND_COMPLEMENTARY,
  )
}

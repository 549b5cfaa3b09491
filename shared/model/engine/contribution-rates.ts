/**
 * Social-security receipts per euro of gross wage, by wage level (x = wage / SMIC).
 * Employer side: statutory rate minus the réduction générale (RG) and the reduced sickness and
 * family rates, never below the part no reduction covers. Employee side: contributions and CSG-CRDS.
 */
export interface RateParameters {
  readonly employerStatutory: number
  readonly rgMax: number
  readonly rgCeiling: number
  /** Minimum coefficient below the ceiling (RGDU 2026: 2 %; none before). */
  readonly rgMin: number
  /** Exponent of the degressive formula (RGDU 2026: 1.75; 1, linear, before). */
  readonly rgExponent: number
  readonly sicknessReduction: number
  readonly sicknessCeiling: number
  readonly familyReduction: number
  readonly familyCeiling: number
  readonly employerFloor: number
  readonly employeeRate: number
  readonly csgCrds: number
  /** 0: exemptions compensated by a lump-sum VAT fraction; 1: euro for euro. */
  readonly perEuroShare: number
  /** Statutory employer rates of the funds outside the ROBSS, included in employerStatutory. */
  readonly unedicEmployer: number
  readonly complementaryEmployer: number
  /** Employee Agirc-Arrco rate, included in employeeRate. */
  readonly complementaryEmployee: number
}

/** Whether two sets of rate parameters are equal, field by field. */
export function sameRateParameters(a: RateParameters, b: RateParameters): boolean {
  return (
    a.employerStatutory === b.employerStatutory &&
    a.rgMax === b.rgMax &&
    a.rgCeiling === b.rgCeiling &&
    a.rgMin === b.rgMin &&
    a.rgExponent === b.rgExponent &&
    a.sicknessReduction === b.sicknessReduction &&
    a.sicknessCeiling === b.sicknessCeiling &&
    a.familyReduction === b.familyReduction &&
    a.familyCeiling === b.familyCeiling &&
    a.employerFloor === b.employerFloor &&
    a.employeeRate === b.employeeRate &&
    a.csgCrds === b.csgCrds &&
    a.perEuroShare === b.perEuroShare &&
    a.unedicEmployer === b.unedicEmployer &&
    a.complementaryEmployer === b.complementaryEmployer &&
    a.complementaryEmployee === b.complementaryEmployee
  )
}

/**
 * Réduction générale coefficient at wage level x (× SMIC), zero from the ceiling up:
 *   C = Tmin + (Tmax − Tmin)·[(ceiling/x − 1)/(ceiling − 1)]^P, within [Tmin, Tmax].
 * With Tmin = 0, P = 1 and a ceiling of 1.6 it is the 2025 formula (T/0.6)·(1.6/x − 1); with
 * Tmin = 2 %, P = 1.75 and a ceiling of 3 it is the RGDU of 2026.
 */
export function generalReduction(x: number, r: RateParameters): number {
  if (x >= r.rgCeiling) return 0
  if (x <= 1) return r.rgMax
  const span = r.rgCeiling - 1
  const base = span > 0 ? (r.rgCeiling / x - 1) / span : 1
  // base > 0 here (x below the ceiling): exp(P·ln base) is base^P, in half Math.pow's time (V8's
  // pow took ≈ 40 ns, and this runs for every sector of every draw).
  const coefficient = r.rgMin + (r.rgMax - r.rgMin) * Math.exp(r.rgExponent * Math.log(base))
  return coefficient >= r.rgMax ? r.rgMax : coefficient <= r.rgMin ? r.rgMin : coefficient
}

/** The employer rate actually paid at wage level x, given the RG coefficient there. */
function employerRateWith(x: number, r: RateParameters, rg: number): number {
  const reductions =
    rg +
    (x <= r.sicknessCeiling ? r.sicknessReduction : 0) +
    (x <= r.familyCeiling ? r.familyReduction : 0)
  const paid = r.employerStatutory - reductions
  return paid < r.employerFloor ? r.employerFloor : paid
}

/** The employer rate actually paid at wage level x. */
export function employerRate(x: number, r: RateParameters): number {
  return employerRateWith(x, r, generalReduction(x, r))
}

export const FUND_ROBSS = 0
export const FUND_UNEDIC = 1
export const FUND_COMPLEMENTARY = 2
/** fundRates also writes the employer rate paid, after the three funds. */
export const EMPLOYER_PAID = 3
export const FUND_RATES_WIDTH = 4

/**
 * What each fund loses per euro of wages lost at level x, written into out[offset + FUND_*], and
 * the employer rate paid into out[offset + EMPLOYER_PAID]:
 * - the ROBSS: its share of the employer rate paid, the employee contributions outside Agirc-Arrco
 *   and CSG-CRDS, and under euro-for-euro compensation the RG it would have been compensated for;
 * - Unédic: its share of the employer rate;
 * - Agirc-Arrco (outside the ROBSS): its share of the employer rate and its employee rate.
 * The employer rate paid is shared among the funds in proportion to their statutory rates: the
 * reductions are imputed on every contribution they cover. One RG evaluation serves all three.
 */
export function fundRates(x: number, r: RateParameters, out: Float64Array, offset = 0): void {
  const rg = generalReduction(x, r)
  const paid = employerRateWith(x, r, rg)
  const paidShare = r.employerStatutory > 0 ? paid / r.employerStatutory : 0
  const robssStatutory = r.employerStatutory - r.unedicEmployer - r.complementaryEmployer
  out[offset + FUND_ROBSS] =
    paidShare * robssStatutory +
    r.employeeRate -
    r.complementaryEmployee +
    r.csgCrds +
    r.perEuroShare * rg
  out[offset + FUND_UNEDIC] = paidShare * r.unedicEmployer
  out[offset + FUND_COMPLEMENTARY] = paidShare * r.complementaryEmployer + r.complementaryEmployee
  out[offset + EMPLOYER_PAID] = paid
}

const scratch = new Float64Array(FUND_RATES_WIDTH)

/** What the ROBSS loses per euro of wages lost at level x (see fundRates). */
export function robssPerEuro(x: number, r: RateParameters): number {
  fundRates(x, r, scratch)
  return scratch[FUND_ROBSS] as number
}

/** What Unédic loses per euro of wages lost at level x (employer contribution only). */
export function unedicPerEuro(x: number, r: RateParameters): number {
  fundRates(x, r, scratch)
  return scratch[FUND_UNEDIC] as number
}

/** What Agirc-Arrco (outside the ROBSS) loses per euro of wages lost at level x. */
export function complementaryPerEuro(x: number, r: RateParameters): number {
  fundRates(x, r, scratch)
  return scratch[FUND_COMPLEMENTARY] as number
}

/**
 * Social-security receipts per euro of gross wage, by wage level (x = wage / SMIC).
 * Employer side: statutory rate minus the réduction générale (RG) and the reduced sickness and
 * family rates, never below the part no reduction covers. Employee side: contributions and CSG-CRDS.
 */
export interface RateParameters {
  readonly employerStatutory: number
  readonly rgMax: number
  readonly rgCeiling: number
  readonly sicknessReduction: number
  readonly sicknessCeiling: number
  readonly familyReduction: number
  readonly familyCeiling: number
  readonly employerFloor: number
  readonly employeeRate: number
  readonly csgCrds: number
  /** 0: exemptions compensated by a lump-sum VAT fraction; 1: euro for euro. */
  readonly perEuroShare: number
}

/** Réduction générale coefficient: min(T, max(0, (T/0.6)·(1.6/x − 1))), zero above the ceiling. */
export function generalReduction(x: number, rgMax: number, rgCeiling: number): number {
  if (x <= 0) return rgMax
  const coefficient = (rgMax / 0.6) * (rgCeiling / x - 1)
  return coefficient <= 0 ? 0 : coefficient >= rgMax ? rgMax : coefficient
}

/** The employer rate actually paid at wage level x. */
export function employerRate(x: number, r: RateParameters): number {
  const reductions =
    generalReduction(x, r.rgMax, r.rgCeiling) +
    (x <= r.sicknessCeiling ? r.sicknessReduction : 0) +
    (x <= r.familyCeiling ? r.familyReduction : 0)
  const paid = r.employerStatutory - reductions
  return paid < r.employerFloor ? r.employerFloor : paid
}

/**
 * What social security loses per euro of wages lost at level x. Under euro-for-euro
 * compensation it also loses the RG it would have been compensated for.
 */
export function receiptsPerEuro(x: number, r: RateParameters): number {
  return (
    employerRate(x, r) +
    r.employeeRate +
    r.csgCrds +
    r.perEuroShare * generalReduction(x, r.rgMax, r.rgCeiling)
  )
}

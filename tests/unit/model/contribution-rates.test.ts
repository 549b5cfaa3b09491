import { describe, expect, it } from 'vitest'
import {
  complementaryPerEuro,
  employerRate,
  generalReduction,
  robssPerEuro,
  unedicPerEuro,
} from '@shared/model/engine/contribution-rates'
import type { RateParameters } from '@shared/model/engine/contribution-rates'
import { getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { rateParameters } from '@shared/model/engine/project'

/** The 2025 law: linear RG up to 1.6 SMIC, reduced sickness and family rates below their bands. */
const rates2025: RateParameters = {
  employerStatutory: 0.42,
  rgMax: 0.3206,
  rgCeiling: 1.6,
  rgMin: 0,
  rgExponent: 1,
  sicknessReduction: 0.06,
  sicknessCeiling: 2.25,
  familyReduction: 0.018,
  familyCeiling: 3.3,
  employerFloor: 0.05,
  employeeRate: 0.113,
  csgCrds: 0.0953,
  perEuroShare: 0,
  unedicEmployer: 0.04,
  complementaryEmployer: 0.0601,
  complementaryEmployee: 0.0401,
}

/** The baseline's own parameters, as the engine reads them. */
function baselineRates(id: string): RateParameters {
  const model = compileScenario(defaultScenario('current-law', id), getBaseline(id))
  return rateParameters(model, model.central)
}

describe('réduction générale', () => {
  it('2025: T at the SMIC, (T/0.6)·(1.6/x − 1) between, zero from 1.6 SMIC', () => {
    expect(generalReduction(1, rates2025)).toBeCloseTo(0.3206, 12)
    expect(generalReduction(1.3, rates2025)).toBeCloseTo((0.3206 / 0.6) * (1.6 / 1.3 - 1), 12)
    expect(generalReduction(1.6, rates2025)).toBe(0)
    expect(generalReduction(2.5, rates2025)).toBe(0)
  })

  it('2026 (RGDU): Tmin + (Tmax − Tmin)·[(3/x − 1)/2]^1.75, at least 2 % below 3 SMIC, zero from 3', () => {
    const rgdu = { ...rates2025, rgMax: 0.3981, rgCeiling: 3, rgMin: 0.02, rgExponent: 1.75 }
    expect(generalReduction(1, rgdu)).toBeCloseTo(0.3981, 12)
    const x = 1.85
    expect(generalReduction(x, rgdu)).toBeCloseTo(
      0.02 + 0.3781 * Math.pow((3 / x - 1) / 2, 1.75),
      12,
    )
    expect(generalReduction(2.999, rgdu)).toBeGreaterThanOrEqual(0.02)
    expect(generalReduction(3, rgdu)).toBe(0)
  })

  it('decreases with the wage between the SMIC and its ceiling, for both laws', () => {
    for (const id of ['fr-2024', 'fr-2025']) {
      const rates = baselineRates(id)
      let previous = Infinity
      for (let x = 1; x <= rates.rgCeiling + 0.1; x += 0.05) {
        const value = generalReduction(x, rates)
        expect(value).toBeLessThanOrEqual(previous)
        previous = value
      }
    }
  })
})

describe('receipts lost per euro of wages, by fund', () => {
  it('the funds together lose the employer rate paid, employee contributions and CSG-CRDS', () => {
    for (const id of ['fr-2024', 'fr-2025'])
      for (const x of [1, 1.3, 1.85, 2.5, 4]) {
        const r = baselineRates(id)
        const total = robssPerEuro(x, r) + unedicPerEuro(x, r) + complementaryPerEuro(x, r)
        expect(total).toBeCloseTo(employerRate(x, r) + r.employeeRate + r.csgCrds, 12)
      }
  })

  it('shares the reductions among the funds in proportion to their statutory rates', () => {
    const x = 4 // no reduction applies
    expect(unedicPerEuro(x, rates2025)).toBeCloseTo(0.04, 12)
    expect(complementaryPerEuro(x, rates2025)).toBeCloseTo(0.0601 + 0.0401, 12)
    expect(robssPerEuro(x, rates2025)).toBeCloseTo(
      0.42 - 0.04 - 0.0601 + 0.113 - 0.0401 + 0.0953,
      12,
    )
    const paid = employerRate(1, rates2025)
    expect(unedicPerEuro(1, rates2025)).toBeCloseTo((paid * 0.04) / 0.42, 12)
  })

  it('applies the reduced sickness and family rates below their ceilings only (2025)', () => {
    expect(employerRate(2, rates2025)).toBeCloseTo(0.42 - 0.06 - 0.018, 12)
    expect(employerRate(3, rates2025)).toBeCloseTo(0.42 - 0.018, 12)
    expect(employerRate(3.6, rates2025)).toBeCloseTo(0.42, 12)
  })

  it('ROBSS loses the RG too when exemptions are compensated euro for euro', () => {
    const perEuro = { ...rates2025, perEuroShare: 1 }
    expect(robssPerEuro(1, perEuro) - robssPerEuro(1, rates2025)).toBeCloseTo(0.3206, 12)
    expect(robssPerEuro(2, perEuro)).toBeCloseTo(robssPerEuro(2, rates2025), 12)
  })

  it('at 1.85 SMIC, the ROBSS loses between 0.4 and 0.6 € per euro under either law (DSS financing indicator order)', () => {
    for (const id of ['fr-2024', 'fr-2025']) {
      const r = baselineRates(id)
      const all = robssPerEuro(1.85, r) + unedicPerEuro(1.85, r) + complementaryPerEuro(1.85, r)
      expect(robssPerEuro(1.85, r)).toBeGreaterThan(0.35)
      expect(all).toBeGreaterThan(0.5)
      expect(all).toBeLessThan(0.62)
    }
  })
})

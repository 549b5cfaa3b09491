import { describe, expect, it } from 'vitest'
import { employerRate, generalReduction, receiptsPerEuro } from '@shared/model/contribution-rates'
import type { RateParameters } from '@shared/model/contribution-rates'

const rates: RateParameters = {
  employerStatutory: 0.42,
  rgMax: 0.3206,
  rgCeiling: 1.6,
  sicknessReduction: 0.06,
  sicknessCeiling: 2.5,
  familyReduction: 0.018,
  familyCeiling: 3.5,
  employerFloor: 0.05,
  employeeRate: 0.113,
  csgCrds: 0.0953,
  perEuroShare: 0,
}

describe('réduction générale', () => {
  it('is T at the SMIC, tapers to zero at 1.6 SMIC and stays zero above', () => {
    expect(generalReduction(1, 0.3206, 1.6)).toBeCloseTo(0.3206, 12)
    expect(generalReduction(1.6, 0.3206, 1.6)).toBe(0)
    expect(generalReduction(2.5, 0.3206, 1.6)).toBe(0)
    // (T/0.6)·(1.6/x − 1) at x = 1.3
    expect(generalReduction(1.3, 0.3206, 1.6)).toBeCloseTo((0.3206 / 0.6) * (1.6 / 1.3 - 1), 12)
  })

  it('decreases with the wage between the SMIC and its ceiling', () => {
    let previous = Infinity
    for (let x = 1; x <= 1.6; x += 0.05) {
      const value = generalReduction(x, 0.3206, 1.6)
      expect(value).toBeLessThanOrEqual(previous)
      previous = value
    }
  })
})

describe('receipts lost per euro of wages', () => {
  it('costs about 0.26 € at the SMIC and about 0.6 € above 3.5 SMIC, as the baseline brief derives', () => {
    expect(receiptsPerEuro(1, rates)).toBeCloseTo(0.05 + 0.113 + 0.0953, 10)
    expect(receiptsPerEuro(4, rates)).toBeCloseTo(0.42 + 0.113 + 0.0953, 10)
  })

  it('applies the reduced sickness and family rates below their ceilings only', () => {
    expect(employerRate(2, rates)).toBeCloseTo(0.42 - 0.06 - 0.018, 12)
    expect(employerRate(3, rates)).toBeCloseTo(0.42 - 0.018, 12)
    expect(employerRate(3.6, rates)).toBeCloseTo(0.42, 12)
  })

  it('loses the RG too when exemptions are compensated euro for euro', () => {
    const perEuro = { ...rates, perEuroShare: 1 }
    expect(receiptsPerEuro(1, perEuro) - receiptsPerEuro(1, rates)).toBeCloseTo(0.3206, 12)
    expect(receiptsPerEuro(2, perEuro)).toBeCloseTo(receiptsPerEuro(2, rates), 12)
  })
})

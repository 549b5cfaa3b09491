import { describe, expect, it } from 'vitest'
import { bassClosedForm, bassStep, drawnAt, logisticAt } from '@shared/model/engine/curves'

/** Integrate the discrete Bass recursion with a time step dt (p and q scaled by dt). */
function discreteBass(t: number, p: number, q: number, dt: number): number {
  let a = 0
  for (let k = 0; k < Math.round(t / dt); k++) a = bassStep(a, p * dt, q * dt, 1, 1)
  return a
}

describe('Bass diffusion', () => {
  const p = 0.03
  const q = 0.38

  it('discrete steps converge to the continuous closed form as the step shrinks', () => {
    for (const t of [2, 6, 10, 14]) {
      const exact = bassClosedForm(t, p, q)
      const coarse = Math.abs(discreteBass(t, p, q, 0.1) - exact)
      const fine = Math.abs(discreteBass(t, p, q, 0.001) - exact)
      expect(fine).toBeLessThan(1e-3)
      expect(fine).toBeLessThan(coarse)
    }
  })

  it('peaks at t* = ln(q/p)/(p+q) with (q − p)/(2q) adopted', () => {
    const peak = Math.log(q / p) / (p + q)
    expect(bassClosedForm(peak, p, q)).toBeCloseTo((q - p) / (2 * q), 10)
    // The adoption rate is highest at t*: the closed form's increments grow before and shrink after.
    const rate = (t: number) =>
      (bassClosedForm(t + 1e-4, p, q) - bassClosedForm(t - 1e-4, p, q)) / 2e-4
    expect(rate(peak)).toBeGreaterThan(rate(peak - 1))
    expect(rate(peak)).toBeGreaterThan(rate(peak + 1))
  })

  it('stays within [0, ceiling], and stops when the cost response is total', () => {
    let a = 0.1
    for (let i = 0; i < 200; i++) {
      a = bassStep(a, 0.9, 1.9, 0.6, 1)
      expect(a).toBeGreaterThanOrEqual(0)
      expect(a).toBeLessThanOrEqual(0.6)
    }
    expect(bassStep(0.2, 0.03, 0.38, 0.6, 0)).toBe(0.2)
    expect(bassStep(0.2, 0.03, 0.38, 0, 1)).toBe(0)
  })
})

describe('logistic and drawn curves', () => {
  it('logistic is half the ceiling at its midpoint, symmetric, with slope k·m/4 there', () => {
    expect(logisticAt(2030, 2030, 0.5, 0.8)).toBeCloseTo(0.4, 12)
    expect(logisticAt(2025, 2030, 0.5, 0.8) + logisticAt(2035, 2030, 0.5, 0.8)).toBeCloseTo(0.8, 12)
    const slope =
      (logisticAt(2030 + 1e-5, 2030, 0.5, 0.8) - logisticAt(2030 - 1e-5, 2030, 0.5, 0.8)) / 2e-5
    expect(slope).toBeCloseTo((0.5 * 0.8) / 4, 6)
  })

  it('drawn curves interpolate linearly and hold their ends', () => {
    const points = [
      { year: 2025, value: 0.2 },
      { year: 2029, value: 0.6 },
      { year: 2031, value: 0.5 },
    ]
    expect(drawnAt(2020, points)).toBe(0.2)
    expect(drawnAt(2027, points)).toBeCloseTo(0.4, 12)
    expect(drawnAt(2030, points)).toBeCloseTo(0.55, 12)
    expect(drawnAt(2040, points)).toBe(0.5)
    expect(drawnAt(2030, [{ year: 2000, value: 0.3 }])).toBe(0.3)
  })
})

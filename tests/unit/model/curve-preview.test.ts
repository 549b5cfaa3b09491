import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import {
  convertCurve,
  curvePath,
  fitLogistic,
  nextPoint,
  sameCurve,
  sampleYears,
  strokePoints,
  withPoint,
  withoutPoint,
} from '@shared/model/scenario/curve-preview'
import type { CurveType } from '@shared/model/scenario/curve-preview'
import { bassClosedForm, curveCeiling } from '@shared/model/engine/curves'
import { SECTOR_IDS } from '@shared/model/engine/ids'
import { curveSchema } from '@shared/model/scenario/scenario-schema'
import type { Curve } from '@shared/model/scenario/scenario-schema'
import { simulate } from '@shared/model/engine/simulate'

const span = { first: 2024, last: 2040 }
const defaults = { bassP: 0.03, bassQ: 0.38 }
const bass: Curve = { type: 'bass', p: 0.03, q: 0.38, ceiling: 0.6, start: 0.1 }
const logistic: Curve = { type: 'logistic', midpoint: 2031, steepness: 0.4, ceiling: 0.8 }
const drawn: Curve = {
  type: 'drawn',
  points: [
    { year: 2026, value: 0.2 },
    { year: 2030, value: 0.6 },
    { year: 2034, value: 0.5 },
  ],
}
const maxGap = (a: readonly number[], b: readonly number[]) =>
  Math.max(...a.map((v, i) => Math.abs(v - (b[i] as number))))

describe('curve paths', () => {
  it('match the engine year by year when no lever slows adoption', () => {
    const scenario = defaultScenario('current-law')
    const baseline = getBaseline(scenario.baseline)
    const [first, second, third] = SECTOR_IDS
    scenario.sectors[first] = { curve: logistic, respondsToCost: false }
    scenario.sectors[second] = { curve: drawn, respondsToCost: false }
    scenario.sectors[third] = { curve: bass, respondsToCost: false }
    const projection = simulate(scenario, baseline)
    const years = { first: baseline.baseYear, last: scenario.horizon.end }
    expect(projection.years[0]).toBe(years.first)
    for (const [sector, curve] of [
      [first, logistic],
      [second, drawn],
      [third, bass],
    ] as const) {
      const engine = projection.series.find((s) => s.id === `adoption.${sector}`)?.values ?? []
      expect(engine).toHaveLength(years.last - years.first + 1)
      expect(curvePath(curve, years)).toEqual(engine)
    }
  })

  it('runs Bass as the yearly recursion, which tracks the continuous closed form', () => {
    const { bassP: p, bassQ: q } = defaults
    const path = curvePath({ type: 'bass', p, q, ceiling: 1, start: 0 }, { first: 0, last: 60 })
    // The recursion written out: A1 = p, A2 = A1 + (p + q·A1)(1 − A1).
    expect(path[1]).toBeCloseTo(p, 12)
    expect(path[2]).toBeCloseTo(p + (p + q * p) * (1 - p), 12)
    // Whole-year steps lag the continuous curve a little on the way up, never by 8 points.
    path.forEach((a, t) => expect(Math.abs(a - bassClosedForm(t, p, q))).toBeLessThan(0.08))
    expect(path[60]).toBeCloseTo(1, 6)
    // Scaled by the ceiling.
    const half = curvePath({ type: 'bass', p, q, ceiling: 0.5, start: 0 }, { first: 0, last: 60 })
    half.forEach((a, t) => expect(a).toBeCloseTo((path[t] as number) / 2, 12))
  })

  it('puts the logistic at half its ceiling at its midpoint, and draws straight between points', () => {
    const path = curvePath(logistic, span)
    expect(path[2031 - span.first]).toBeCloseTo(0.4, 12)
    const lines = curvePath(drawn, span)
    expect(lines[0]).toBe(0.2) // flat before the first point
    expect(lines[2028 - span.first]).toBeCloseTo(0.4, 12)
    expect(lines[2032 - span.first]).toBeCloseTo(0.55, 12)
    expect(lines[span.last - span.first]).toBe(0.5) // flat after the last
  })
})

describe('fitting a logistic', () => {
  it('recovers the midpoint and steepness of a logistic path', () => {
    const fit = fitLogistic(curvePath(logistic, span), span.first, 0.8)
    expect(fit).toEqual({ midpoint: 2031, steepness: 0.4 })
  })

  it('finds nothing to fit in a flat or saturated path', () => {
    expect(fitLogistic([0.5, 0.5, 0.5], 2024, 0.5)).toBeNull()
    expect(fitLogistic([0, 0, 0], 2024, 0.5)).toBeNull()
  })
})

describe('converting between curve types', () => {
  const types: CurveType[] = ['bass', 'logistic', 'drawn']
  const curves = [bass, logistic, drawn]

  it('gives valid curves whose values stay within [0, the original ceiling]', () => {
    for (const curve of curves) {
      for (const to of types) {
        const converted = convertCurve(curve, to, span, defaults)
        expect(converted.type).toBe(to)
        expect(curveSchema.safeParse(converted).success).toBe(true)
        for (const v of curvePath(converted, span)) {
          expect(v).toBeGreaterThanOrEqual(0)
          expect(v).toBeLessThanOrEqual(curveCeiling(curve) + 1e-12)
        }
      }
    }
  })

  it('keeps the picture: the converted path stays near the original', () => {
    for (const curve of [bass, logistic]) {
      const original = curvePath(curve, span)
      // Drawn samples the path, so it matches it exactly at the sampled years.
      const sampled = convertCurve(curve, 'drawn', span, defaults)
      expect(sampled.type === 'drawn' && sampled.points.map((p) => p.year)).toEqual(
        sampleYears(span),
      )
      if (sampled.type === 'drawn')
        for (const point of sampled.points)
          expect(point.value).toBeCloseTo(original[point.year - span.first] as number, 4)
    }
    // Smooth curves convert into one another within a few points of adoption.
    const toLogistic = convertCurve(bass, 'logistic', span, defaults)
    expect(maxGap(curvePath(toLogistic, span), curvePath(bass, span))).toBeLessThan(0.05)
    const toBass = convertCurve(logistic, 'bass', span, defaults)
    expect(maxGap(curvePath(toBass, span), curvePath(logistic, span))).toBeLessThan(0.06)
    expect(toBass.type === 'bass' && toBass.ceiling).toBe(0.8)
  })

  it('turns a saturated curve into a flat logistic at its ceiling', () => {
    const flat: Curve = { type: 'drawn', points: [{ year: 2024, value: 0.3 }] }
    const converted = convertCurve(flat, 'logistic', span, defaults)
    for (const v of curvePath(converted, span)) expect(v).toBeCloseTo(0.3, 2)
  })

  it('leaves a curve alone when converted to its own type', () => {
    for (const curve of curves) expect(convertCurve(curve, curve.type, span, defaults)).toBe(curve)
  })
})

describe('editing drawn points', () => {
  const points = [
    { year: 2024, value: 0.1 },
    { year: 2030, value: 0.4 },
  ]

  it('sets or inserts a point in year order, clamped to [0, 1]', () => {
    expect(withPoint(points, 2027, 0.25).map((p) => p.year)).toEqual([2024, 2027, 2030])
    expect(withPoint(points, 2030, 1.7)).toEqual([
      { year: 2024, value: 0.1 },
      { year: 2030, value: 1 },
    ])
    expect(withPoint(points, 2020, -0.2)[0]).toEqual({ year: 2020, value: 0 })
  })

  it('fills the years a quick stroke skipped, on the straight line, either direction', () => {
    const forward = strokePoints(points, { year: 2032, value: 0.5 }, { year: 2036, value: 0.9 })
    expect(forward.map((p) => p.year)).toEqual([2024, 2030, 2033, 2034, 2035, 2036])
    expect(forward.find((p) => p.year === 2034)?.value).toBeCloseTo(0.7, 12)
    const backward = strokePoints(points, { year: 2030, value: 0.4 }, { year: 2027, value: 0.1 })
    expect(backward.map((p) => p.year)).toEqual([2024, 2027, 2028, 2029, 2030])
    expect(backward.find((p) => p.year === 2028)?.value).toBeCloseTo(0.2, 12)
    expect(strokePoints(points, null, { year: 2030, value: 0.8 })[1]?.value).toBe(0.8)
  })

  it('removes a point but never the last one', () => {
    expect(withoutPoint(points, 2024)).toEqual([{ year: 2030, value: 0.4 }])
    expect(withoutPoint([{ year: 2030, value: 0.4 }], 2030)).toEqual([{ year: 2030, value: 0.4 }])
  })

  it('adds the next point after the last one, on the curve, within the span', () => {
    expect(nextPoint(points, span)).toEqual({ year: 2031, value: 0.4 })
    const full = Array.from({ length: 17 }, (_, i) => ({ year: 2024 + i, value: 0.5 }))
    expect(nextPoint(full, span)).toBeNull()
    // The last point at the span's end: the first free year earlier, valued on the line.
    const ending = [
      { year: 2024, value: 0.1 },
      { year: 2040, value: 0.9 },
    ]
    expect(nextPoint(ending, span)?.year).toBe(2025)
    expect(nextPoint(ending, span)?.value).toBeCloseTo(0.15, 12)
  })

  it('tells equal curves from different ones', () => {
    expect(sameCurve(bass, { ...bass })).toBe(true)
    expect(sameCurve(bass, { ...bass, q: 0.39 })).toBe(false)
    expect(sameCurve(drawn, { type: 'drawn', points: points })).toBe(false)
    expect(sameCurve(bass, logistic)).toBe(false)
  })
})

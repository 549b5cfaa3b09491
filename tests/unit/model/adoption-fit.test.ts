import { describe, expect, it } from 'vitest'
import {
  adoptionFits,
  anchoredPath,
  bassInverseStep,
  describeBass,
  fitBass,
} from '@shared/model/baseline/adoption-fit'
import type { YearValue } from '@shared/model/baseline/adoption-fit'
import { backcastMarkdown } from '@shared/model/baseline/backcast'
import { getBaseline } from '@shared/model/baseline/baselines'
import type { Baseline } from '@shared/model/baseline/baseline-schema'
import { compileScenario, defaultCurve, isModelOneDefaultCurve } from '@shared/model/engine/compile'
import { bassStep } from '@shared/model/engine/curves'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { SECTOR_IDS } from '@shared/model/engine/ids'
import type { Curve } from '@shared/model/scenario/scenario-schema'
import { simulate } from '@shared/model/engine/simulate'

const baseline = getBaseline('fr-2024')

/** A Bass path with known parameters, from `start` in `first`, one value per year. */
function generated(p: number, q: number, m: number, start: number, first: number, years: number) {
  const out: YearValue[] = [{ year: first, value: start }]
  for (let i = 1; i < years; i++)
    out.push({ year: first + i, value: bassStep(out[i - 1]!.value, p, q, m, 1) })
  return out
}

describe('the anchored Bass path', () => {
  it('inverts one step of the recursion, q = 0 included', () => {
    for (const [p, q, m, a] of [
      [0.03, 0.38, 0.6, 0.1],
      [0.05, 0, 0.9, 0.7],
      [0, 0.5, 0.97, 0.3],
      [0.2, 0.7, 0.5, 0.49],
    ] as const) {
      expect(bassInverseStep(bassStep(a, p, q, m, 1), p, q, m)).toBeCloseTo(a, 12)
    }
  })

  it('run forwards from its earliest year, lands exactly on the anchor', () => {
    const anchor = { year: 2024, value: 0.75 }
    const path = anchoredPath(0.03, 0.1, 0.9, anchor, 2012, 2030)
    let a = path[0]!.value
    for (const point of path.slice(1)) {
      a = bassStep(a, 0.03, 0.1, 0.9, 1)
      expect(a).toBeCloseTo(point.value, 12)
    }
    expect(path.find((p) => p.year === 2024)?.value).toBe(0.75)
  })
})

describe('fitting p and q', () => {
  it('recovers the p and q that generated a curve', () => {
    for (const [p, q, m, start] of [
      [0.02, 0.3, 0.8, 0.05],
      [0.05, 0.05, 0.9, 0.2],
      [0.01, 0.5, 0.6, 0.02],
    ] as const) {
      const path = generated(p, q, m, start, 2010, 15)
      const anchor = path[path.length - 1]!
      // The prior sits far from the truth: the data, not the tie-break, must decide.
      const fit = fitBass(path.slice(0, -1), anchor, m, { p: 0.03, q: 0.38 })
      expect(fit.p).toBeCloseTo(p, 4)
      expect(fit.q).toBeCloseTo(q, 3)
      expect(fit.rmse).toBeLessThan(1e-6)
    }
  })

  it('is no worse than any point of a fine grid over the box', () => {
    const observations = baseline.sectors.rail_ticketing.observedAdoption
    const d = baseline.sectors.rail_ticketing.curveDefaults
    const anchor = { year: baseline.baseYear, value: d.adoption2024 }
    const fit = fitBass(observations, anchor, d.ceiling, { p: d.bassP, q: d.bassQ })
    for (let p = 0; p <= 0.5; p += 0.01)
      for (let q = 0; q + p <= 1; q += 0.01) {
        const rmse = describeBass(p, q, d.ceiling, observations, anchor).rmse as number
        expect(fit.rmse).toBeLessThanOrEqual(rmse + 1e-9)
      }
  })
})

describe('the fitted default curves of fr-2024', () => {
  const fits = adoptionFits(baseline)

  it('pass through the base-year level, with p, q ≥ 0, for every sector', () => {
    for (const sector of SECTOR_IDS) {
      const fit = fits[sector]
      const d = baseline.sectors[sector].curveDefaults
      expect(fit.start).toBe(d.adoption2024)
      expect(fit.ceiling).toBe(d.ceiling)
      expect(fit.p).toBeGreaterThanOrEqual(0)
      expect(fit.q).toBeGreaterThanOrEqual(0)
      expect(fit.path.find((p) => p.year === baseline.baseYear)?.value).toBe(d.adoption2024)
      const anchor = fit.residuals.find((r) => r.anchor)
      expect(anchor).toMatchObject({ year: baseline.baseYear, residual: 0 })
      expect(defaultCurve(baseline, sector)).toEqual({
        type: 'bass',
        p: fit.p,
        q: fit.q,
        ceiling: d.ceiling,
        start: d.adoption2024,
      })
    }
  })

  it('take retail checkout at about its observed pace (0.4 pt/yr), not 4.7 points', () => {
    const retail = fits.retail_checkout
    expect(retail.method).toBe('fitted')
    expect(retail.observedPace).toBeCloseTo(0.004, 10)
    expect(100 * retail.firstStep).toBeGreaterThanOrEqual(0.3)
    expect(100 * retail.firstStep).toBeLessThanOrEqual(1.2)
  })

  it('take banks and public counters within 0.5× to 1.5× their observed pace', () => {
    for (const sector of ['bank_branch', 'public_counter'] as const) {
      const fit = fits[sector]
      expect(fit.method).toBe('fitted')
      const ratio = fit.firstStep / (fit.observedPace as number)
      expect(ratio).toBeGreaterThanOrEqual(0.5)
      expect(ratio).toBeLessThanOrEqual(1.5)
    }
  })

  it('fit every sector with an observation of its own, and pool the others from them', () => {
    const fitted = SECTOR_IDS.filter((s) => fits[s].method === 'fitted')
    for (const sector of SECTOR_IDS) {
      const own = baseline.sectors[sector].observedAdoption.filter(
        (o) => o.year !== baseline.baseYear,
      )
      const fit = fits[sector]
      expect(fit.method).toBe(own.length > 0 ? 'fitted' : 'pooled')
      if (fit.method === 'pooled') {
        expect(fit.pooledFrom).toEqual(fitted)
        expect(fit.rmse).toBeNull()
        expect(fit.observedPace).toBeNull()
        // The median of the fitted sectors' values: inside their range.
        const ps = fitted.map((s) => fits[s].p)
        const qs = fitted.map((s) => fits[s].q)
        expect(fit.p).toBeGreaterThanOrEqual(Math.min(...ps))
        expect(fit.p).toBeLessThanOrEqual(Math.max(...ps))
        expect(fit.q).toBeGreaterThanOrEqual(Math.min(...qs))
        expect(fit.q).toBeLessThanOrEqual(Math.max(...qs))
      } else {
        expect(fit.residuals).toHaveLength(own.length + 1)
      }
    }
    expect(fitted.length).toBeGreaterThan(0)
  })

  it('are deterministic and computed once per baseline object', () => {
    expect(adoptionFits(baseline)).toBe(fits)
    // A structurally equal copy is a new object: fitted again, to the same numbers.
    const copy = structuredClone(baseline) as Baseline
    const again = adoptionFits(copy)
    expect(again).not.toBe(fits)
    expect(again).toEqual(fits)
  })

  it('start the projection at the base-year level, with no jump', () => {
    const scenario = defaultScenario('current-law', 'fr-2024')
    scenario.sectors = {}
    const model = compileScenario(scenario, baseline)
    const projection = simulate(scenario, baseline)
    SECTOR_IDS.forEach((sector, s) => {
      expect(model.bass[s * 4]).toBe(fits[sector].p)
      const series = projection.series.find((x) => x.id === `adoption.${sector}`)
      const first = series?.values[projection.years.indexOf(baseline.baseYear + 1)]
      if (first !== undefined)
        expect(first).toBeCloseTo(fits[sector].start + fits[sector].firstStep, 9)
    })
  })

  it('are listed in the back-casts with each residual', () => {
    const markdown = backcastMarkdown(baseline)
    expect(markdown).toContain('**Adoption fit residuals (points)**')
    for (const sector of SECTOR_IDS)
      expect(markdown).toContain(`| ${sector} | ${fits[sector].method} |`)
  })
})

describe('model 1.0.0 default curves', () => {
  it('are recognised exactly, and only exactly', () => {
    const d = baseline.sectors.bank_branch.curveDefaults
    const old = {
      type: 'bass',
      p: d.bassP,
      q: d.bassQ,
      ceiling: d.ceiling,
      start: d.adoption2024,
    } as const satisfies Curve
    expect(isModelOneDefaultCurve(old, baseline, 'bank_branch')).toBe(true)
    expect(isModelOneDefaultCurve({ ...old, q: d.bassQ + 1e-6 }, baseline, 'bank_branch')).toBe(
      false,
    )
    expect(isModelOneDefaultCurve(old, baseline, 'retail_checkout')).toBe(false)
    expect(
      isModelOneDefaultCurve(defaultCurve(baseline, 'bank_branch'), baseline, 'bank_branch'),
    ).toBe(false)
  })
})

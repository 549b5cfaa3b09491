import { describe, expect, it } from 'vitest'
import { DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import { buildScenarioBrief } from '@shared/brief/build-brief'
import type { Language } from '@shared/app-identity'
import { formatValue } from '@shared/format/format-value'
import { COVERAGE_CAP } from '@shared/model/series'
import { simulate } from '@shared/model/simulate'
import { APP, NOW, baseline, briefInput, indicator, leversOff, series } from './brief-fixtures'

const LANGUAGES: Language[] = ['fr', 'en']
const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0)

function summaryOf(input: ReturnType<typeof briefInput>, language: Language) {
  return buildScenarioBrief(input, baseline, { ...DEFAULT_BRIEF_OPTIONS, language }, APP, NOW)
    .summaryBox
}

describe('summary box of a scenario with levers', () => {
  // dst-15-tier covers the coproduction cost beyond the cap by 2035; platform-profit-10 does not.
  for (const preset of ['dst-15-tier', 'platform-profit-10', 'dst-6']) {
    for (const language of LANGUAGES) {
      it(`${preset} (${language}) gives the headline figures as the projection has them`, () => {
        const input = briefInput(preset)
        const box = summaryOf(input, language)
        expect(box.length).toBeGreaterThanOrEqual(3)
        expect(box.length).toBeLessThanOrEqual(5)
        const text = box.join(' ')
        const fmt = (v: number, unit: Parameters<typeof formatValue>[1]) =>
          formatValue(v, unit, language)
        const years = input.projection.years
        const last = years.length - 1

        // Coverage in 2035 (inside the default horizon), "at least" at the cap.
        const i2035 = years.indexOf(2035)
        expect(i2035).toBeGreaterThan(0)
        const coverage = series(input, 'coverage_ratio')[i2035] as number
        expect(box[0]).toContain('2035')
        if (coverage >= COVERAGE_CAP)
          expect(box[0]).toContain(
            `${language === 'fr' ? 'au moins' : 'at least'} ${fmt(COVERAGE_CAP, 'ratio')}`,
          )
        else {
          expect(box[0]).toContain(fmt(coverage, 'ratio'))
          expect(box[0]).not.toMatch(/au moins|at least/)
        }
        expect(box[0]).toContain(
          fmt(series(input, 'coproduction_effect')[i2035] as number, 'bn_eur'),
        )

        // The gap in the last year, in % of GDP, and without the levers (projected again).
        const gap = series(input, 'financing_gap')[last] as number
        expect(text).toContain(fmt(Math.abs(gap), 'bn_eur'))
        expect(text).toContain(
          fmt(Math.abs(series(input, 'financing_gap_pct_gdp')[last] as number), 'pct_gdp'),
        )
        const bare = simulate(leversOff(input.scenario), baseline)
        const bareGap = bare.series.find((s) => s.id === 'financing_gap')?.values[last] as number
        expect(Math.abs(bareGap - gap)).toBeGreaterThan(0.01)
        expect(text).toContain(fmt(Math.abs(bareGap), 'bn_eur'))
        expect(text).toContain(String(years[last]))

        // The peak of displaced jobs and its year.
        const stock = series(input, 'jobs_displaced_total')
        const peak = Math.max(...stock)
        expect(text).toContain(fmt(peak, 'fte'))
        expect(text).toContain(String(years[stock.indexOf(peak)]))

        // Revenue over the horizon, and the part earmarked.
        expect(text).toContain(fmt(sum(series(input, 'lever_revenue_total')), 'bn_eur'))
        expect(text).toContain(fmt(sum(series(input, 'lever_revenue_earmarked')), 'bn_eur'))

        // Who pays: every payer with a visible share.
        for (const id of [
          'incidence_platforms',
          'incidence_french_firms',
          'incidence_consumers',
          'incidence_workers',
        ]) {
          const share = indicator(input, id)
          if (share >= 0.0005) expect(box[4]).toContain(fmt(share, 'share'))
        }
      })
    }
  }

  it('writes numbers in the brief’s language only', () => {
    const input = briefInput('dst-6')
    const fr = summaryOf(input, 'fr').join(' ')
    const en = summaryOf(input, 'en').join(' ')
    expect(fr).toContain('Md€')
    expect(fr).not.toMatch(/€\d/)
    expect(en).toMatch(/€\d[\d.,]*bn/)
    expect(en).not.toContain('Md€')
  })

  it('at the coverage cap, says "at least" in both languages', () => {
    const input = briefInput('dst-15-tier')
    const i = input.projection.years.indexOf(2035)
    expect(series(input, 'coverage_ratio')[i]).toBe(COVERAGE_CAP)
    expect(summaryOf(input, 'fr')[0]).toContain('au moins 1\u202f000\u202f%')
    expect(summaryOf(input, 'en')[0]).toContain('at least 1,000%')
  })

  it('speaks of the last year when the horizon stops before 2035', () => {
    const input = briefInput('dst-6', (s) => {
      s.horizon.end = 2031
    })
    const box = summaryOf(input, 'en')
    expect(box[0]).toMatch(/^In 2031, /)
    const coverage = series(input, 'coverage_ratio').at(-1) as number
    expect(box[0]).toContain(
      coverage >= COVERAGE_CAP ? 'at least' : formatValue(coverage, 'ratio', 'en'),
    )
  })
})

describe('summary box without levers', () => {
  for (const language of LANGUAGES) {
    it(`says no lever is on and gives the cost of coproduction (${language})`, () => {
      const input = briefInput('no-lever')
      const box = summaryOf(input, language)
      expect(box.length).toBeGreaterThanOrEqual(3)
      expect(box.length).toBeLessThanOrEqual(5)
      expect(box[0]).toMatch(language === 'fr' ? /Aucun levier/ : /No lever/)
      const text = box.join(' ')
      const last = input.projection.years.length - 1
      expect(text).toContain(
        formatValue(series(input, 'coproduction_effect')[last] as number, 'bn_eur', language),
      )
      expect(text).toContain(
        formatValue(
          series(input, 'consumer_work_hours')[last] as number,
          'million_hours',
          language,
        ),
      )
      expect(text).toContain(
        formatValue(series(input, 'consumer_work_value')[last] as number, 'bn_eur', language),
      )
      expect(text).not.toMatch(/couvrent|cover /)
    })
  }
})

import { describe, expect, it } from 'vitest'
import { DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import { buildScenarioBrief } from '@shared/brief/build-brief'
import type { Language } from '@shared/app-identity'
import { formatValue, parseNumber } from '@shared/format/format-value'
import { centralOf } from '@shared/model/engine/assumption-values'
import { APP, NOW, baseline, briefInput, indicator, series } from './brief-fixtures'

const LANGUAGES: Language[] = ['fr', 'en']

function summaryOf(input: ReturnType<typeof briefInput>, language: Language) {
  return buildScenarioBrief(input, baseline, { ...DEFAULT_BRIEF_OPTIONS, language }, APP, NOW)
    .summaryBox
}

/** Every amount in € bn a sentence writes, in order, read back as numbers. */
function amounts(sentence: string, language: Language): number[] {
  const pattern =
    language === 'fr'
      ? /([+−-]?[\d\u202f\u00a0]+(?:,\d+)?)\u202fMd€/g
      : /([+−-]?)€([\d,]+(?:\.\d+)?)bn/g
  return [...sentence.matchAll(pattern)].map((m) => {
    const text = language === 'fr' ? (m[1] as string) : `${m[1]}${m[2]}`
    const value = parseNumber(text.replace('+', ''), language)
    if (value === null) throw new Error(`not a number: ${text}`)
    return value
  })
}

/** A figure read back agrees with the projection's up to the rounding of its format. */
function agrees(written: number | undefined, value: number): boolean {
  if (written === undefined) return false
  return Math.abs(written - value) <= 0.005 * Math.abs(value) + 0.0006
}

/** The first year every lever that is on is fully phased in, from the scenario itself. */
function fullYear(input: ReturnType<typeof briefInput>): number {
  const { levers, horizon } = input.scenario
  let year = horizon.start
  for (const lever of [levers.dst, levers.dataLevy, levers.platformContribution])
    if (lever.enabled) year = Math.max(year, lever.startYear + Math.max(0, lever.phaseInYears - 1))
  return Math.min(year, horizon.end)
}

describe('summary box of a scenario with levers (model 2)', () => {
  for (const preset of ['dst-6', 'dst-15-tier', 'platform-profit-10', 'eu-platform-directive']) {
    for (const language of LANGUAGES) {
      it(`${preset} (${language}): ROBSS first, increments over current law, Unédic apart, figures read back`, () => {
        const input = briefInput(preset)
        const box = summaryOf(input, language)
        const fr = language === 'fr'
        const last = input.projection.years.length - 1
        const year = input.projection.years[last] as number
        const at = (id: string) => series(input, id)[last] as number
        expect(box.length).toBeGreaterThanOrEqual(5)
        expect(box.length).toBeLessThanOrEqual(6)

        // 1. ROBSS balance against the PLFSS path, then the levers' yield over current law.
        const [robss = '', coproduction = '', unedic = '', apu = ''] = box
        expect(robss).toMatch(fr ? /^En \d{4}, le solde du ROBSS/ : /^In \d{4}, the ROBSS balance/)
        expect(robss).toContain(String(year))
        expect(robss).toContain(fr ? 'sur la trajectoire PLFSS' : 'on the PLFSS path')
        expect(robss).toContain(fr ? 'de plus qu’à droit constant' : 'more than current law')
        expect(robss).toContain('PLFSS')
        expect(robss).toContain(formatValue(at('robss_balance_pct_gdp'), 'pct_gdp', language))
        const [balance, path, fin, full, cumul, pv, toRobss] = amounts(robss, language)
        expect(agrees(balance, at('robss_balance'))).toBe(true)
        expect(agrees(path, at('robss_balance_baseline'))).toBe(true)
        expect(agrees(fin, indicator(input, 'increment_total_final'))).toBe(true)
        expect(agrees(full, indicator(input, 'increment_total_full'))).toBe(true)
        expect(agrees(cumul, indicator(input, 'increment_total_cumulative'))).toBe(true)
        expect(agrees(pv, indicator(input, 'increment_total_pv'))).toBe(true)
        expect(agrees(toRobss, at('increment_robss'))).toBe(true)
        expect(robss).toContain(fr ? `en ${fullYear(input)}` : `in ${fullYear(input)}`)
        const rate = centralOf(input.scenario.assumptions['finance.discount_rate'] as never)
        expect(robss).toContain(formatValue(rate, 'share', language))

        // 2. The cost of coproduction to the ROBSS, and its share of ROBSS receipts.
        expect(coproduction).toContain('ROBSS')
        expect(coproduction).not.toContain('Unédic')
        const [cost, costCumul] = amounts(coproduction, language)
        expect(agrees(cost, at('coproduction_effect'))).toBe(true)
        expect(agrees(costCumul, indicator(input, 'coproduction_effect_cumulative'))).toBe(true)

        // The identity, on the figures as written: balance = path + earmarked increment − cost.
        expect(
          Math.abs(
            (balance as number) - ((path as number) + (toRobss as number) - (cost as number)),
          ),
        ).toBeLessThan(0.11)

        // 3. Unédic on its own sentence, never in the ROBSS one.
        expect(robss).not.toContain('Unédic')
        expect(unedic).toMatch(fr ? /^L’Unédic, présentée à part/ : /^Unédic, shown apart/)
        const [ub, upath, ucost] = amounts(unedic, language)
        expect(agrees(ub, at('unedic_balance'))).toBe(true)
        expect(agrees(upath, at('unedic_balance_baseline'))).toBe(true)
        expect(agrees(ucost, at('coproduction_effect_unedic'))).toBe(true)

        // 4. General government, signed, with the current-law reference named.
        expect(apu).toContain(fr ? 'administrations publiques' : 'general-government')
        expect(apu).toContain(fr ? 'droit constant' : 'current law')
        const [af, ac, ap] = amounts(apu, language)
        expect(agrees(af, indicator(input, 'apu_effect_final'))).toBe(true)
        expect(agrees(ac, indicator(input, 'apu_effect_cumulative'))).toBe(true)
        expect(agrees(ap, indicator(input, 'apu_effect_pv'))).toBe(true)

        // 5. Jobs: the peak and its year.
        const stock = series(input, 'jobs_displaced_total')
        const peak = Math.max(...stock)
        const text = box.join(' ')
        expect(text).toContain(formatValue(peak, 'fte', language))
        expect(text).toContain(String(input.projection.years[stock.indexOf(peak)]))

        // Never the retired coverage headline.
        expect(text).not.toMatch(
          /couvrent|au moins 1\u202f000|at least 1,000|1\u202f000\u202f%|1,000%/,
        )
        expect(text).not.toMatch(/besoin de financement|financing gap/)
      })
    }
  }

  it('names each reformed lever’s yield when more than one lever is reformed', () => {
    const input = briefInput('dst-6', (s) => {
      s.levers.platformContribution.enabled = true
    })
    for (const language of LANGUAGES) {
      const robss = summaryOf(input, language)[0] as string
      const written = amounts(robss, language)
      for (const id of ['increment_dst_final', 'increment_platform_final'])
        expect(written.some((x) => agrees(x, indicator(input, id)))).toBe(true)
      expect(robss).toContain(language === 'fr' ? 'la TSN' : 'the DST')
      expect(robss).toContain(
        language === 'fr' ? 'la contribution des plateformes' : 'the platform contribution',
      )
    }
  })

  it('writes numbers in the brief’s language only', () => {
    const input = briefInput('dst-6')
    const fr = summaryOf(input, 'fr').join(' ')
    const en = summaryOf(input, 'en').join(' ')
    expect(fr).toContain('Md€')
    expect(fr).not.toMatch(/€\d/)
    expect(en).toMatch(/€\d[\d.,]*bn/)
    expect(en).not.toContain('Md€')
  })

  it('speaks of the horizon’s last year, whatever it is', () => {
    const input = briefInput('dst-6', (s) => {
      s.horizon.end = 2031
    })
    const box = summaryOf(input, 'en')
    expect(box[0]).toMatch(/^In 2031, /)
    const [balance] = amounts(box[0] as string, 'en')
    expect(agrees(balance, series(input, 'robss_balance').at(-1) as number)).toBe(true)
  })

  it('follows the projection: a higher DST rate writes a larger yield over current law', () => {
    const low = briefInput('dst-6')
    const high = briefInput('dst-6', (s) => {
      s.levers.dst.rate = 0.08
    })
    const yieldOf = (input: ReturnType<typeof briefInput>) =>
      amounts(summaryOf(input, 'fr')[0] as string, 'fr')[2] as number
    expect(indicator(high, 'increment_total_final')).toBeGreaterThan(
      indicator(low, 'increment_total_final'),
    )
    expect(yieldOf(high)).toBeGreaterThan(yieldOf(low))
  })
})

describe('summary box under current law (no lever reformed)', () => {
  for (const language of LANGUAGES) {
    it(`says the scenario is current law and still gives ROBSS, Unédic and coproduction (${language})`, () => {
      const input = briefInput('current-law')
      const box = summaryOf(input, language)
      const last = input.projection.years.length - 1
      const at = (id: string) => series(input, id)[last] as number
      expect(box[0]).toMatch(language === 'fr' ? /droit constant/ : /current law/)
      const robss = box[1] as string
      const [balance, path] = amounts(robss, language)
      expect(agrees(balance, at('robss_balance'))).toBe(true)
      expect(agrees(path, at('robss_balance_baseline'))).toBe(true)
      // Under current law the only gap to the path is the cost of coproduction.
      expect(at('robss_balance_baseline') - at('robss_balance')).toBeCloseTo(
        at('coproduction_effect'),
        9,
      )
      const text = box.join(' ')
      expect(text).toContain(formatValue(at('consumer_work_hours'), 'million_hours', language))
      expect(text).toContain(formatValue(at('consumer_work_value'), 'bn_eur', language))
      expect(box.filter((s) => /Unédic.*(présentée à part|shown apart)/.test(s))).toHaveLength(1)
      expect(robss).not.toContain('Unédic')
      expect(text).not.toMatch(/couvrent|cover |1\u202f000\u202f%|1,000%/)
    })
  }
})

import { describe, expect, it } from 'vitest'
import type { Language } from '@shared/app-identity'
import { DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import { buildComparisonBrief, buildScenarioBrief } from '@shared/brief/build-brief'
import { scenarioInputsHash } from '@shared/brief/inputs-hash'
import { formatValue, parseNumber } from '@shared/format/format-value'
import { attribute, enabledLevers } from '@shared/model/comparison/attribution'
import { INDICATORS } from '@shared/model/engine/series'
import { coverageText } from '@shared/format/coverage'
import { peopleCount, signedDelta } from '@shared/brief/brief-format'
import { translator } from '@shared/i18n/translate'
import { GROUPED_INDICATOR_IDS, NOT_SHOWN } from '@shared/brief/indicator-groups'
import { MODEL_VERSION } from '@shared/model/engine/version'
import { simulate } from '@shared/model/engine/simulate'
import { APP, NOW, baseline, briefInput, indicator, leversOff } from './brief-fixtures'

const scenarios = () => [
  briefInput('dst-6', undefined, 's-dst6'),
  briefInput('dst-15-tier', undefined, 's-tier'),
  briefInput('platform-profit-10', undefined, 's-platform'),
]
const reference = () => briefInput('current-law')
const build = (language: Language, title?: string) =>
  buildComparisonBrief(
    scenarios(),
    reference(),
    baseline,
    { ...DEFAULT_BRIEF_OPTIONS, language },
    APP,
    NOW,
    title,
  )

/** "12,3 Md€ (−4,5 Md€)" → the value text and the delta as a number. */
function splitCell(cell: string, language: Language) {
  const match = /^(.*) \((.*)\)$/.exec(cell)
  if (!match) throw new Error(`not a value with its delta: ${cell}`)
  const deltaText = (match[2] as string).replace(/Md€|€|bn|ETP|FTE|\+/g, '').replace('−', '-')
  return { value: match[1] as string, delta: parseNumber(deltaText, language) }
}

describe('comparison brief', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`has one column per scenario and deltas = value − reference (${language})`, () => {
      const brief = build(language)
      const inputs = scenarios()
      const ref = reference()
      const table = brief.comparison
      if (!table) throw new Error('no comparison table')
      expect(table.headers.slice(2)).toEqual(inputs.map((s) => s.name))
      expect(table.rows).toHaveLength(INDICATORS.length - NOT_SHOWN.length)
      // Grouped as an analyst reads them: the ROBSS balance first, Unédic after the ROBSS rows.
      expect(GROUPED_INDICATOR_IDS[0]).toBe('robss_balance_final')
      // Every indicator is in one group, but those not shown (the displaced jobs' cumulative: the peak again).
      expect(new Set([...GROUPED_INDICATOR_IDS, ...NOT_SHOWN])).toEqual(
        new Set(INDICATORS.map((i) => i.id)),
      )
      expect(GROUPED_INDICATOR_IDS).toHaveLength(INDICATORS.length - NOT_SHOWN.length)
      expect(GROUPED_INDICATOR_IDS).not.toContain('jobs_displaced_cumulative')
      let checked = 0
      table.rows.forEach((row, r) => {
        const spec = INDICATORS.find((i) => i.id === GROUPED_INDICATOR_IDS[r])
        if (!spec) throw new Error('row without indicator')
        expect(row.label).toBe(spec[language])
        expect(row.cells).toHaveLength(1 + inputs.length)
        if (spec.unit === 'ratio')
          expect(row.cells[0]).toBe(coverageText(indicator(ref, spec.id), language))
        if (spec.unit !== 'bn_eur' && spec.unit !== 'fte') return
        expect(row.cells[0]).toBe(formatValue(indicator(ref, spec.id), spec.unit, language))
        inputs.forEach((input, i) => {
          const { value, delta } = splitCell(row.cells[i + 1] as string, language)
          const v = indicator(input, spec.id)
          const expected = v - indicator(ref, spec.id)
          expect(value).toBe(formatValue(v, spec.unit, language))
          expect(delta, `${spec.id} ${input.name}`).not.toBeNull()
          // The delta as written, to its printed precision: whole FTE; about three significant
          // figures of € bn.
          const tolerance = spec.unit === 'fte' ? 0.5 : Math.max(0.0005, 0.005 * Math.abs(expected))
          expect(Math.abs((delta as number) - expected)).toBeLessThanOrEqual(tolerance)
          checked++
        })
      })
      expect(checked).toBeGreaterThan(10)
      expect(brief.levers.headers).toEqual([
        language === 'fr' ? 'Paramètre' : 'Setting',
        ...inputs.map((s) => s.name),
      ])
      expect(brief.levers.rows.every((r) => r.cells.length === inputs.length)).toBe(true)
      expect(brief.incidence.rows.every((r) => r.cells.length === inputs.length)).toBe(true)
      // Year, the PLFSS path, the reference, then each scenario's ROBSS balance.
      expect(brief.ledger.headers).toHaveLength(3 + inputs.length)
      expect(brief.ledger.headers[1]).toBe(language === 'fr' ? 'Trajectoire PLFSS' : 'PLFSS path')
      const all = `${brief.summaryBox.join(' ')} ${table.rows.flatMap((r) => r.cells).join(' ')}`
      expect(all).not.toMatch(/≥|au moins|at least/)
    })
  }

  it('writes differences of shares in percentage points', () => {
    const table = build('en').comparison
    const row = table?.rows.find((r) => r.label === 'Incidence: consumers')
    expect(row?.cells.slice(1).every((c) => / \([+−]?[\d.]+ pp\)$/.test(c))).toBe(true)
  })

  it('attributes the cumulative ROBSS effect lever by lever for scenarios with two levers or more', () => {
    const brief = build('fr')
    const inputs = scenarios()
    const many = inputs.filter((s) => enabledLevers(s.scenario.levers).length >= 2)
    expect(many.map((s) => s.name)).toEqual([inputs[1]?.name])
    expect(brief.attribution?.map((a) => a.scenario)).toEqual(many.map((s) => s.name))
    const input = many[0]
    if (!input) throw new Error('no scenario with two levers')
    const a = attribute(input.scenario, baseline, {
      kind: 'indicator',
      id: 'robss_balance_change_cumulative',
    })
    const rows = brief.attribution?.[0]?.table.rows ?? []
    expect(rows[0]?.cells[0]).toBe(formatValue(a.without, 'bn_eur', 'fr'))
    expect(rows.at(-1)?.cells[0]).toBe(formatValue(a.with, 'bn_eur', 'fr'))
    // One row per lever (DST and its tier), each share as Shapley gives it.
    expect(rows).toHaveLength(a.shares.length + 4)
    a.shares.forEach((s, i) => {
      const text = (rows[i + 1]?.cells[0] as string)
        .replace('Md€', '')
        .replace('−', '-')
        .replace('+', '')
      expect(parseNumber(text, 'fr')).toBeCloseTo(s.shapley, 1)
    })
  })

  for (const language of ['fr', 'en'] as const)
    it(`names the scenario with the highest final ROBSS balance, its value and its delta (${language})`, () => {
      const inputs = scenarios()
      const ref = reference()
      const box = build(language).summaryBox
      const finals = inputs.map((s) => indicator(s, 'robss_balance_final'))
      const best = finals.indexOf(Math.max(...finals))
      const line = box.find((s) => /le plus élevé|is highest/.test(s))
      const name = inputs[best]?.name as string
      expect(line).toContain(language === 'fr' ? `«\u00a0${name}\u00a0»` : `“${name}”`)
      expect(line).toContain(formatValue(finals[best] as number, 'bn_eur', language))
      expect(line).toContain(formatValue(indicator(ref, 'robss_balance_final'), 'bn_eur', language))
      const delta = (finals[best] as number) - indicator(ref, 'robss_balance_final')
      expect(line).toContain(signedDelta(delta, 'bn_eur', language))
      // Unédic in a sentence of its own, not in the ROBSS one.
      expect(line).not.toContain('Unédic')
      expect(box.filter((s) => /Unédic, (présentée|shown)/.test(s.replace('L’', '')))).toHaveLength(
        1,
      )
      // The yield over current law: the largest cumulated one, named.
      const yields = inputs.map((s) => indicator(s, 'increment_total_cumulative'))
      const top = yields.indexOf(Math.max(...yields))
      const yieldLine = box.find((s) => /droit constant :|over current law:/.test(s))
      expect(yieldLine).toContain(formatValue(yields[top] as number, 'bn_eur', language))
    })

  for (const language of ['fr', 'en'] as const)
    it(`has its own summary: each scenario against its current law, no scenario brief's sentence (${language})`, () => {
      const inputs = scenarios()
      const box = build(language).summaryBox
      const options = { ...DEFAULT_BRIEF_OPTIONS, language }
      const own = new Set(
        inputs.flatMap((i) => buildScenarioBrief(i, baseline, options, APP, NOW).summaryBox),
      )
      for (const sentence of box) expect(own.has(sentence)).toBe(false)
      for (const input of inputs) {
        // Current law built here apart from the code under test: the same scenario, levers off.
        const law = simulate(leversOff(input.scenario), baseline)
        const lawFinal = law.series.find((x) => x.id === 'robss_balance')?.values.at(-1) as number
        const final = indicator(input, 'robss_balance_final')
        const line = box.find((x) =>
          x.startsWith(language === 'fr' ? `«\u00a0${input.name}\u00a0»` : `“${input.name}”`),
        )
        expect(line).toBeDefined()
        expect(line).toContain(formatValue(final, 'bn_eur', language))
        expect(line).toContain(`(${formatValue(lawFinal, 'bn_eur', language)})`)
        expect(line).toContain(signedDelta(final - lawFinal, 'bn_eur', language))
        expect(line).toContain(
          formatValue(indicator(input, 'increment_total_final'), 'bn_eur', language),
        )
      }
    })

  for (const language of ['fr', 'en'] as const)
    it(`sets the scenarios' consumer side side by side: imposed coproduction, people, footprint (${language})`, () => {
      const inputs = scenarios()
      const box = build(language).summaryBox
      const line = box.find((s) => /Côté consommateurs|consumers’ side/.test(s))
      expect(line).toBeDefined()
      const writers = {
        coproduction_imposed_share_final: (v: number) => formatValue(v, 'share', language),
        people_losing_channel_final: (v: number) => peopleCount(v, language),
        footprint_change_final: (v: number) => signedDelta(v, 'kt_co2e', language),
      }
      for (const [id, write] of Object.entries(writers)) {
        const values = inputs.map((s) => indicator(s, id))
        const low = Math.min(...values)
        const high = Math.max(...values)
        expect(line, id).toContain(write(low))
        // Scenarios that differ by 1 % or more are named at each end of the range; closer ones
        // are not, as if the model could tell them apart.
        const apart = high - low >= 0.01 * Math.max(Math.abs(low), Math.abs(high))
        if (write(low) !== write(high)) expect(line, id).toContain(write(high))
        if (write(low) !== write(high) && !apart)
          expect(line, id).toContain(
            translator(language)('brief.rangeClose', { low: write(low), high: write(high) }),
          )
        if (write(low) !== write(high) && apart) {
          expect(line, id).toContain(write(high))
          const lowName = inputs[values.indexOf(low)]?.name as string
          expect(line, id).toContain(
            `${write(low)} (${language === 'fr' ? `«\u00a0${lowName}\u00a0»` : `“${lowName}”`})`,
          )
        }
      }
    })

  it('is titled by the comparison’s name, or by the number of scenarios', () => {
    expect(build('fr').title).toBe('Comparaison de 3 scénarios')
    expect(build('en').title).toBe('Comparison of 3 scenarios')
    expect(build('fr', 'TSN contre plateformes').title).toBe('TSN contre plateformes')
    expect(build('fr').kind).toBe('comparison')
  })

  it('carries every scenario’s hash and the reference’s in the provenance', () => {
    const p = build('fr').provenance
    expect(p.modelVersion).toBe(MODEL_VERSION)
    expect(p.appVersion).toBe(APP.version)
    expect(p.scenarios.map((s) => s.id)).toEqual(['s-dst6', 's-tier', 's-platform'])
    expect(p.scenarios.map((s) => s.inputsHash)).toEqual(
      scenarios().map((s) => scenarioInputsHash(s.scenario)),
    )
    expect(new Set(p.scenarios.map((s) => s.inputsHash)).size).toBe(3)
    expect(p.reference?.inputsHash).toBe(scenarioInputsHash(reference().scenario))
  })
})

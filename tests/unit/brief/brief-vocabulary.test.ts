import { describe, expect, it } from 'vitest'
import type { Language } from '@shared/app-identity'
import { DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import { buildComparisonBrief, buildScenarioBrief } from '@shared/brief/build-brief'
import type { BriefTable } from '@shared/brief/brief-content'
import { translator } from '@shared/i18n/translate'
import { formatValue } from '@shared/format/format-value'
import { APP, NOW, baseline, briefInput, series } from './brief-fixtures'

/**
 * One word, one figure: the summary's sentences and the ledger name the PLFSS path, current law
 * and a comparison's reference with the same words, and a figure named by a word in a sentence is
 * the figure of the ledger's column named by that word, in the same year.
 */

const LANGUAGES: Language[] = ['fr', 'en']
const options = (language: Language) => ({ ...DEFAULT_BRIEF_OPTIONS, language })
const lower = (text: string, language: Language) => text.toLocaleLowerCase(language)

/** The one column whose header holds `term`, read in the last row (the last year). */
function lastCell(table: BriefTable, term: string, language: Language) {
  const columns = table.headers
    .map((h, i) => ({ h, i }))
    .filter(({ h }) => lower(h, language).includes(lower(term, language)))
  expect(columns).toHaveLength(1)
  const row = table.rows[table.rows.length - 1]
  return { year: row?.label, cell: row?.cells[(columns[0]?.i as number) - 1] as string }
}

/** `figure` is written in `sentence`, and `term` follows one of its occurrences within a few characters. */
function namedBy(sentence: string, figure: string, term: string, language: Language): boolean {
  const text = lower(sentence, language)
  const word = lower(term, language)
  for (let at = sentence.indexOf(figure); at >= 0; at = sentence.indexOf(figure, at + 1)) {
    const next = text.indexOf(word, at + figure.length)
    if (next >= 0 && next - (at + figure.length) <= 12) return true
  }
  return false
}

describe('the brief names each reference figure one way', () => {
  for (const preset of ['dst-6', 'platform-profit-10', 'current-law'])
    for (const language of LANGUAGES)
      it(`${preset} (${language}): the summary's PLFSS-path figure is the ledger's, same year`, () => {
        const t = translator(language)
        const input = briefInput(preset)
        const brief = buildScenarioBrief(input, baseline, options(language), APP, NOW)
        const term = t('brief.label.robssPath')
        const { year, cell } = lastCell(brief.ledger, term, language)
        expect(year).toBe(String(input.projection.years.at(-1)))
        const sentence = brief.summaryBox.find((s) => s.includes('ROBSS') && s.includes(term))
        expect(sentence).toBeDefined()
        expect(sentence).toContain(year)
        expect(namedBy(sentence as string, cell, term, language)).toBe(true)
        // The word is defined once, in the glossary, and names the series the ledger reads.
        expect(
          brief.glossary.filter((g) => lower(g, language).startsWith(lower(term, language))),
        ).toHaveLength(1)
        // …and it is the PLFSS path, not current law, whatever the ledger's formatting.
        expect(cell).toBe(
          formatValue(series(input, 'robss_balance_baseline').at(-1) as number, 'bn_eur', language),
        )
        expect(namedBy(sentence as string, cell, t('currentLaw'), language)).toBe(false)
      })

  for (const language of LANGUAGES)
    it(`comparison (${language}): current law and the reference say the ledger's figures`, () => {
      const t = translator(language)
      const inputs = [
        briefInput('dst-6', undefined, 'a'),
        briefInput('dst-15-tier', undefined, 'b'),
      ]
      const reference = briefInput('current-law')
      const brief = buildComparisonBrief(inputs, reference, baseline, options(language), APP, NOW)
      const referenceTerm = t('brief.label.reference')
      const lawTerm = t('currentLaw')
      const pathTerm = t('brief.label.robssPath')
      const ref = lastCell(brief.ledger, `(${referenceTerm})`, language)
      const path = lastCell(brief.ledger, pathTerm, language)
      // Current law bears the cost of coproduction, the PLFSS path does not: two figures, two words.
      expect(ref.cell).not.toBe(path.cell)
      // Each scenario against current law: the reference here is current law on the same
      // assumptions, so its figure is the ledger's reference column in the last year.
      for (const input of inputs) {
        const sentence = brief.summaryBox.find((s) => s.includes(input.name))
        expect(sentence).toBeDefined()
        expect(sentence).toContain(ref.year)
        expect(lower(sentence as string, language)).toContain(lower(lawTerm, language))
        expect(sentence).toContain(`(${ref.cell})`)
      }
      // The best balance is set against the reference, with the reference column's figure.
      const best = brief.summaryBox.find(
        (s) => s.includes(`(${ref.cell})`) && s.includes(referenceTerm),
      )
      expect(best).toBeDefined()
      // No sentence calls the PLFSS path current law or the reference.
      for (const s of brief.summaryBox) expect(s).not.toContain(path.cell)
      expect(brief.glossary).toHaveLength(3)
    })
})

import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../shared/app-identity'
import { CATALOGUES } from '../../../shared/i18n/catalogues'
import type { Message, MessageKey } from '../../../shared/i18n/catalogues'
import { chartSeparators, decimalSeparator } from '../../../shared/format/format-number'
import { LANGUAGE_SETTINGS, localeOf } from '../../../shared/i18n/languages'
import { fillPlaceholders, translator } from '../../../shared/i18n/translate'

const reference = CATALOGUES.fr
const referenceKeys = Object.keys(reference).sort()

function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message)
}

/** The set of `{placeholders}` a message uses, over all its plural forms. */
function placeholders(message: Message): string[] {
  const names = forms(message).flatMap((text) =>
    [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''),
  )
  return [...new Set(names)].sort()
}

/** Words spelled the same in both languages, listed on purpose; any other identical text is a miss. */
const SPELLED_ALIKE = new Set([
  'dateCol',
  'noteCol',
  'versionCol',
  'versionLabel',
  'gallerySource',
  'export.provenance.sheet',
  'adoptionTab',
  'adoptionActions',
  'exportPng',
  'exportSvg',
  'exportChartCsv',
  'exportXlsx',
  // macOS's own name for the Services menu, the same in both.
  'menu.services',
  'leverSources',
  'helpActionCol',
  'descriptionLabel',
  'explainSourceCol',
  'compareAttributionTab',
  'headlineTabCoproduction',
  'format.minutes',
  // Symbols of units, the same in both: km, g, kg and kt of CO₂-equivalent, euros an hour.
  'unit.km',
  'unit.g_co2e',
  'unit.kg_co2e_per_km',
  'unit.kt_co2e',
  'unit.mt_co2e',
  'unit.eur_per_hour',
  'axis.kt_co2e',
  // A column header's pattern, label then unit, laid out alike.
  'brief.consumer.column',
  'input.curve.bass',
  'brief.label.page',
  'brief.label.provenance',
  'brief.label.source',
  'brief.label.version',
  'brief.horizonRow',
  'whatChanged.successorFigure',
  'explain.term.published',
  'unit.minutes',
  'unit.ratio',
  'lever.platformContribution.base.options.1.label',
  // The ledger's first block is headed by the acronym alone, the same in both languages.
  'ledger.robss',
])

describe('the catalogue', () => {
  for (const language of LANGUAGES) {
    const catalogue = CATALOGUES[language]
    const rules = new Intl.PluralRules(localeOf(language))

    it(`${language} has exactly the reference's keys`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(referenceKeys)
    })

    it(`${language} fills the same placeholders as the reference in every message`, () => {
      const differing = referenceKeys.filter((key) => {
        const own = placeholders(catalogue[key as MessageKey])
        return own.join() !== placeholders(reference[key as MessageKey]).join()
      })
      expect(differing).toEqual([])
    })

    it(`${language} gives every plural message the forms its locale selects`, () => {
      const needed = rules.resolvedOptions().pluralCategories
      for (const key of referenceKeys) {
        const message = catalogue[key as MessageKey]
        if (typeof message === 'string') continue
        const allowed = new Set<string>([...needed, '=0'])
        expect(
          Object.keys(message).filter((form) => !allowed.has(form)),
          key,
        ).toEqual([])
        expect(
          needed.filter((category) => message[category] === undefined),
          key,
        ).toEqual([])
        // Only an exact-zero form may say the number in words ("aucun scénario").
        const counted = Object.entries(message).filter(([form]) => form !== '=0')
        expect(
          counted.every(([, text]) => text.includes('{count}')),
          key,
        ).toBe(true)
      }
    })

    // The reference language is what the others are compared with: the test exists for the others.
    if (language !== 'fr')
      it(`${language} translates every text it does not spell alike`, () => {
        const identical = referenceKeys.filter(
          (key) =>
            JSON.stringify(catalogue[key as MessageKey]) ===
            JSON.stringify(reference[key as MessageKey]),
        )
        expect(identical.filter((key) => !SPELLED_ALIKE.has(key))).toEqual([])
      })

    it(`${language} has no empty message`, () => {
      const empty = referenceKeys.filter((key) =>
        forms(catalogue[key as MessageKey]).some((text) => text.trim() === ''),
      )
      expect(empty).toEqual([])
    })

    it(`${language} names itself and a locale Intl supports, whose language is its own`, () => {
      const locale = localeOf(language)
      expect(Intl.NumberFormat.supportedLocalesOf([locale])).toEqual([locale])
      expect(new Intl.Locale(locale).language).toBe(language)
      expect(LANGUAGE_SETTINGS[language].name).toBe(catalogue['language.name'])
    })
  }
})

describe('translator', () => {
  it('is the same function for a language, so the interface can keep it across renders', () => {
    expect(translator('fr')).toBe(translator('fr'))
    expect(translator('fr')).not.toBe(translator('en'))
  })

  it('writes number params in the language’s format and leaves strings as given', () => {
    expect(fillPlaceholders('{a} / {b}', { a: 1234567, b: '2030' }, 'fr')).toBe(
      '1\u202f234\u202f567 / 2030',
    )
    expect(fillPlaceholders('{a} / {b}', { a: 1234567, b: '2030' }, 'en')).toBe('1,234,567 / 2030')
    expect(fillPlaceholders('{a}', { a: -2.5 }, 'fr')).toBe('−2,50')
  })

  it('chooses plural forms by the language’s rules: French 0 and 1 are singular, English 0 is not', () => {
    const fr = translator('fr')
    const en = translator('en')
    expect(fr('brief.comparisonTitle', { count: 0 })).toMatch(/ 0 scénario$/)
    expect(fr('brief.comparisonTitle', { count: 1 })).toMatch(/ 1 scénario$/)
    expect(fr('brief.comparisonTitle', { count: 2 })).toMatch(/ 2 scénarios$/)
    expect(fr('brief.comparisonTitle', { count: 1_000_000 })).toMatch(
      / 1\u202f000\u202f000 scénarios$/,
    )
    expect(en('brief.comparisonTitle', { count: 0 })).toMatch(/ 0 scenarios$/)
    expect(en('brief.comparisonTitle', { count: 1 })).toMatch(/ 1 scenario$/)
  })

  it('leaves a placeholder without a param as written', () => {
    expect(fillPlaceholders('{a} {b}', { a: 'x' }, 'en')).toBe('x {b}')
  })

  it('returns every key’s text in each language', () => {
    for (const language of LANGUAGES) {
      const t = translator(language)
      for (const key of referenceKeys) expect(t(key as MessageKey, { count: 2 })).not.toBe('')
    }
  })
})

describe('number conventions read from the locale', () => {
  it('give Plotly the decimal mark then a plain-space or comma grouping', () => {
    expect([decimalSeparator('fr'), chartSeparators('fr')]).toEqual([',', ', '])
    expect([decimalSeparator('en'), chartSeparators('en')]).toEqual(['.', '.,'])
  })
})

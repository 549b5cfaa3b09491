import { describe, expect, it } from 'vitest'
import type { Language } from '@shared/app-identity'
import { BRIEF_SECTIONS, DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import type { BriefOptions } from '@shared/brief/brief-options'
import { buildComparisonBrief, buildScenarioBrief } from '@shared/brief/build-brief'
import { scenarioInputsHash } from '@shared/brief/inputs-hash'
import { formatValue } from '@shared/format/format-value'
import { GRADE_LABELS } from '@shared/model/explain/grade-labels'
import { BRIEF_LEDGER_SERIES } from '@shared/brief/brief-tables'
import { GLOBAL_SERIES } from '@shared/model/engine/series'
import { MODEL_VERSION } from '@shared/model/engine/version'
import { APP, NOW, baseline, briefInput, series } from './brief-fixtures'

const NB = '\u202f'
const options = (language: Language, more: Partial<BriefOptions> = {}): BriefOptions => ({
  ...DEFAULT_BRIEF_OPTIONS,
  language,
  ...more,
})

/** Every lever on, with values that appear nowhere else. */
const allLevers = () =>
  briefInput('dst-6', (s) => {
    s.levers.dst = {
      enabled: true,
      startYear: 2027,
      phaseInYears: 3,
      rate: 0.0725,
      worldwideThreshold: '2bn',
      tier: { enabled: true, rate: 0.155, thresholdBn: 3.5 },
    }
    s.levers.dataLevy = {
      enabled: true,
      startYear: 2028,
      phaseInYears: 1,
      mode: 'perUser',
      ratePerUser: 2.75,
      modulation: 0.85,
      ratePerGb: 0.0035,
    }
    s.levers.platformContribution = {
      enabled: true,
      startYear: 2029,
      phaseInYears: 2,
      rate: 0.125,
      base: 'commission',
      requalificationShare: 0.35,
    }
    s.levers.earmarking = { dst: 0.6, dataLevy: 0.45, platformContribution: 0.8, staffedChannel: 0 }
  })

describe('levers table', () => {
  const expected: Record<Language, string[]> = {
    fr: [
      '2024–2040',
      '2027',
      '2028',
      '2029',
      '3 ans',
      '2 ans',
      '1 an',
      `7,25${NB}%`,
      `15,5${NB}%`,
      `3,5${NB}Md€`,
      `2,75${NB}€/internaute/an`,
      `85${NB}%`,
      `12,5${NB}%`,
      `35${NB}%`,
      `60${NB}%`,
      `45${NB}%`,
      `80${NB}%`,
      'Par internaute suivi',
      'Commissions',
      '2 Md€ (vote 2025)',
    ],
    en: [
      '2024–2040',
      '3 years',
      '1 year',
      '7.25%',
      '15.5%',
      '€3.5bn',
      '€2.75/user/yr',
      '85%',
      '12.5%',
      '35%',
      '80%',
      'Per monitored user',
      'Commissions',
      '€2bn (2025 vote)',
    ],
  }
  for (const language of ['fr', 'en'] as const) {
    it(`holds every enabled lever value, exactly as set (${language})`, () => {
      const input = allLevers()
      const table = buildScenarioBrief(input, baseline, options(language), APP, NOW).levers
      expect(table.headers).toEqual([language === 'fr' ? 'Paramètre' : 'Setting', input.name])
      const cells = table.rows.map((r) => r.cells[0])
      for (const text of expected[language]) expect(cells, text).toContain(text)
      // The tier's switch reads "yes" (at-source collection is current law, not a switch).
      expect(cells.filter((c) => c === (language === 'fr' ? 'oui' : 'yes'))).toHaveLength(1)
      // The per-GB tariff does not act with the per-user base: it is not listed.
      expect(cells.join(' ')).not.toMatch(/0[.,]0035/)
      // Every label says which lever it belongs to: no two rows share a label.
      expect(new Set(table.rows.map((r) => r.label)).size).toBe(table.rows.length)
    })
  }

  it('leaves out levers that are off, and a phase-in of 0 reads "at once"', () => {
    const input = briefInput('dst-6')
    const table = buildScenarioBrief(input, baseline, options('en'), APP, NOW).levers
    const text = table.rows.map((r) => `${r.label}=${r.cells[0]}`).join('\n')
    expect(text).toContain('DST rate=6%')
    expect(text).toContain('DST: phase-in=at once')
    expect(text).not.toMatch(/Data levy|Platform contribution/)
  })
})

describe('levers table with schedules by year', () => {
  // The analyst's scenario: « TSN 6 % affectée à la Sécu dès 2026 », rate rising to 8 % in 2030.
  const scheduled = () =>
    briefInput('dst-6', (s) => {
      s.levers.dst.rate = { value: 0.06, steps: [{ year: 2030, value: 0.08 }] }
      s.levers.earmarking.dst = { value: 0, steps: [{ year: 2026, value: 1 }] }
    })
  const expected: Record<Language, string[]> = {
    fr: [`6${NB}% puis 8${NB}% en 2030`, `100${NB}% dès 2026`],
    en: ['6% then 8% in 2030', '100% from 2026'],
  }
  for (const language of ['fr', 'en'] as const)
    it(`writes each schedule in words (${language})`, () => {
      const table = buildScenarioBrief(scheduled(), baseline, options(language), APP, NOW).levers
      const cells = table.rows.map((r) => r.cells[0])
      for (const text of expected[language]) expect(cells).toContain(text)
    })
})

describe('ledger, incidence, method', () => {
  it('gives the ledger series every PLFSS year, then every fifth year and the last', () => {
    const input = briefInput('platform-profit-10', (s) => {
      s.horizon.end = 2038
    })
    const ledger = buildScenarioBrief(input, baseline, options('fr'), APP, NOW).ledger
    const years = ledger.rows.map((r) => Number(r.label))
    const published = baseline.robss.years[baseline.robss.years.length - 1] as number
    const { start, end } = input.scenario.horizon
    // No year the PLFSS publishes is skipped: those are the figures a reader checks at the source.
    for (let year = start; year <= published; year++) expect(years).toContain(year)
    expect(years.filter((y) => y > published && y !== end).every((y) => y % 5 === 0)).toBe(true)
    expect(years).toContain(end)
    expect(years).toContain(2035)
    expect(years).not.toContain(2031)
    expect(years).toEqual([...years].sort((a, b) => a - b))
    expect(ledger.headers).toHaveLength(1 + BRIEF_LEDGER_SERIES.length)
    // ROBSS first, on its current-law path; Unédic in a column of its own, after the ROBSS ones.
    expect(BRIEF_LEDGER_SERIES[0]).toBe('robss_balance_baseline')
    expect(BRIEF_LEDGER_SERIES.indexOf('unedic_balance')).toBeGreaterThan(
      BRIEF_LEDGER_SERIES.indexOf('robss_balance'),
    )
    for (const gone of ['financing_gap', 'lever_revenue_earmarked'])
      expect(BRIEF_LEDGER_SERIES as readonly string[]).not.toContain(gone)
    ledger.rows.forEach((row) => {
      const i = input.projection.years.indexOf(Number(row.label))
      BRIEF_LEDGER_SERIES.forEach((id, k) => {
        const unit = GLOBAL_SERIES.find((g) => g.id === id)?.unit ?? 'bn_eur'
        expect(row.cells[k]).toBe(formatValue(series(input, id)[i] as number, unit, 'fr'))
      })
      // The ledger adds up: balance = path + increment to the ROBSS − cost of coproduction.
      const v = (id: string) => series(input, id)[i] as number
      expect(v('robss_balance')).toBeCloseTo(
        v('robss_balance_baseline') + v('increment_robss') - v('coproduction_effect'),
        9,
      )
    })
  })

  it('gives who pays as shares summing to 100 %, and dashes without levers', () => {
    const input = briefInput('dst-6')
    const table = buildScenarioBrief(input, baseline, options('en'), APP, NOW).incidence
    expect(table.rows).toHaveLength(4)
    const total = table.rows.reduce(
      (s, r) => s + Number((r.cells[0] as string).replace('%', '')),
      0,
    )
    expect(total).toBeGreaterThan(99.5)
    expect(total).toBeLessThan(100.5)
    const none = buildScenarioBrief(briefInput('current-law'), baseline, options('en'), APP, NOW)
    expect(none.incidence.rows.every((r) => r.cells[0] === '—')).toBe(true)
  })

  it('writes five to eight method paragraphs in each language', () => {
    const fr = buildScenarioBrief(briefInput('dst-6'), baseline, options('fr'), APP, NOW).method
    const en = buildScenarioBrief(briefInput('dst-6'), baseline, options('en'), APP, NOW).method
    for (const m of [fr, en]) {
      expect(m.length).toBeGreaterThanOrEqual(5)
      expect(m.length).toBeLessThanOrEqual(8)
    }
    // Model 2 in a few sentences: increments over current law, ROBSS and Unédic apart, fitted
    // adoption, the labour market, value sharing.
    expect(fr.join(' ')).toMatch(/en plus de ce droit/)
    expect(en.join(' ')).toMatch(/net yield over this law/)
    expect(fr.join(' ')).toMatch(/L’Unédic est présentée à part/)
    expect(en.join(' ')).toMatch(/Unédic is shown apart/)
    expect(fr.join(' ')).toMatch(/ajustée par moindres carrés/)
    expect(en.join(' ')).toMatch(/fitted by least squares/)
    expect(fr.join(' ')).toMatch(/Partage de la valeur/)
    expect(en.join(' ')).toMatch(/Value sharing/)
    expect(en.join(' ')).toMatch(/non-replace|not replaced/)
    // The retired cap is no longer said.
    expect(`${fr.join(' ')} ${en.join(' ')}`).not.toMatch(/1 000 %|1,000%|plafonné à|capped at/)
    expect(fr[0]).not.toBe(en[0])
  })
})

describe('modified assumptions', () => {
  // A sourced assumption (the source's title is printed), and one without a source.
  const [id, entry] = Object.entries(baseline.assumptions).find(
    ([, a]) => a.source !== null && a.unit === 'share' && a.value > 0,
  ) ?? ['', undefined]
  if (!entry) throw new Error('no sourced share assumption in the baseline')

  it('lists none when every assumption is at its default', () => {
    const brief = buildScenarioBrief(briefInput('dst-6'), baseline, options('fr'), APP, NOW)
    expect(brief.assumptions).toEqual([])
  })

  for (const language of ['fr', 'en'] as const) {
    it(`lists exactly the modified one, with default, source, year and grade (${language})`, () => {
      const value = entry.value * 1.5
      const input = briefInput('dst-6', (s) => {
        s.assumptions[id] = value
        // Another assumption with its spread changed but its central value kept: not modified.
        const other = Object.entries(s.assumptions).find(
          ([k, v]) => k !== id && typeof v === 'object' && v.dist === 'triangular',
        )
        if (!other || typeof other[1] !== 'object' || other[1].dist !== 'triangular')
          throw new Error('no triangular assumption')
        s.assumptions[other[0]] = { ...other[1], max: other[1].max * 2 + 1 }
      })
      const rows = buildScenarioBrief(input, baseline, options(language), APP, NOW).assumptions
      expect(rows).toHaveLength(1)
      const row = rows[0]
      expect(row?.label).toBe(entry.label[language])
      expect(row?.value).toBe(formatValue(value, entry.unit, language))
      expect(row?.defaultValue).toBe(formatValue(entry.value, entry.unit, language))
      expect(row?.value).not.toBe(row?.defaultValue)
      expect(row?.source).toBe(baseline.sources[entry.source as string]?.title)
      expect(row?.source).toBeTruthy()
      expect(row?.year).toBe(entry.year)
      expect(row?.grade).toBe(GRADE_LABELS[entry.grade][language])
    })
  }

  it('says when a modified assumption has no source', () => {
    const unsourced = Object.keys(baseline.assumptions).find(
      (id) => baseline.assumptions[id]?.source === null,
    ) as string
    expect(unsourced).toBeDefined()
    const input = briefInput('dst-6', (s) => {
      s.assumptions[unsourced] = (baseline.assumptions[unsourced]?.value ?? 0) + 0.05
    })
    const [row] = buildScenarioBrief(input, baseline, options('en'), APP, NOW).assumptions
    expect(row?.source).toBe('no source')
  })

  it('writes a tiny change with enough decimals to show it', () => {
    const value = entry.value + 1e-4
    const input = briefInput('dst-6', (s) => {
      s.assumptions[id] = value
    })
    const [row] = buildScenarioBrief(input, baseline, options('en'), APP, NOW).assumptions
    expect(row).toBeDefined()
    expect(row?.value).not.toBe(row?.defaultValue)
  })
})

describe('sections and provenance', () => {
  const off = Object.fromEntries(BRIEF_SECTIONS.map((s) => [s, false])) as BriefOptions['sections']
  const modified = () =>
    briefInput('dst-15-tier', (s) => {
      s.assumptions['labour.reemployment_hazard'] = 0.2
    })

  it('omits every section that is off, and keeps the always-present parts', () => {
    const brief = buildScenarioBrief(
      modified(),
      baseline,
      options('fr', {
        sections: off,
        summary: 'Mon résumé',
        caveats: 'Mes réserves',
        author: 'A. B.',
      }),
      APP,
      NOW,
    )
    expect(brief.summaryBox).toEqual([])
    expect(brief.userSummary).toBe('')
    expect(brief.levers.rows).toEqual([])
    expect(brief.ledger.rows).toEqual([])
    expect(brief.incidence.rows).toEqual([])
    expect(brief.consumer).toBeUndefined()
    expect(brief.assumptions).toEqual([])
    expect(brief.method).toEqual([])
    expect(brief.glossary).toEqual([])
    expect(brief.caveats).toBe('Mes réserves')
    expect(brief.author).toBe('A. B.')
    expect(brief.provenance.scenarios).toHaveLength(1)
  })

  it('each flag turns off its own part only', () => {
    const input = modified()
    const parts = {
      summary: (b: ReturnType<typeof buildScenarioBrief>) => b.summaryBox.length,
      levers: (b: ReturnType<typeof buildScenarioBrief>) => b.levers.rows.length,
      ledger: (b: ReturnType<typeof buildScenarioBrief>) => b.ledger.rows.length,
      incidence: (b: ReturnType<typeof buildScenarioBrief>) => b.incidence.rows.length,
      consumer: (b: ReturnType<typeof buildScenarioBrief>) => b.consumer?.table.rows.length ?? 0,
      assumptions: (b: ReturnType<typeof buildScenarioBrief>) => b.assumptions.length,
      method: (b: ReturnType<typeof buildScenarioBrief>) => b.method.length + b.glossary.length,
    }
    for (const flag of Object.keys(parts) as Array<keyof typeof parts>) {
      const sections = { ...DEFAULT_BRIEF_OPTIONS.sections, [flag]: false }
      const brief = buildScenarioBrief(input, baseline, options('en', { sections }), APP, NOW)
      for (const [part, size] of Object.entries(parts))
        expect(size(brief) > 0, `${flag} off: ${part}`).toBe(part !== flag)
    }
  })

  it('carries the hash, the versions, the baseline and the date', () => {
    const input = modified()
    const brief = buildScenarioBrief(input, baseline, options('fr'), APP, NOW)
    expect(brief.provenance).toEqual({
      appVersion: APP.version,
      modelVersion: MODEL_VERSION,
      baselineId: baseline.id,
      baselineVintage: baseline.vintage,
      scenarios: [
        {
          id: input.id,
          name: input.name,
          version: input.version,
          inputsHash: scenarioInputsHash(input.scenario),
        },
      ],
      generatedAt: '2026-03-14T10:30:00.000Z',
    })
    expect(brief.provenance.scenarios[0]?.inputsHash).not.toBe(
      scenarioInputsHash(briefInput('dst-15-tier').scenario),
    )
    expect(brief.date).toBe(new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(NOW))
    expect(brief.date).toMatch(/mars 2026/)
    expect(buildScenarioBrief(input, baseline, options('en'), APP, NOW).date).toMatch(/March 2026/)
    expect(brief.title).toBe(input.name)
    expect(brief.kind).toBe('scenario')
    expect(brief.comparison).toBeUndefined()
  })

  it('refuses a scenario projected on another baseline', () => {
    const input = briefInput('dst-6', (s) => {
      s.baseline = 'other'
    })
    expect(() => buildScenarioBrief(input, baseline, options('fr'), APP, NOW)).toThrow(
      /baseline other/,
    )
  })

  it('refuses nothing in a comparison with every section off', () => {
    const a = briefInput('dst-6')
    const ref = briefInput('current-law')
    const brief = buildComparisonBrief(
      [a, a],
      ref,
      baseline,
      options('en', { sections: off }),
      APP,
      NOW,
    )
    expect(brief.comparison).toBeUndefined()
    expect(brief.attribution).toBeUndefined()
    expect(brief.summaryBox).toEqual([])
  })
})

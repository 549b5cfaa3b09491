import { describe, expect, it } from 'vitest'
import type { Language } from '@shared/app-identity'
import type { BriefScenarioInput } from '@shared/brief/brief-content'
import { DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import { buildComparisonBrief, buildScenarioBrief } from '@shared/brief/build-brief'
import { ledgerYears, peopleCount, signedDelta } from '@shared/brief/brief-format'
import { weakestGrade } from '@shared/brief/brief-grades'
import { GROUPED_INDICATOR_IDS } from '@shared/brief/indicator-groups'
import { lastPublished } from '@shared/brief/brief-tables'
import { formatNumber, formatValue, parseNumber, roundAsShown } from '@shared/format/format-value'
import { translator } from '@shared/i18n/translate'
import type { Baseline } from '@shared/model/baseline/baseline-schema'
import { compileScenario } from '@shared/model/engine/compile'
import { GLOBAL_SERIES, INDICATORS } from '@shared/model/engine/series'
import { simulate } from '@shared/model/engine/simulate'
import { UNITS } from '@shared/model/engine/units'
import { GRADE_LABELS } from '@shared/model/explain/grade-labels'
import { runMonteCarlo } from '@shared/model/uncertainty/monte-carlo'
import { APP, NOW, baseline, briefInput } from './brief-fixtures'

const LANGUAGES = ['fr', 'en'] as const

function sectionOf(input: BriefScenarioInput, language: Language, base: Baseline = baseline) {
  const brief = buildScenarioBrief(input, base, { ...DEFAULT_BRIEF_OPTIONS, language }, APP, NOW)
  if (!brief.consumer) throw new Error('no consumer section')
  return brief.consumer
}

/** The engine's figures, recomputed here: not read from the brief's own projection. */
function engine(input: BriefScenarioInput) {
  const p = simulate(input.scenario, baseline)
  const indicator = (id: string) => {
    const found = p.indicators.find((i) => i.id === id)
    if (!found) throw new Error(`no indicator ${id}`)
    return found.value
  }
  const series = (id: string) => {
    const found = p.series.find((s) => s.id === id)
    if (!found) throw new Error(`no series ${id}`)
    return found.values
  }
  return { p, indicator, series }
}

/** Every headline figure, as the brief writes it: signed where it is a change. */
const HEADLINES: ReadonlyArray<{
  id: string
  write: (v: number, language: Language) => string
}> = [
  { id: 'consumer_time_net_change_final', write: (v, l) => signedDelta(v, 'million_hours', l) },
  { id: 'consumer_work_value_final', write: (v, l) => signedDelta(v, 'bn_eur', l) },
  { id: 'coproduction_imposed_share_final', write: (v, l) => formatValue(v, 'share', l) },
  { id: 'people_losing_channel_final', write: (v, l) => peopleCount(v, l) },
  { id: 'assisted_access_cost_final', write: (v, l) => formatValue(v, 'bn_eur', l) },
  { id: 'assisted_access_cost_cumulative', write: (v, l) => formatValue(v, 'bn_eur', l) },
  {
    id: 'assisted_network_multiple_final',
    write: (v, l) => translator(l)('format.times', { value: formatNumber(v, l, 1) }),
  },
  { id: 'data_value_users_final', write: (v, l) => formatValue(v, 'bn_eur', l) },
  { id: 'footprint_change_final', write: (v, l) => signedDelta(v, 'kt_co2e', l) },
  { id: 'footprint_change_cumulative', write: (v, l) => signedDelta(v, 'kt_co2e', l) },
  {
    id: 'footprint_share_digital_final',
    write: (v, l) => formatValue(v, 'share', l, { digits: 2 }),
  },
]

const gradeNote = (language: Language, grade: keyof typeof GRADE_LABELS) =>
  translator(language)('brief.consumer.noteGrade', { grade: GRADE_LABELS[grade][language] })

describe('the brief’s consumer and environment section', () => {
  for (const language of LANGUAGES) {
    it(`gives every headline figure as the engine computes it, with its grade (${language})`, () => {
      const input = briefInput('dst-6')
      const { indicator } = engine(input)
      const text = sectionOf(input, language).sentences.join('\n')
      for (const { id, write } of HEADLINES) {
        const value = indicator(id)
        expect(Number.isFinite(value), id).toBe(true)
        // Every one of these rests on per-sector figures no source measures.
        expect(text, id).toContain(`${write(value, language)} ${gradeNote(language, 'assumption')}`)
      }
      // The imposed transactions, and the sourced figures it sets them against, with their grade.
      expect(text).toContain(
        formatValue(indicator('coproduction_imposed_final'), 'million_per_year', language),
      )
      const illectronism = baseline.assumptions['exclusion.illectronism_share']
      const digital = baseline.assumptions['env.digital_footprint_mt']
      if (!illectronism || !digital) throw new Error('baseline without its sources')
      expect(text).toContain(formatValue(illectronism.value, 'share', language))
      expect(text).toContain(formatValue(digital.value, 'mt_co2e', language))
      expect(text).toContain(GRADE_LABELS[illectronism.grade][language])
    })

    it(`says what no source measures, and that it is an assumption (${language})`, () => {
      const t = translator(language)
      const { sentences } = sectionOf(briefInput('dst-6'), language)
      const unmeasured = t('brief.consumer.unmeasured', {
        grade: GRADE_LABELS.assumption[language],
      })
      expect(sentences).toContain(unmeasured)
      expect(unmeasured).toMatch(language === 'fr' ? /aucune source ne mesure/i : /no source/i)
      expect(unmeasured).toContain(GRADE_LABELS.assumption[language])
    })

    it(`names the rate consumer time is valued at, and values it at that rate (${language})`, () => {
      const at1 = briefInput('dst-6')
      const at15 = briefInput('dst-6', (s) => {
        s.assumptions['consumer.time_value_smic_multiple'] = 1.5
      })
      const value1 = engine(at1).indicator('consumer_work_value_final')
      const value15 = engine(at15).indicator('consumer_work_value_final')
      expect(value15).toBeCloseTo(1.5 * value1, 9)
      const [time] = sectionOf(at15, language).sentences
      expect(time).toContain(signedDelta(value15, 'bn_eur', language))
      expect(time).toMatch(
        language === 'fr' ? /1,5\u00a0fois le SMIC horaire/ : /1\.5 times the hourly SMIC/,
      )
    })

    it(`tells the staffed channel's cost and payer only when the lever is on (${language})`, () => {
      const t = translator(language)
      const staffedStart = t('brief.consumer.staffed').split(/\s*:/)[0] as string
      const off = sectionOf(briefInput('dst-6'), language).sentences
      expect(off.some((s) => s.startsWith(staffedStart))).toBe(false)
      for (const payer of ['firms', 'state', 'users'] as const) {
        const input = briefInput('dst-6', (s) => {
          s.levers.staffedChannel.enabled = true
          s.levers.staffedChannel.keptShare = 0.4
          s.levers.staffedChannel.payer = payer
        })
        const { series } = engine(input)
        const cost = series('staffed_channel_cost')
        const jobs = series('staffed_channel_jobs')
        const sentence = sectionOf(input, language).sentences.find((s) =>
          s.startsWith(staffedStart),
        )
        if (!sentence) throw new Error(`no staffed-channel sentence (${payer})`)
        expect(cost.at(-1) as number).toBeGreaterThan(0)
        expect(sentence).toContain(formatValue(cost.at(-1) as number, 'bn_eur', language))
        expect(sentence).toContain(
          formatValue(
            cost.reduce((a, b) => a + b, 0),
            'bn_eur',
            language,
          ),
        )
        expect(sentence).toContain(formatValue(jobs.at(-1) as number, 'fte', language))
        expect(sentence).toContain(formatValue(0.4, 'share', language))
        expect(sentence).toContain(t(`brief.consumer.staffedPayer.${payer}`))
      }
    })

    it(`sets the data levy beside the value of the data it taxes (${language})`, () => {
      const off = sectionOf(briefInput('dst-6'), language).sentences.join('\n')
      const value = engine(briefInput('dst-6')).indicator('data_value_users_final')
      expect(off).toContain(
        `${formatValue(value, 'bn_eur', language)} ${gradeNote(language, 'assumption')}`,
      )
      // The levy is off: no share of the data's value is taken.
      expect(off).not.toMatch(language === 'fr' ? /en prélèverait/ : /would raise/)
      const on = briefInput('dst-6', (s) => {
        s.levers.dataLevy.enabled = true
      })
      const { indicator, series } = engine(on)
      const levy = series('increment_data_levy').at(-1) as number
      const share = indicator('data_levy_share_of_value_final')
      expect(levy).toBeGreaterThan(0)
      expect(share).toBeCloseTo(levy / indicator('data_value_users_final'), 12)
      const text = sectionOf(on, language).sentences.join('\n')
      expect(text).toContain(formatValue(levy, 'bn_eur', language))
      expect(text).toContain(formatValue(share, 'share', language))
    })

    it(`adds each figure's 90 % band where a Monte Carlo run is printed (${language})`, () => {
      const input = briefInput('dst-6')
      const run = runMonteCarlo(compileScenario(input.scenario, baseline), 200, 11)
      const withRun = { ...input, indicatorBands: run.indicators }
      const text = sectionOf(withRun, language).sentences.join('\n')
      const t = translator(language)
      for (const { id, write } of HEADLINES) {
        const band = run.indicators.find((b) => b.id === id)
        if (!band) throw new Error(`no band for ${id}`)
        expect(band.p95).toBeGreaterThanOrEqual(band.p5)
        const note = t('brief.consumer.noteBand', {
          low: write(band.p5, language),
          high: write(band.p95, language),
          grade: GRADE_LABELS.assumption[language],
        })
        expect(text, id).toContain(note)
      }
    })

    it(`tabulates the consumer's series at the ledger's years, units in the headers (${language})`, () => {
      const input = briefInput('dst-6')
      const { p } = engine(input)
      const { table } = sectionOf(input, language)
      const years = ledgerYears(p.years, lastPublished(baseline))
      expect(table.rows.map((r) => r.label)).toEqual(years.map(String))
      const columns = [
        'consumer_time_net_change',
        'people_losing_channel',
        'footprint_change',
        'data_value_users',
      ]
      for (const id of columns) {
        const series = p.series.find((s) => s.id === id)
        const spec = GLOBAL_SERIES.find((s) => s.id === id)
        if (!series || !spec) throw new Error(`no series ${id}`)
        const column = table.headers.indexOf(`${spec[language]} (${UNITS[spec.unit][language]})`)
        expect(column, id).toBeGreaterThan(0)
        table.rows.forEach((row, r) => {
          const value = series.values[p.years.indexOf(years[r] as number)] as number
          const cell = (row.cells[column - 1] as string).replace('−', '-')
          // The number as the screen rounds it; its unit is the header's, not repeated.
          expect(parseNumber(cell, language), `${id} ${row.label}`).toBeCloseTo(
            roundAsShown(value, spec.unit),
            6,
          )
        })
      }
    })
  }

  it('says when the band of the net time or of the footprint holds both signs', () => {
    const input = briefInput('dst-6')
    const run = runMonteCarlo(compileScenario(input.scenario, baseline), 100, 3)
    const year = String(input.projection.years.at(-1))
    // Hand-set bands: one across zero, one on a single side.
    const banded = (crossing: string, oneSided: string) => ({
      ...input,
      indicatorBands: run.indicators.map((b) =>
        b.id === crossing
          ? { ...b, p5: -1, p95: 1 }
          : b.id === oneSided
            ? { ...b, p5: -2, p95: -1 }
            : b,
      ),
    })
    for (const language of LANGUAGES) {
      const t = translator(language)
      const time = t('brief.consumer.timeCrosses', { year })
      const footprint = t('brief.consumer.footprintCrosses', { year })
      const a = sectionOf(
        banded('consumer_time_net_change_final', 'footprint_change_final'),
        language,
      )
      expect(a.sentences).toContain(time)
      expect(a.sentences).not.toContain(footprint)
      // Right after the figure it qualifies.
      expect(a.sentences.indexOf(time)).toBe(1)
      const b = sectionOf(
        banded('footprint_change_final', 'consumer_time_net_change_final'),
        language,
      )
      expect(b.sentences).toContain(footprint)
      expect(b.sentences).not.toContain(time)
      const none = sectionOf(input, language).sentences
      expect(none).not.toContain(time)
      expect(none).not.toContain(footprint)
    }
  })

  it('grades a figure by the weakest of the assumptions it is computed from', () => {
    expect(weakestGrade(baseline, ['env.digital_footprint_mt'])).toBe('O')
    expect(weakestGrade(baseline, ['exclusion.assisted_cost_per_request'])).toBe('derived')
    expect(weakestGrade(baseline, ['env.digital_footprint_mt', 'sector.*.imposed_share'])).toBe(
      'assumption',
    )
    expect(() => weakestGrade(baseline, ['no.such_assumption'])).toThrow(/no\.such_assumption/)
    // Were the minutes measured, the net time would carry the grade of its sources.
    const measured: Baseline = structuredClone(baseline)
    for (const [id, entry] of Object.entries(measured.assumptions))
      if (/^sector\.[^.]+\.minutes_(saved_)?per_transaction$/.test(id)) entry.grade = 'S'
    const text = sectionOf(briefInput('dst-6'), 'en', measured).sentences[0] as string
    const net = engine(briefInput('dst-6')).indicator('consumer_time_net_change_final')
    expect(text).toContain(`${signedDelta(net, 'million_hours', 'en')} ${gradeNote('en', 'S')}`)
  })

  it('is a scenario brief’s section; a comparison lists the same indicators in their group', () => {
    const off = buildScenarioBrief(
      briefInput('dst-6'),
      baseline,
      {
        ...DEFAULT_BRIEF_OPTIONS,
        sections: { ...DEFAULT_BRIEF_OPTIONS.sections, consumer: false },
      },
      APP,
      NOW,
    )
    expect(off.consumer).toBeUndefined()
    const comparison = buildComparisonBrief(
      [briefInput('dst-6')],
      briefInput('current-law'),
      baseline,
      DEFAULT_BRIEF_OPTIONS,
      APP,
      NOW,
    )
    expect(comparison.consumer).toBeUndefined()
    const labels = comparison.comparison?.rows.map((r) => r.label) ?? []
    const consumerIds = [
      'consumer_time_net_change_final',
      'coproduction_imposed_share_final',
      'people_losing_channel_final',
      'assisted_access_cost_final',
      'data_value_users_final',
      'footprint_change_final',
      'footprint_share_digital_final',
    ]
    const positions = consumerIds.map((id) => {
      const label = INDICATORS.find((i) => i.id === id)?.fr
      return labels.indexOf(label ?? id)
    })
    expect(positions.every((i) => i >= 0)).toBe(true)
    // After the jobs and consumer-work rows, before who pays.
    const after = labels.indexOf(
      INDICATORS.find((i) => i.id === 'consumer_work_value_final')?.fr ?? '',
    )
    const before = labels.indexOf(INDICATORS.find((i) => i.id === 'incidence_platforms')?.fr ?? '')
    expect(Math.min(...positions)).toBeGreaterThan(after)
    expect(Math.max(...positions)).toBeLessThan(before)
    expect(GROUPED_INDICATOR_IDS).toEqual(expect.arrayContaining(consumerIds))
  })
})

describe('a count of people in a brief', () => {
  it('keeps three significant figures, in millions from a million, never to the person', () => {
    expect(peopleCount(2_526_066, 'fr')).toBe('2,53 millions de personnes')
    expect(peopleCount(2_526_066, 'en')).toBe('2.53 million people')
    expect(peopleCount(12_345_678, 'fr')).toBe('12,3 millions de personnes')
    expect(peopleCount(999_949, 'en')).toBe('1.00 million people')
    expect(peopleCount(45_678, 'en')).toBe('45,700 people')
    expect(peopleCount(1_234, 'en')).toBe('1,230 people')
    expect(peopleCount(987, 'en')).toBe('987 people')
    // Whatever the size, the printed figure holds at most three non-zero significant digits.
    for (const value of [3_141_592, 271_828, 16_180, 1_414, 42]) {
      const digits = peopleCount(value, 'en')
        .replace(/[^0-9]/g, '')
        .replace(/0+$/, '')
      expect(digits.length, String(value)).toBeLessThanOrEqual(3)
    }
  })
})

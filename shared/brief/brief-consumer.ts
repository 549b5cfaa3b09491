import type { Language } from '../app-identity'
import { formatNumber, formatValue, shownDigits } from '../format/format-value'
import { translator } from '../i18n/translate'
import type { Translate } from '../i18n/translate'
import type { Baseline } from '../model/baseline/baseline-schema'
import { scenarioCentral } from '../model/engine/assumption-values'
import { GLOBAL_SERIES } from '../model/engine/series'
import { CONSUMER_LEDGER_SERIES } from '../model/engine/ledger-series'
import { UNITS } from '../model/engine/units'
import { crossesZero } from '../model/uncertainty/lever-effects'
import type { Unit } from '../model/engine/units'
import type { BriefConsumer, BriefScenarioInput, BriefTable } from './brief-content'
import {
  exactDigits,
  indicatorOf,
  ledgerYears,
  peopleCount,
  seriesOf,
  signedDelta,
} from './brief-format'
import { GRADE_LABELS } from '../model/explain/grade-labels'
import { dataLevyFacts, staffedChannelFacts } from '../model/levers/consumer-levers'
import { gradeText } from './brief-grades'
import type { AssumptionPattern } from './brief-grades'
import { lastPublished } from './brief-tables'

/**
 * « Le consommateur et l'environnement »: the consumer's side of the ledger (docs/model.md §5) in
 * words, then by year. Each headline figure carries its grade — the weakest of the assumptions it
 * is computed from — and, where a Monte Carlo run was made, its 90 % band, as the summary box
 * gives the levers' effect. Most per-sector inputs are assumptions no source measures; the
 * section says so rather than let the figures' precision suggest otherwise.
 */

/** What each headline figure is computed from, for its grade. */
const INPUTS = {
  time: ['sector.*.minutes_per_transaction', 'sector.*.minutes_saved_per_transaction'],
  value: [
    'sector.*.minutes_per_transaction',
    'sector.*.minutes_saved_per_transaction',
    'consumer.time_value_smic_multiple',
  ],
  imposed: ['sector.*.imposed_share'],
  people: [
    'exclusion.population_15plus',
    'exclusion.illectronism_share',
    'exclusion.illectronism_decline',
    'sector.*.imposed_share',
    'sector.*.users_share',
  ],
  assisted: [
    'exclusion.assisted_cost_per_request',
    'exclusion.illectronism_share',
    'exclusion.illectronism_decline',
    'sector.*.imposed_share',
  ],
  network: [
    'exclusion.assisted_requests_network',
    'exclusion.illectronism_share',
    'exclusion.illectronism_decline',
    'sector.*.imposed_share',
  ],
  data: ['data.users_2024', 'data.users_growth', 'data.value_per_user'],
  footprint: [
    'sector.*.terminal_g_co2e_per_transaction',
    'sector.*.network_g_co2e_per_transaction',
    'sector.*.trip_km_per_transaction',
    'env.car_kg_co2e_per_km',
    'exclusion.assisted_trip_km',
  ],
  dataVolume: ['data.volume_2024', 'data.volume_growth', 'data.value_per_gb'],
} as const

interface Context {
  readonly input: BriefScenarioInput
  readonly baseline: Baseline
  readonly language: Language
  readonly t: Translate
  readonly year: string
  readonly baseYear: string
  readonly span: string
}

/** A figure's note: its 90 % band where a run gave one, and always its grade. */
function note(
  c: Context,
  id: string,
  inputs: readonly AssumptionPattern[],
  write: (v: number) => string,
): string {
  const grade = gradeText(c.baseline, inputs, c.language)
  const band = c.input.indicatorBands?.find((b) => b.id === id)
  if (!band || !Number.isFinite(band.p5) || !Number.isFinite(band.p95))
    return c.t('brief.consumer.noteGrade', { grade })
  return c.t('brief.consumer.noteBand', { low: write(band.p5), high: write(band.p95), grade })
}

/** An indicator written with its note: « −92 millions d'heures (… ; qualité : hypothèse) ». */
function figure(
  c: Context,
  id: string,
  inputs: readonly AssumptionPattern[],
  write: (v: number) => string,
): string {
  return `${write(indicatorOf(c.input.projection, id))} ${note(c, id, inputs, write)}`
}

const signed = (unit: Unit, language: Language) => (v: number) => signedDelta(v, unit, language)
const plain = (unit: Unit, language: Language) => (v: number) => formatValue(v, unit, language)

/**
 * When a signed figure's 90 % band holds both signs, its sentence's direction (time saved, a
 * smaller footprint) holds only at the central values: said, as the summary says it of the levers.
 */
function crossesSentence(c: Context, id: string, key: 'timeCrosses' | 'footprintCrosses') {
  const band = c.input.indicatorBands?.find((b) => b.id === id)
  return band && crossesZero(band) ? [c.t(`brief.consumer.${key}`, { year: c.year })] : []
}

function timeSentence(c: Context): string {
  const net = indicatorOf(c.input.projection, 'consumer_time_net_change_final')
  const multiple = scenarioCentral(
    c.input.scenario.assumptions,
    c.baseline,
    'consumer.time_value_smic_multiple',
  )
  return c.t(net > 0 ? 'brief.consumer.timeGiven' : 'brief.consumer.timeSaved', {
    year: c.year,
    baseYear: c.baseYear,
    hours: figure(
      c,
      'consumer_time_net_change_final',
      INPUTS.time,
      signed('million_hours', c.language),
    ),
    value: figure(c, 'consumer_work_value_final', INPUTS.value, signed('bn_eur', c.language)),
    // As set, with the decimals it was typed with: 1, 1,5, 0,75.
    multiple: formatNumber(multiple, c.language, exactDigits(multiple)),
  })
}

function imposedSentence(c: Context): string {
  const share = (v: number) => formatValue(v, 'share', c.language)
  return c.t('brief.consumer.imposed', {
    share: figure(c, 'coproduction_imposed_share_final', INPUTS.imposed, share),
    baseYear: c.baseYear,
    year: c.year,
    count: formatValue(
      indicatorOf(c.input.projection, 'coproduction_imposed_final'),
      'million_per_year',
      c.language,
    ),
  })
}

function peopleSentence(c: Context): string {
  const { baseline, language } = c
  const entry = baseline.assumptions['exclusion.illectronism_share']
  const perRequest = baseline.assumptions['exclusion.assisted_cost_per_request']
  const network = baseline.assumptions['exclusion.assisted_requests_network']
  const at = (id: string) => scenarioCentral(c.input.scenario.assumptions, baseline, id)
  const money = plain('bn_eur', language)
  return c.t('brief.consumer.people', {
    people: figure(c, 'people_losing_channel_final', INPUTS.people, (v) =>
      peopleCount(v, language),
    ),
    illectronism: formatValue(at('exclusion.illectronism_share'), 'share', language),
    illectronismYear: String(entry?.year ?? ''),
    illectronismGrade: gradeText(baseline, ['exclusion.illectronism_share'], language),
    year: c.year,
    span: c.span,
    perRequest: formatValue(at('exclusion.assisted_cost_per_request'), 'eur_per_request', language),
    perRequestYear: String(perRequest?.year ?? ''),
    cost: figure(c, 'assisted_access_cost_final', INPUTS.assisted, money),
    cumulative: figure(c, 'assisted_access_cost_cumulative', INPUTS.assisted, money),
    multiple: figure(c, 'assisted_network_multiple_final', INPUTS.network, (v) =>
      c.t('format.times', { value: formatNumber(v, language, 1) }),
    ),
    network: formatValue(at('exclusion.assisted_requests_network'), 'million_per_year', language),
    networkYear: String(network?.year ?? ''),
  })
}

function dataSentence(c: Context): string {
  const { input, language } = c
  const value = figure(c, 'data_value_users_final', INPUTS.data, plain('bn_eur', language))
  const levy = dataLevyFacts(input.scenario, input.projection)
  if (!levy) return c.t('brief.consumer.dataNoLevy', { value, year: c.year })
  const share = (v: number) => formatValue(v, 'share', language)
  const levyText = formatValue(levy.levyFinal, 'bn_eur', language)
  if (levy.base === 'users')
    return c.t('brief.consumer.dataLevyUsers', {
      value,
      year: c.year,
      levy: levyText,
      share: figure(c, 'data_levy_share_of_value_final', INPUTS.data, share),
    })
  // Levied per gigabyte, its base is the value of the data volume, not of the users' data.
  return c.t('brief.consumer.dataLevyVolume', {
    value,
    year: c.year,
    levy: levyText,
    volumeValue: formatValue(levy.baseValueFinal, 'bn_eur', language),
    share: figure(c, 'data_levy_share_of_value_final', INPUTS.dataVolume, share),
  })
}

function footprintSentence(c: Context): string {
  const { baseline, language } = c
  const kt = signed('kt_co2e', language)
  const digital = baseline.assumptions['env.digital_footprint_mt']
  const share = (v: number) => formatValue(v, 'share', language, { digits: 2 })
  return c.t('brief.consumer.footprint', {
    change: figure(c, 'footprint_change_final', INPUTS.footprint, kt),
    year: c.year,
    share: figure(
      c,
      'footprint_share_digital_final',
      [...INPUTS.footprint, 'env.digital_footprint_mt'],
      share,
    ),
    digital: formatValue(
      scenarioCentral(c.input.scenario.assumptions, baseline, 'env.digital_footprint_mt'),
      'mt_co2e',
      language,
    ),
    digitalYear: String(digital?.year ?? ''),
    digitalGrade: gradeText(baseline, ['env.digital_footprint_mt'], language),
    cumulative: figure(c, 'footprint_change_cumulative', INPUTS.footprint, kt),
    span: c.span,
  })
}

/** What a staffed channel kept open costs and who pays it; null when the lever is off. */
function staffedSentence(c: Context): string | null {
  const facts = staffedChannelFacts(c.input.scenario, c.baseline, c.input.projection)
  if (!facts) return null
  return c.t('brief.consumer.staffed', {
    kept: formatValue(facts.keptShare, 'share', c.language),
    year: c.year,
    jobs: formatValue(facts.jobsFinal, 'fte', c.language),
    cost: formatValue(facts.costFinal, 'bn_eur', c.language),
    cumulative: formatValue(facts.costCumulative, 'bn_eur', c.language),
    span: c.span,
    payer: c.t(`brief.consumer.staffedPayer.${facts.payer}`),
  })
}

/**
 * A cell of the section's table: the number as the screen rounds it, its unit in the column's
 * header. Eight columns leave no room to repeat « millions d'heures » or « personnes » in each
 * cell; zero is written 0, not 0,000.
 */
function tableNumber(value: number, unit: Unit, language: Language): string {
  if (value === 0) return formatNumber(0, language, 0)
  return formatNumber(value, language, shownDigits(value, unit))
}

/** The section's figures at the ledger's years: a row per year, a column per series. */
function consumerTable(input: BriefScenarioInput, baseline: Baseline, language: Language) {
  const p = input.projection
  const t = translator(language)
  const specs = CONSUMER_LEDGER_SERIES.map((id) => {
    const spec = GLOBAL_SERIES.find((g) => g.id === id)
    if (!spec) throw new Error(`Unknown consumer series ${id}`)
    return { spec, values: seriesOf(p, id) }
  })
  const table: BriefTable = {
    headers: [
      t('brief.label.year'),
      ...specs.map((s) =>
        t('brief.consumer.column', { label: s.spec[language], unit: UNITS[s.spec.unit][language] }),
      ),
    ],
    rows: ledgerYears(p.years, lastPublished(baseline)).map((year) => {
      const i = p.years.indexOf(year)
      return {
        label: String(year),
        cells: specs.map((s) => tableNumber(s.values[i] as number, s.spec.unit, language)),
      }
    }),
  }
  return table
}

/** The section of one scenario's brief. */
export function consumerSection(
  input: BriefScenarioInput,
  baseline: Baseline,
  language: Language,
): BriefConsumer {
  const years = input.projection.years
  const first = years[0] as number
  const last = years[years.length - 1] as number
  const c: Context = {
    input,
    baseline,
    language,
    t: translator(language),
    year: String(last),
    // What moves with coproduction is measured against the base year's adoption, as jobs are.
    baseYear: String(baseline.baseYear),
    span: `${first}–${last}`,
  }
  const staffed = staffedSentence(c)
  return {
    sentences: [
      timeSentence(c),
      ...crossesSentence(c, 'consumer_time_net_change_final', 'timeCrosses'),
      imposedSentence(c),
      peopleSentence(c),
      dataSentence(c),
      footprintSentence(c),
      ...crossesSentence(c, 'footprint_change_final', 'footprintCrosses'),
      ...(staffed ? [staffed] : []),
      c.t('brief.consumer.unmeasured', { grade: GRADE_LABELS.assumption[language] }),
    ],
    table: consumerTable(input, baseline, language),
  }
}

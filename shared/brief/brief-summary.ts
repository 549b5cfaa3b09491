import type { Language } from '../app-identity'
import { formatValue } from '../format/format-value'
import { translator } from '../i18n/translate'
import type { Translate } from '../i18n/translate'
import { scenarioCentral } from '../model/engine/assumption-values'
import type { Baseline } from '../model/baseline/baseline-schema'
import { compileScenario } from '../model/engine/compile'
import { fullPhaseInYear } from '../model/engine/indicators'
import type { Projection } from '../model/engine/simulate'
import { anyLeverOn } from '../model/levers/lever-switches'
import { LEVER_IDS, LEVERS } from '../model/levers/lever-table'
import type { BriefScenarioInput } from './brief-content'
import { effectSentences } from './brief-effects'
import { indicatorOf, listOf, seriesOf, signedDelta } from './brief-format'
import { plfssPath, unedicForecast } from './brief-reference'

export { comparisonSummary } from './brief-comparison-summary'

/**
 * The summary box: the headline figures in words, every number read from the projection and
 * written by the shared formatter. ROBSS first (its balance against the PLFSS path), then
 * what the levers yield over current law, the cost of coproduction to the ROBSS, Unédic apart,
 * the general-government (APU) effect, jobs and who pays.
 */

// Named in sentences as `brief.payer.<id>`.
const PAYERS = [
  'incidence_consumers',
  'incidence_platforms',
  'incidence_french_firms',
  'incidence_workers',
] as const

/** Index of the largest value (the first one on a tie). */
function argMax(values: readonly number[]): number {
  let best = 0
  values.forEach((v, i) => {
    if (v > (values[best] as number)) best = i
  })
  return best
}

interface Context {
  readonly p: Projection
  readonly language: Language
  readonly t: Translate
  readonly last: number
  readonly year: number
  readonly span: string
  readonly money: (v: number) => string
  readonly baseline: Baseline
}

function contextOf(p: Projection, baseline: Baseline, language: Language): Context {
  const last = p.years.length - 1
  return {
    p,
    language,
    t: translator(language),
    last,
    year: p.years[last] as number,
    span: `${p.years[0]}–${p.years[last]}`,
    money: (v: number) => formatValue(v, 'bn_eur', language),
    baseline,
  }
}

/** A share with two significant figures below 1 %: 0,03 %, not 0 %. */
function smallShare(value: number, language: Language): string {
  const percent = Math.abs(value * 100)
  const digits = percent > 0 && percent < 1 ? Math.min(4, 1 - Math.floor(Math.log10(percent))) : 1
  return formatValue(value, 'share', language, { digits })
}

const final = (c: Context, id: string) => seriesOf(c.p, id)[c.last] as number

/**
 * "En 2040, le solde du ROBSS serait de −24,5 Md€ (−0,6 % du PIB), contre −24,9 Md€ sur la
 * trajectoire PLFSS (…)": the figure the ledger's PLFSS-path column gives that year, named as it is.
 */
function robssClause(c: Context): string {
  const balance = c.money(final(c, 'robss_balance'))
  const pct = formatValue(final(c, 'robss_balance_pct_gdp'), 'pct_gdp', c.language)
  const path = c.money(final(c, 'robss_balance_baseline'))
  const law = plfssPath(c.baseline, c.language)
  return c.t('brief.summary.robss', { year: String(c.year), balance, pct, path, law })
}

/** What the reformed levers yield over current law: year N, full phase-in, cumulated, present value. */
function incrementClause(c: Context, input: BriefScenarioInput): string {
  const { scenario } = input
  const model = compileScenario(scenario, c.baseline)
  const fullYear = fullPhaseInYear(model, LEVER_IDS)
  const rate = formatValue(
    scenarioCentral(scenario.assumptions, c.baseline, 'finance.discount_rate'),
    'share',
    c.language,
  )
  const fin = c.money(indicatorOf(c.p, 'increment_total_final'))
  const full = c.money(indicatorOf(c.p, 'increment_total_full'))
  const cumul = c.money(indicatorOf(c.p, 'increment_total_cumulative'))
  const pv = c.money(indicatorOf(c.p, 'increment_total_pv'))
  // The lever increments are named when more than one lever is reformed.
  const on = LEVERS.filter((l) => scenario.levers[l.id].enabled)
  const parts =
    on.length > 1
      ? on.map((l) => {
          const yieldFinal = c.money(indicatorOf(c.p, `increment_${l.series}_final`))
          return c.t('brief.summary.leverYield', {
            value: yieldFinal,
            lever: l.inSentence[c.language],
          })
        })
      : []
  const detail =
    parts.length > 0 ? c.t('brief.summary.ofWhich', { parts: listOf(parts, c.language) }) : ''
  const robss = c.money(final(c, 'increment_robss'))
  return c.t('brief.summary.increment', {
    final: fin,
    year: String(c.year),
    detail,
    full,
    fullYear: String(fullYear),
    cumulative: cumul,
    span: c.span,
    presentValue: pv,
    rate,
    robss,
  })
}

function coproductionSentence(c: Context): string {
  const cost = c.money(final(c, 'coproduction_effect'))
  const share = smallShare(indicatorOf(c.p, 'coproduction_effect_share_receipts'), c.language)
  const cumul = c.money(indicatorOf(c.p, 'coproduction_effect_cumulative'))
  return c.t('brief.summary.coproduction', {
    cost,
    year: String(c.year),
    share,
    cumulative: cumul,
    span: c.span,
  })
}

/** Unédic on its own: never added to the ROBSS balance. */
function unedicSentence(c: Context): string {
  const balance = c.money(final(c, 'unedic_balance'))
  const path = c.money(final(c, 'unedic_balance_baseline'))
  const cost = c.money(final(c, 'coproduction_effect_unedic'))
  const forecast = unedicForecast(c.baseline, c.language)
  return c.t('brief.summary.unedic', { balance, year: String(c.year), path, forecast, cost })
}

function apuSentence(c: Context): string {
  const signed = (id: string) => signedDelta(indicatorOf(c.p, id), 'bn_eur', c.language)
  const fin = signed('apu_effect_final')
  const cumul = signed('apu_effect_cumulative')
  const pv = signed('apu_effect_pv')
  return c.t('brief.summary.apu', {
    final: fin,
    year: String(c.year),
    cumulative: cumul,
    presentValue: pv,
  })
}

function jobsSentence(c: Context): string {
  const stock = seriesOf(c.p, 'jobs_displaced_total')
  const i = argMax(stock)
  const peak = stock[i] as number
  if (!(peak >= 0.5)) return c.t('brief.summary.noJobs')
  const jobs = formatValue(peak, 'fte', c.language)
  const pool = formatValue(seriesOf(c.p, 'unemployed_pool')[i] as number, 'fte', c.language)
  const year = c.p.years[i] as number
  return c.t('brief.summary.jobs', { jobs, year: String(year), pool })
}

/** Who bears the levers' cost, largest share first; null when they cost nobody anything. */
function incidenceSentence(c: Context): string | null {
  const parts = PAYERS.map((payer) => ({ payer, share: indicatorOf(c.p, payer) }))
    .filter(
      (x) =>
        x.share > 0 &&
        formatValue(x.share, 'share', c.language) !== formatValue(0, 'share', c.language),
    )
    .sort((a, b) => b.share - a.share)
  if (parts.length === 0) return null
  const items = parts.map(({ payer, share }) =>
    c.t('brief.summary.payerShare', {
      share: formatValue(share, 'share', c.language),
      payer: c.t(`brief.payer.${payer}`),
    }),
  )
  return c.t('brief.summary.incidence', { payers: listOf(items, c.language) })
}

function consumerWorkSentence(c: Context): string {
  const hours = formatValue(final(c, 'consumer_work_hours'), 'million_hours', c.language)
  const value = c.money(final(c, 'consumer_work_value'))
  return c.t('brief.summary.consumerWork', { year: String(c.year), hours, value })
}

/** Whether any lever is reformed (a lever switched off is current law). */
export function anyReform(input: BriefScenarioInput): boolean {
  return anyLeverOn(input.scenario.levers)
}

/**
 * The summary of one scenario: ROBSS balance and lever yield over current law (with the band of
 * the levers' effect when Monte Carlo was run), coproduction cost to the ROBSS, Unédic apart, APU effect, jobs, and who pays (when a lever costs anyone).
 */
export function scenarioSummary(
  input: BriefScenarioInput,
  baseline: Baseline,
  language: Language,
): string[] {
  const c = contextOf(input.projection, baseline, language)
  if (!anyReform(input))
    return [
      c.t('brief.summary.noReform'),
      c.t('brief.summary.currentLaw', { robss: robssClause(c) }),
      coproductionSentence(c),
      unedicSentence(c),
      apuSentence(c),
      jobsSentence(c),
      consumerWorkSentence(c),
    ]
  const sentences = [
    c.t('brief.summary.reform', { robss: robssClause(c), increment: incrementClause(c, input) }),
    // With a Monte Carlo run, the uncertainty of what the levers change, right after what they change.
    ...(input.leverEffects ? effectSentences(input.leverEffects, c.p.years, language) : []),
    coproductionSentence(c),
    unedicSentence(c),
    apuSentence(c),
    jobsSentence(c),
  ]
  const incidence = incidenceSentence(c)
  if (incidence) sentences.push(incidence)
  return sentences
}

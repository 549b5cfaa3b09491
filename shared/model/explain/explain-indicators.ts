import { eachLanguage, inEveryLanguage } from '../../i18n/in-every-language'
import {
  assumptionTerm,
  computedTerm,
  derivedTerm,
  fill,
  param,
  seriesTerm,
  seriesUnit,
} from './explain-context'
import type { ExplainContext, Expansion, SeriesBuilder } from './explain-context'
import { INCIDENCE_WHO, INDICATOR_EQUATIONS } from './explain-text-indicators'
import { add, div, max, min, mul, pow, sub } from './explain-types'
import type { Expr, Localized, Term } from './explain-types'
import { fullPhaseInYear } from '../engine/indicators'
import { DATA_LEVY_INCREMENT, dataLevyValueSeries } from '../levers/data-levy-ledger'
import { LEVER_IDS, LEVERS } from '../levers/lever-table'
import type { LeverId } from '../levers/lever-table'
import { COVERAGE_MIN_DENOMINATOR } from '../engine/series'
import type { IndicatorId } from '../engine/series'

/** How one headline indicator is made over the horizon. */
export type IndicatorBuilder = (
  ctx: ExplainContext,
  series: (id: string) => SeriesBuilder | undefined,
  depth: number,
) => Expansion & { readonly equation: Localized; readonly year: number | null }

const words = (ctx: ExplainContext, key: string, vars: Record<string, string | number> = {}) =>
  fill(INDICATOR_EQUATIONS[key] as Localized, { first: ctx.firstYear, last: ctx.lastYear, ...vars })

/** A prefix ("value in year N: ") followed by the series' own equation in that year. */
function withSeries(
  prefix: Localized,
  series: (id: string) => SeriesBuilder | undefined,
  ctx: ExplainContext,
  id: string,
  year: number,
): Localized {
  const own = series(id)?.(ctx, year, 0).equation
  return eachLanguage((language) => prefix[language] + (own?.[language] ?? id))
}

/** The series in one year, expanded: the indicator is that figure. */
const inYear =
  (id: string, which: 'final' | 'full', levers: readonly LeverId[] = []): IndicatorBuilder =>
  (ctx, series, depth) => {
    const year = which === 'final' ? ctx.lastYear : fullPhaseInYear(ctx.model, levers)
    const prefix = words(ctx, which, { full: year })
    return {
      equation: withSeries(prefix, series, ctx, id, year),
      year,
      formula: id,
      terms: [seriesTerm(ctx, id, year, { depth })],
    }
  }

const yearKey = (id: string, year: number) => `${id}@${year}`

const cumulative =
  (id: string): IndicatorBuilder =>
  (ctx, series) => ({
    equation: withSeries(words(ctx, 'cumulative'), series, ctx, id, ctx.lastYear),
    year: null,
    formula: add(...ctx.projection.years.map((y) => yearKey(id, y))),
    terms: ctx.projection.years.map((y) => seriesTerm(ctx, id, y, { key: yearKey(id, y) })),
  })

const presentValue =
  (id: string): IndicatorBuilder =>
  (ctx, series) => {
    const rate = param(ctx, 'finance.discount_rate')
    const terms = ctx.projection.years.map((y, k) =>
      derivedTerm(
        yearKey(id, y),
        inEveryLanguage('explain.term.discounted', { year: String(y) }),
        seriesUnit(id),
        mul(id, pow(div(1, add(1, 'finance.discount_rate')), k)),
        [seriesTerm(ctx, id, y), assumptionTerm(ctx, 'finance.discount_rate')],
      ),
    )
    return {
      equation: withSeries(
        words(ctx, 'pv', { rate: `${(rate * 100).toFixed(1)} %` }),
        series,
        ctx,
        id,
        ctx.lastYear,
      ),
      year: null,
      formula: add(...terms.map((t) => t.key)),
      terms,
    }
  }

const balanceChange =
  (balance: string): IndicatorBuilder =>
  (ctx) => {
    const terms = ctx.projection.years.map((y) =>
      derivedTerm(
        `${y}`,
        inEveryLanguage('explain.term.balance_gap', { year: String(y) }),
        'bn_eur',
        sub(balance, `${balance}_baseline`),
        [seriesTerm(ctx, balance, y), seriesTerm(ctx, `${balance}_baseline`, y)],
      ),
    )
    return {
      equation: words(ctx, 'balance_change_cumulative'),
      year: null,
      formula: add(...terms.map((t) => t.key)),
      terms,
    }
  }

const shareOfReceipts: IndicatorBuilder = (ctx, _, depth) => ({
  equation: words(ctx, 'coproduction_effect_share_receipts'),
  year: ctx.lastYear,
  formula: div('coproduction_effect', 'robss_receipts_baseline'),
  terms: [
    seriesTerm(ctx, 'coproduction_effect', ctx.lastYear, { depth }),
    seriesTerm(ctx, 'robss_receipts_baseline', ctx.lastYear, { depth }),
  ],
})

function sumTerm(ctx: ExplainContext, id: string, key: string, label: Localized): Term {
  const terms = ctx.projection.years.map((y) => seriesTerm(ctx, id, y, { key: yearKey(id, y) }))
  return derivedTerm(key, label, 'bn_eur', add(...terms.map((t) => t.key)), terms)
}

const coverage: IndicatorBuilder = (ctx) => {
  const yieldTerm = sumTerm(
    ctx,
    'increment_robss',
    'yield',
    inEveryLanguage('explain.term.cumulative_yield'),
  )
  const cost = sumTerm(
    ctx,
    'coproduction_effect',
    'cost',
    inEveryLanguage('explain.term.cumulative_cost'),
  )
  const meaningful = cost.value >= COVERAGE_MIN_DENOMINATOR
  return {
    equation: meaningful
      ? words(ctx, 'coverage_ratio_cumulative')
      : words(ctx, 'coverage_ratio_undefined', {
          cost: cost.value.toFixed(3),
          threshold: COVERAGE_MIN_DENOMINATOR,
        }),
    year: null,
    formula: meaningful ? div('yield', 'cost') : null,
    terms: [yieldTerm, cost],
  }
}

const jobsPeak: IndicatorBuilder = (ctx) => {
  const terms = ctx.projection.years.map((y) =>
    seriesTerm(ctx, 'jobs_displaced_total', y, { key: `${y}` }),
  )
  return {
    equation: words(ctx, 'jobs_displaced_peak'),
    year: null,
    formula: max(0, ...terms.map((t) => t.key)),
    terms,
  }
}

const jobsCumulative: IndicatorBuilder = (ctx) => {
  const from = Math.max(ctx.baseYear, ctx.firstYear - 1)
  const terms: Term[] = []
  for (let y = from; y <= ctx.lastYear; y++)
    terms.push(seriesTerm(ctx, 'jobs_displaced_total', y, { key: `${y}` }))
  const rises: Expr[] = []
  for (let y = Math.max(ctx.firstYear, ctx.baseYear + 1); y <= ctx.lastYear; y++)
    rises.push(max(0, sub(`${y}`, `${y - 1}`)))
  return {
    equation: words(ctx, 'jobs_displaced_cumulative'),
    year: null,
    formula: add(...rises),
    terms,
  }
}

const BURDENS = ['platforms', 'french_firms', 'consumers', 'workers'] as const
const BURDEN_ASSUMPTIONS: Record<(typeof BURDENS)[number], readonly string[]> = {
  platforms: [
    'dst.pass_through',
    'data.consumer_pass_through',
    'platform.worker_pass_back',
    'platform.consumer_pass_through',
  ],
  french_firms: ['dst.pass_through', 'dst.consumer_pass_through'],
  consumers: [
    'dst.pass_through',
    'dst.consumer_pass_through',
    'data.consumer_pass_through',
    'platform.consumer_pass_through',
  ],
  workers: ['platform.worker_pass_back'],
}

const incidence =
  (who: (typeof BURDENS)[number]): IndicatorBuilder =>
  (ctx) => {
    const terms = BURDENS.map((b, i) =>
      computedTerm(
        b,
        inEveryLanguage('explain.term.burden', { who: INCIDENCE_WHO[b] as Localized }),
        ctx.ws.incidence[i] as number,
        'bn_eur',
        undefined,
        BURDEN_ASSUMPTIONS[b].map((id) => assumptionTerm(ctx, id)),
      ),
    )
    const total = terms.reduce((a, t) => a + t.value, 0)
    const name = INCIDENCE_WHO[who] as Localized
    const equation = words(ctx, 'incidence')
    return {
      equation: eachLanguage((language) => equation[language].replace(/\{who\}/g, name[language])),
      year: null,
      formula: total > 0 ? div(who, add(...BURDENS)) : 0,
      terms,
    }
  }

/** Imposed self-service over all self-service added since the base year, in the final year. */
const imposedShare: IndicatorBuilder = (ctx) => {
  const year = ctx.lastYear
  const terms = ['coproduction_imposed', 'coproduction_added'].map((id) =>
    seriesTerm(ctx, id, year),
  )
  const [imposed, added] = terms.map((t) => t.value) as [number, number]
  // As the engine: nothing added, whatever is imposed is all of it.
  const formula: Expr =
    added > 1e-9 ? min(1, div('coproduction_imposed', 'coproduction_added')) : imposed > 0 ? 1 : 0
  return { equation: words(ctx, 'coproduction_imposed_share'), year, formula, terms }
}

/** The data levy's yield over the value of the data it taxes (per user or per gigabyte). */
const dataLevyShare: IndicatorBuilder = (ctx) => {
  const year = ctx.lastYear
  const levy = seriesTerm(ctx, DATA_LEVY_INCREMENT, year)
  const base = seriesTerm(ctx, dataLevyValueSeries(ctx.model), year)
  return {
    equation: words(ctx, 'data_levy_share_of_value'),
    year,
    formula: base.value > 0 ? div(levy.key, base.key) : 0,
    terms: [levy, base],
  }
}

/** The footprint change over France's digital footprint (Mt → kt: × 1,000). */
const footprintShare: IndicatorBuilder = (ctx) => {
  const year = ctx.lastYear
  return {
    equation: words(ctx, 'footprint_share_digital'),
    year,
    formula: div('footprint_change', mul('env.digital_footprint_mt', 1e3)),
    terms: [
      seriesTerm(ctx, 'footprint_change', year),
      assumptionTerm(ctx, 'env.digital_footprint_mt'),
    ],
  }
}

/** The final year's assisted requests over the France services network's yearly activity. */
const assistedNetwork: IndicatorBuilder = (ctx) => {
  const year = ctx.lastYear
  return {
    equation: words(ctx, 'assisted_network_multiple'),
    year,
    formula: div('assisted_transactions', 'exclusion.assisted_requests_network'),
    terms: [
      seriesTerm(ctx, 'assisted_transactions', year),
      assumptionTerm(ctx, 'exclusion.assisted_requests_network'),
    ],
  }
}

const INCREMENT_LEVERS: Readonly<Record<string, readonly LeverId[]>> = {
  total: LEVER_IDS,
  ...Object.fromEntries(LEVERS.map((lever) => [lever.series, [lever.id]])),
}

export const INDICATOR_BUILDERS: Readonly<Partial<Record<IndicatorId, IndicatorBuilder>>> = {
  robss_balance_final: inYear('robss_balance', 'final'),
  robss_balance_final_pct_gdp: inYear('robss_balance_pct_gdp', 'final'),
  robss_balance_change_cumulative: balanceChange('robss_balance'),
  unedic_balance_final: inYear('unedic_balance', 'final'),
  unedic_balance_change_cumulative: balanceChange('unedic_balance'),
  apu_effect_final: inYear('apu_effect', 'final'),
  apu_effect_cumulative: cumulative('apu_effect'),
  apu_effect_pv: presentValue('apu_effect'),
  coproduction_effect_final: inYear('coproduction_effect', 'final'),
  coproduction_effect_cumulative: cumulative('coproduction_effect'),
  coproduction_effect_pv: presentValue('coproduction_effect'),
  coproduction_effect_share_receipts: shareOfReceipts,
  ...Object.fromEntries(
    Object.entries(INCREMENT_LEVERS).flatMap(([key, levers]) => [
      [`increment_${key}_final`, inYear(`increment_${key}`, 'final')],
      [`increment_${key}_full`, inYear(`increment_${key}`, 'full', levers)],
      [`increment_${key}_cumulative`, cumulative(`increment_${key}`)],
      [`increment_${key}_pv`, presentValue(`increment_${key}`)],
    ]),
  ),
  increment_robss_cumulative: cumulative('increment_robss'),
  coverage_ratio_cumulative: coverage,
  jobs_displaced_peak: jobsPeak,
  jobs_displaced_cumulative: jobsCumulative,
  consumer_work_hours_final: inYear('consumer_work_hours', 'final'),
  consumer_work_value_final: inYear('consumer_work_value', 'final'),
  consumer_time_net_change_final: inYear('consumer_time_net_change', 'final'),
  coproduction_imposed_final: inYear('coproduction_imposed', 'final'),
  coproduction_imposed_share_final: imposedShare,
  people_losing_channel_final: inYear('people_losing_channel', 'final'),
  assisted_access_cost_final: inYear('assisted_access_cost', 'final'),
  assisted_access_cost_cumulative: cumulative('assisted_access_cost'),
  assisted_network_multiple_final: assistedNetwork,
  data_value_users_final: inYear('data_value_users', 'final'),
  data_levy_share_of_value_final: dataLevyShare,
  footprint_change_final: inYear('footprint_change', 'final'),
  footprint_change_cumulative: cumulative('footprint_change'),
  footprint_share_digital_final: footprintShare,
  incidence_platforms: incidence('platforms'),
  incidence_french_firms: incidence('french_firms'),
  incidence_consumers: incidence('consumers'),
  incidence_workers: incidence('workers'),
}

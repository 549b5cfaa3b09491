import { inEveryLanguage, textsOf } from '../../i18n/in-every-language'
import {
  assumptionTerm,
  constantTerm,
  derivedTerm,
  elapsedTerm,
  ofSeries,
  recorded,
} from './explain-context'
import type { ExplainContext, SeriesBuilder } from './explain-context'
import { EQUATIONS } from './explain-text'
import { add, div, mul, pow, sub } from './explain-types'
import type { Localized, Term } from './explain-types'
import { T } from '../engine/terms'

/** The balances: ROBSS (against the PLFSS path), Unédic apart, and general government. */

type Table = 'robss' | 'unedic'
type Side = (typeof SIDES)[number]

const TABLE_TERM = {
  robss: { receipts: T.robss_receipts, spending: T.robss_spending },
  unedic: { receipts: T.unedic_receipts, spending: T.unedic_spending },
} as const

const SIDES = ['receipts', 'spending'] as const
const TABLE_LABELS: Record<Table, Record<Side, Localized>> = {
  robss: textsOf(SIDES, (side) => `explain.table.robss.${side}`),
  unedic: textsOf(SIDES, (side) => `explain.table.unedic.${side}`),
}

/** The growth of each side past the table: the wage bill for receipts, a trend for spending. */
function growthFactor(ctx: ExplainContext, table: Table, side: Side): Term {
  const label = inEveryLanguage('explain.term.growth_factor')
  if (side === 'receipts')
    return derivedTerm(
      'growth',
      inEveryLanguage('explain.term.wage_bill_growth'),
      'ratio',
      mul(add(1, 'macro.wage_growth'), add(1, 'macro.employment_growth')),
      [assumptionTerm(ctx, 'macro.wage_growth'), assumptionTerm(ctx, 'macro.employment_growth')],
    )
  const id = table === 'robss' ? 'baseline.spending_growth' : 'macro.gdp_growth'
  return derivedTerm('growth', label, 'ratio', add(1, id), [assumptionTerm(ctx, id)])
}

/** One line of a financing table in a year: published, or grown from its last published year. */
export function tableTerm(ctx: ExplainContext, table: Table, side: Side, year: number): Term {
  const spec = ctx.baseline[table]
  const source = ctx.baseline.sources[spec.source]
  const ref = source ? { title: source.title, url: source.url } : null
  const label = TABLE_LABELS[table][side]
  const key = `${table}_${side}`
  const value = recorded(ctx, TABLE_TERM[table][side], year)
  const lastPublished = spec.years[spec.years.length - 1] as number
  const provenance = (y: number, extendedFrom: number | null) =>
    ({ kind: 'table', source: ref, grade: spec.grade, year: y, extendedFrom }) as const
  if (year <= lastPublished)
    return { key, label, value, unit: 'bn_eur', provenance: provenance(year, null) }
  const published: Term = {
    key: 'published',
    label: inEveryLanguage('explain.term.published', { label, year: String(lastPublished) }),
    value: spec[side][spec[side].length - 1] as number,
    unit: 'bn_eur',
    provenance: provenance(lastPublished, null),
  }
  const oneOff = constantTerm(
    'one_off',
    inEveryLanguage('explain.term.one_off', { year: String(lastPublished) }),
    spec.lastYearOneOff?.[side] ?? 0,
    'bn_eur',
  )
  const since = constantTerm(
    'since',
    inEveryLanguage('explain.term.since_published', { year: String(lastPublished) }),
    year - lastPublished,
    'years',
  )
  return {
    key,
    label,
    value,
    unit: 'bn_eur',
    provenance: provenance(year, lastPublished),
    formula: mul(sub('published', 'one_off'), pow('growth', 'since')),
    terms: [published, oneOff, growthFactor(ctx, table, side), since],
  }
}

const balanceOf =
  (table: Table): SeriesBuilder =>
  (ctx, year) => ({
    equation: EQUATIONS[`${table}_balance_baseline`] as Localized,
    formula: sub(`${table}_receipts`, `${table}_spending`),
    terms: [tableTerm(ctx, table, 'receipts', year), tableTerm(ctx, table, 'spending', year)],
  })

const receipts: SeriesBuilder = (ctx, year) => {
  const line = tableTerm(ctx, 'robss', 'receipts', year)
  return {
    equation: EQUATIONS.robss_receipts_baseline as Localized,
    formula: line.formula ?? 'robss_receipts',
    terms: line.terms ?? [line],
  }
}

const robssBalance = ofSeries(
  EQUATIONS.robss_balance as Localized,
  add('robss_balance_baseline', 'robss_balance_change'),
  ['robss_balance_baseline', 'robss_balance_change'],
)

const robssChange = ofSeries(
  EQUATIONS.robss_balance_change as Localized,
  sub('increment_robss', 'coproduction_effect'),
  ['increment_robss', 'coproduction_effect'],
)

const robssPctGdp = ofSeries(
  EQUATIONS.robss_balance_pct_gdp as Localized,
  div(mul(100, 'robss_balance'), 'gdp'),
  ['robss_balance', 'gdp'],
)

const unedicBalance = ofSeries(
  EQUATIONS.unedic_balance as Localized,
  sub('unedic_balance_baseline', 'coproduction_effect_unedic'),
  ['unedic_balance_baseline', 'coproduction_effect_unedic'],
)

const apuEffect = ofSeries(
  EQUATIONS.apu_effect as Localized,
  sub('increment_total', 'coproduction_effect_apu'),
  ['increment_total', 'coproduction_effect_apu'],
)

const gdp: SeriesBuilder = (ctx, year) => ({
  equation: EQUATIONS.gdp as Localized,
  formula: mul('macro.gdp_2024', pow(add(1, 'macro.gdp_growth'), 'elapsed')),
  terms: [
    assumptionTerm(ctx, 'macro.gdp_2024'),
    assumptionTerm(ctx, 'macro.gdp_growth'),
    elapsedTerm(ctx, year),
  ],
})

export const FINANCE_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  robss_balance: robssBalance,
  robss_balance_change: robssChange,
  robss_balance_baseline: balanceOf('robss'),
  robss_receipts_baseline: receipts,
  robss_balance_pct_gdp: robssPctGdp,
  unedic_balance: unedicBalance,
  unedic_balance_baseline: balanceOf('unedic'),
  apu_effect: apuEffect,
  gdp,
}

import { assumptionTerm, computedTerm, fill, seriesSumTerm, seriesTerm } from './explain-context'
import type { ExplainContext, Expansion } from './explain-context'
import { coverageFormula } from './explain-finance'
import type { SeriesBuilder } from './explain-finance'
import { platformParts } from './explain-platform'
import { EQUATIONS } from './explain-text'
import { add, div, max, mul, recombine, sub } from './explain-types'
import type { Expr, Localized, Term } from './explain-types'

/** How one headline indicator is made over the horizon. */
export type IndicatorBuilder = (
  ctx: ExplainContext,
  series: (id: string) => SeriesBuilder,
  depth: number,
) => Expansion & { readonly equation: Localized; readonly year: number | null }

const words = (ctx: ExplainContext, key: string, vars: Record<string, string> = {}) =>
  fill(EQUATIONS[key] as Localized, { first: ctx.firstYear, last: ctx.lastYear, ...vars })

/** A final-year indicator is its series in the horizon's last year. */
function finalYear(seriesId: string): IndicatorBuilder {
  return (ctx, series, depth) => {
    const made = series(seriesId)(ctx, ctx.lastYear, depth)
    const prefix = words(ctx, 'final_year')
    return {
      ...made,
      year: ctx.lastYear,
      equation: { fr: prefix.fr + made.equation.fr, en: prefix.en + made.equation.en },
    }
  }
}

function sumOf(seriesId: string, equation: string): IndicatorBuilder {
  return (ctx) => {
    const sum = seriesSumTerm(ctx, seriesId)
    return {
      equation: words(ctx, equation),
      year: null,
      formula: sum.formula ?? null,
      terms: sum.terms ?? [],
    }
  }
}

const gapChange: IndicatorBuilder = (ctx) => {
  const terms = ctx.projection.years.map((year) =>
    computedTerm(
      String(year),
      { fr: `Écart ${year}`, en: `Change ${year}` },
      0,
      'bn_eur',
      sub('financing_gap', 'financing_gap_baseline'),
      [seriesTerm(ctx, 'financing_gap', year), seriesTerm(ctx, 'financing_gap_baseline', year)],
    ),
  )
  return {
    equation: words(ctx, 'gap_change_cumulative'),
    year: null,
    formula: add(...terms.map((t) => t.key)),
    terms: terms.map(withRecombinedValue),
  }
}

/** A computed term whose value is its formula applied to its sub-terms. */
function withRecombinedValue(term: Term): Term {
  if (term.formula === undefined) return term
  return { ...term, value: recombine(term.formula, term.terms ?? []) }
}

const coverageCumulative: IndicatorBuilder = (ctx) => {
  const earmarked = seriesSumTerm(ctx, 'lever_revenue_earmarked', 'lever_revenue_earmarked')
  const effect = seriesSumTerm(ctx, 'coproduction_effect', 'coproduction_effect')
  return {
    equation: words(ctx, 'coverage_ratio_cumulative'),
    year: null,
    formula: coverageFormula(earmarked.value, effect.value),
    terms: [earmarked, effect],
  }
}

const jobsPeak: IndicatorBuilder = (ctx) => {
  const terms = ctx.projection.years.map((year) =>
    seriesTerm(ctx, 'jobs_displaced_total', year, { key: String(year) }),
  )
  return {
    equation: words(ctx, 'jobs_displaced_peak'),
    year: null,
    formula: max(0, ...terms.map((t) => t.key)),
    terms,
  }
}

const jobsCumulative: IndicatorBuilder = (ctx) => {
  // Each year's rise counts from the base year on: the year before the horizon may precede it.
  const years = ctx.projection.years.filter((year) => year > ctx.baseYear)
  const terms = years.map((year) =>
    withRecombinedValue(
      computedTerm(
        String(year),
        { fr: `Hausse du stock en ${year}`, en: `Rise in the stock in ${year}` },
        0,
        'fte',
        max(0, sub('now', 'before')),
        [
          seriesTerm(ctx, 'jobs_displaced_total', year, { key: 'now' }),
          seriesTerm(ctx, 'jobs_displaced_total', year - 1, {
            key: 'before',
            label: {
              fr: `Emplois déplacés (stock), ${year - 1}`,
              en: `Jobs displaced (stock), ${year - 1}`,
            },
          }),
        ],
      ),
    ),
  )
  return {
    equation: words(ctx, 'jobs_displaced_cumulative'),
    year: null,
    formula: terms.length > 0 ? add(...terms.map((t) => t.key)) : 0,
    terms,
  }
}

const WHO = {
  platforms: { fr: 'les plateformes', en: 'platforms' },
  french_firms: { fr: 'les entreprises françaises', en: 'French firms' },
  consumers: { fr: 'les consommateurs', en: 'consumers' },
  workers: { fr: 'les travailleurs des plateformes', en: 'platform workers' },
} as const
type Who = keyof typeof WHO

/** Who bears each levy over the horizon, split as projectLeverRevenue does. */
function burdens(ctx: ExplainContext): Record<Who, Term> {
  const dst = seriesSumTerm(ctx, 'revenue_dst_gross', 'dst')
  const data = seriesSumTerm(ctx, 'revenue_data_levy', 'data')
  const parts = ctx.projection.years.map((year) => platformParts(ctx, year))
  const total = (key: string, label: Localized, positive: boolean) =>
    computedTerm(
      key,
      label,
      parts.reduce((a, p) => {
        const v = p.find((t) => t.key === key)?.value ?? 0
        return a + (positive ? Math.max(0, v) : v)
      }, 0),
      'bn_eur',
    )
  const levy = total(
    'levy',
    { fr: 'Somme : contribution prélevée', en: 'Sum: contribution levied' },
    false,
  )
  const requalification = total(
    'requalification',
    {
      fr: 'Somme : gains de la requalification (positifs)',
      en: 'Sum: requalification gains (positive)',
    },
    true,
  )
  const atSource = total(
    'at_source',
    {
      fr: 'Somme : gains du précompte (positifs)',
      en: 'Sum: collection-at-source gains (positive)',
    },
    true,
  )
  const a = (id: string) => assumptionTerm(ctx, id)
  const burden = (who: Who, formula: Expr, terms: Term[]): Term =>
    withRecombinedValue(
      computedTerm(
        who,
        { fr: `Charge supportée par ${WHO[who].fr}`, en: `Burden on ${WHO[who].en}` },
        0,
        'bn_eur',
        formula,
        terms,
      ),
    )
  const pi = 'dst.pass_through'
  const pi2 = 'dst.consumer_pass_through'
  const pd = 'data.consumer_pass_through'
  const psi = 'platform.worker_pass_back'
  const pc = 'platform.consumer_pass_through'
  return {
    platforms: burden(
      'platforms',
      add(
        mul('dst', sub(1, pi)),
        mul('data', sub(1, pd)),
        mul('levy', sub(1, psi), sub(1, pc)),
        'requalification',
      ),
      [dst, a(pi), data, a(pd), levy, a(psi), a(pc), requalification],
    ),
    french_firms: burden('french_firms', mul('dst', pi, sub(1, pi2)), [dst, a(pi), a(pi2)]),
    consumers: burden(
      'consumers',
      add(mul('dst', pi, pi2), mul('data', pd), mul('levy', sub(1, psi), pc)),
      [dst, a(pi), a(pi2), data, a(pd), levy, a(psi), a(pc)],
    ),
    workers: burden('workers', add(mul('levy', psi), 'at_source'), [levy, a(psi), atSource]),
  }
}

function incidence(who: Who): IndicatorBuilder {
  return (ctx) => {
    const all = burdens(ctx)
    const terms = [all[who], ...Object.values(all).filter((t) => t.key !== who)]
    const total = terms.reduce((a, t) => a + t.value, 0)
    return {
      equation: {
        fr: words(ctx, 'incidence', { who: WHO[who].fr }).fr,
        en: words(ctx, 'incidence', { who: WHO[who].en }).en,
      },
      year: null,
      formula: total > 0 ? div(who, add(...Object.keys(WHO))) : 0,
      terms,
    }
  }
}

export const INDICATOR_BUILDERS: Readonly<Record<string, IndicatorBuilder>> = {
  gap_final: finalYear('financing_gap'),
  gap_final_pct_gdp: finalYear('financing_gap_pct_gdp'),
  coverage_ratio_final: finalYear('coverage_ratio'),
  consumer_work_hours_final: finalYear('consumer_work_hours'),
  consumer_work_value_final: finalYear('consumer_work_value'),
  gap_change_cumulative: gapChange,
  coproduction_effect_cumulative: sumOf('coproduction_effect', 'coproduction_effect_cumulative'),
  lever_revenue_earmarked_cumulative: sumOf(
    'lever_revenue_earmarked',
    'lever_revenue_earmarked_cumulative',
  ),
  coverage_ratio_cumulative: coverageCumulative,
  jobs_displaced_peak: jobsPeak,
  jobs_displaced_cumulative: jobsCumulative,
  incidence_platforms: incidence('platforms'),
  incidence_french_firms: incidence('french_firms'),
  incidence_consumers: incidence('consumers'),
  incidence_workers: incidence('workers'),
}

import {
  assumptionTerm,
  computedTerm,
  constantTerm,
  elapsedTerm,
  sectorAssumptionTerm,
  sectorLabel,
  SECTORS,
  seriesTerm,
} from './explain-context'
import type { ExplainContext, Expansion } from './explain-context'
import { EQUATIONS } from './explain-text'
import { add, div, max, min, mul, pow, sub } from './explain-types'
import type { Expr, Localized, Term } from './explain-types'
import { COVERAGE_CAP } from './series'

/** How one series is made, in a given year; `depth` bounds how far its series terms expand. */
export type SeriesBuilder = (
  ctx: ExplainContext,
  year: number,
  depth: number,
) => Expansion & { readonly equation: Localized }

const BN = 1e-9

const financingGap: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.financing_gap as Localized,
  formula: sub(add('financing_gap_baseline', 'coproduction_effect'), 'lever_revenue_earmarked'),
  terms: [
    seriesTerm(ctx, 'financing_gap_baseline', year, { depth }),
    seriesTerm(ctx, 'coproduction_effect', year, { depth }),
    seriesTerm(ctx, 'lever_revenue_earmarked', year, { depth }),
  ],
})

/** One line of a financing table: published, or grown from its last published year. */
function tableTerm(
  ctx: ExplainContext,
  table: 'robss' | 'unedic',
  side: 'receipts' | 'spending',
  values: Float64Array,
  year: number,
  growth: readonly string[],
  label: Localized,
): Term {
  const spec = ctx.baseline[table]
  const source = ctx.baseline.sources[spec.source]
  const ref = source ? { title: source.title, url: source.url } : null
  const published = spec[side].length
  const lastPublished = ctx.baseYear + published - 1
  const key = `${table}_${side}`
  const value = values[year - ctx.baseYear] as number
  if (year <= lastPublished) {
    return {
      key,
      label,
      value,
      unit: 'bn_eur',
      provenance: { kind: 'table', source: ref, grade: spec.grade, year, extendedFrom: null },
    }
  }
  const last: Term = {
    key: 'published',
    label: { fr: `${label.fr}, ${lastPublished}`, en: `${label.en}, ${lastPublished}` },
    value: spec[side][published - 1] as number,
    unit: 'bn_eur',
    provenance: {
      kind: 'table',
      source: ref,
      grade: spec.grade,
      year: lastPublished,
      extendedFrom: null,
    },
  }
  const rates = growth.map((id, i) => assumptionTerm(ctx, id, `g${i}`))
  const since = constantTerm(
    'since',
    { fr: `Années depuis ${lastPublished}`, en: `Years since ${lastPublished}` },
    year - lastPublished,
    'years',
  )
  return {
    key,
    label,
    value,
    unit: 'bn_eur',
    provenance: {
      kind: 'table',
      source: ref,
      grade: spec.grade,
      year,
      extendedFrom: lastPublished,
    },
    formula: mul('published', pow(mul(...rates.map((r) => add(1, r.key))), 'since')),
    terms: [last, ...rates, since],
  }
}

const baselineGap: SeriesBuilder = (ctx, year) => {
  const r = ctx.replay
  const wageBill = ['macro.wage_growth', 'macro.employment_growth']
  const terms = [
    tableTerm(ctx, 'robss', 'spending', r.robssSpending, year, ['baseline.spending_growth'], {
      fr: 'Dépenses des ROBSS',
      en: 'ROBSS spending',
    }),
    tableTerm(ctx, 'unedic', 'spending', r.unedicSpending, year, ['macro.gdp_growth'], {
      fr: 'Dépenses de l’Unédic',
      en: 'Unédic spending',
    }),
    tableTerm(ctx, 'robss', 'receipts', r.robssReceipts, year, wageBill, {
      fr: 'Recettes des ROBSS',
      en: 'ROBSS receipts',
    }),
    tableTerm(ctx, 'unedic', 'receipts', r.unedicReceipts, year, wageBill, {
      fr: 'Recettes de l’Unédic',
      en: 'Unédic receipts',
    }),
  ]
  return {
    equation: EQUATIONS.financing_gap_baseline as Localized,
    formula: sub(
      add('robss_spending', 'unedic_spending'),
      add('robss_receipts', 'unedic_receipts'),
    ),
    terms,
  }
}

const coproductionEffect: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.coproduction_effect as Localized,
  formula: add('contributions_lost', 'benefits_cost', 'itaf_lost'),
  terms: [
    seriesTerm(ctx, 'contributions_lost', year, { depth }),
    seriesTerm(ctx, 'benefits_cost', year, { depth }),
    seriesTerm(ctx, 'itaf_lost', year, { depth }),
  ],
})

const UNEMPLOYED_WAGES = {
  fr: 'Salaires des déplacés sans emploi',
  en: 'Wages of displaced still looking',
}
const REEMPLOYED_WAGES = {
  fr: 'Salaires antérieurs des déplacés réemployés',
  en: 'Former wages of those re-employed',
}

const contributionsLost: SeriesBuilder = (ctx, year) => {
  const r = ctx.replay
  const i = year - ctx.baseYear
  const sectors = SECTORS.map((sector, s) => {
    const level = computedTerm(
      'level',
      { fr: 'Niveau de salaire (salaire / SMIC)', en: 'Wage level (wage / SMIC)' },
      r.wageLevel[s] as number,
      'smic_multiple',
      div('wage', 'macro.smic_annual'),
      [sectorAssumptionTerm(ctx, sector, 'wage', 'wage'), assumptionTerm(ctx, 'macro.smic_annual')],
    )
    return computedTerm(
      sector,
      sectorLabel(ctx, sector),
      ((r.unemployed[s]?.[i] as number) * (r.lossRate[s] as number) +
        (r.reemployed[s]?.[i] as number) * (r.reemployedLossRate[s] as number)) *
        BN,
      'bn_eur',
      add(mul('uw', 'rho'), mul('mw', 'rho_reemployed')),
      [
        computedTerm('uw', UNEMPLOYED_WAGES, (r.unemployed[s]?.[i] as number) * BN, 'bn_eur'),
        computedTerm(
          'rho',
          { fr: 'Prélèvements par euro de salaire', en: 'Receipts per euro of wage' },
          r.lossRate[s] as number,
          'share',
          undefined,
          [level],
        ),
        computedTerm('mw', REEMPLOYED_WAGES, (r.reemployed[s]?.[i] as number) * BN, 'bn_eur'),
        computedTerm(
          'rho_reemployed',
          {
            fr: 'Prélèvements perdus par euro réemployé',
            en: 'Receipts lost per euro re-employed',
          },
          r.reemployedLossRate[s] as number,
          'share',
        ),
      ],
    )
  })
  const rates = [
    'labour.reemployment_wage_ratio',
    'contrib.employer_statutory',
    'contrib.rg_max',
    'contrib.employee_rate',
    'contrib.csg_crds_rate',
    'contrib.compensation_per_euro_share',
    'labour.redeployment_share',
    'labour.reemployment_hazard',
  ].map((id) => assumptionTerm(ctx, id))
  return {
    equation: EQUATIONS.contributions_lost as Localized,
    formula: add(...SECTORS),
    terms: [...sectors, ...rates],
  }
}

const benefitsCost: SeriesBuilder = (ctx, year) => ({
  equation: EQUATIONS.benefits_cost as Localized,
  formula: mul('benefits.replacement_rate', 'covered'),
  terms: [
    assumptionTerm(ctx, 'benefits.replacement_rate'),
    computedTerm(
      'covered',
      {
        fr: 'Salaires antérieurs des déplacés indemnisés',
        en: 'Former wages of those paid benefits',
      },
      (ctx.replay.coveredWages[year - ctx.baseYear] as number) * BN,
      'bn_eur',
    ),
    assumptionTerm(ctx, 'benefits.duration_years'),
    assumptionTerm(ctx, 'labour.reemployment_hazard'),
  ],
})

const itafLost: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.itaf_lost as Localized,
  formula: mul(
    'itaf.vat_loss_rate',
    'wage_bill_lost',
    sub(sub(1, 'contrib.employee_rate'), 'contrib.csg_crds_rate'),
  ),
  terms: [
    assumptionTerm(ctx, 'itaf.vat_loss_rate'),
    seriesTerm(ctx, 'wage_bill_lost', year, { depth }),
    assumptionTerm(ctx, 'contrib.employee_rate'),
    assumptionTerm(ctx, 'contrib.csg_crds_rate'),
  ],
})

const wageBillLost: SeriesBuilder = (ctx, year) => {
  const i = year - ctx.baseYear
  const total = (pools: readonly Float64Array[]) =>
    pools.reduce((a, pool) => a + (pool[i] as number), 0) * BN
  return {
    equation: EQUATIONS.wage_bill_lost as Localized,
    formula: add('uw', mul(sub(1, 'labour.reemployment_wage_ratio'), 'mw')),
    terms: [
      computedTerm('uw', UNEMPLOYED_WAGES, total(ctx.replay.unemployed), 'bn_eur'),
      computedTerm('mw', REEMPLOYED_WAGES, total(ctx.replay.reemployed), 'bn_eur'),
      assumptionTerm(ctx, 'labour.reemployment_wage_ratio'),
    ],
  }
}

const gdp: SeriesBuilder = (ctx, year) => ({
  equation: EQUATIONS.gdp as Localized,
  formula: mul('macro.gdp_2024', pow(add(1, 'macro.gdp_growth'), 'elapsed')),
  terms: [
    assumptionTerm(ctx, 'macro.gdp_2024'),
    assumptionTerm(ctx, 'macro.gdp_growth'),
    elapsedTerm(ctx, year),
  ],
})

const gapPctGdp: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.financing_gap_pct_gdp as Localized,
  formula: mul(100, div('financing_gap', 'gdp')),
  terms: [seriesTerm(ctx, 'financing_gap', year), seriesTerm(ctx, 'gdp', year, { depth })],
})

/** The coverage rule (indicators.ts): a capped ratio, or a fixed value when nothing is lost. */
export function coverageFormula(earmarked: number, effect: number): Expr {
  if (effect > 1e-6)
    return max(
      -COVERAGE_CAP,
      min(COVERAGE_CAP, div('lever_revenue_earmarked', 'coproduction_effect')),
    )
  return earmarked > 1e-6 ? COVERAGE_CAP : 0
}

const coverageRatio: SeriesBuilder = (ctx, year, depth) => {
  const earmarked = seriesTerm(ctx, 'lever_revenue_earmarked', year, { depth })
  const effect = seriesTerm(ctx, 'coproduction_effect', year, { depth })
  return {
    equation: EQUATIONS.coverage_ratio as Localized,
    formula: coverageFormula(earmarked.value, effect.value),
    terms: [earmarked, effect],
  }
}

export const FINANCE_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  financing_gap: financingGap,
  financing_gap_baseline: baselineGap,
  coproduction_effect: coproductionEffect,
  contributions_lost: contributionsLost,
  benefits_cost: benefitsCost,
  itaf_lost: itafLost,
  wage_bill_lost: wageBillLost,
  gdp,
  financing_gap_pct_gdp: gapPctGdp,
  coverage_ratio: coverageRatio,
}

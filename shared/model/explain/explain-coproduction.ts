import { inEveryLanguage } from '../../i18n/in-every-language'
import {
  assumptionTerm,
  at,
  BN,
  computedTerm,
  derivedTerm,
  fill,
  ofSeries,
  recorded,
  sectorAssumptionTerm,
  sectorConstant,
  seriesTerm,
} from './explain-context'
import type { ExplainContext, SeriesBuilder } from './explain-context'
import { bySector, flowAssumptions, outTerm, poolTerm, wageTerm } from './explain-pools'
import { EQUATIONS } from './explain-text'
import { add, div, mul, sub } from './explain-types'
import type { Localized, Term } from './explain-types'
import type { SectorId } from '../engine/ids'
import { SC, T } from '../engine/terms'

/** What coproduction costs each fund: contributions, benefits, earmarked VAT, value sharing. */

const FUNDS = {
  contributions_lost: {
    rate: SC.robss_rate,
    short: SC.robss_rate_reemployed,
    long: SC.robss_rate_reemployed_long,
    name: inEveryLanguage('explain.fund.contributions_lost'),
  },
  contributions_lost_unedic: {
    rate: SC.unedic_rate,
    short: SC.unedic_rate_reemployed,
    long: SC.unedic_rate_reemployed_long,
    name: inEveryLanguage('explain.fund.contributions_lost_unedic'),
  },
  contributions_lost_complementary: {
    rate: SC.complementary_rate,
    short: SC.complementary_rate_reemployed,
    long: SC.complementary_rate_reemployed_long,
    name: inEveryLanguage('explain.fund.contributions_lost_complementary'),
  },
} as const

function wageLevel(ctx: ExplainContext, s: number, sector: SectorId): Term {
  return computedTerm(
    'wage_level',
    inEveryLanguage('explain.term.wage_level'),
    sectorConstant(ctx, s, SC.wage_level),
    'smic_multiple',
    div('wage0', 'macro.smic_annual'),
    [sectorAssumptionTerm(ctx, sector, 'wage', 'wage0'), assumptionTerm(ctx, 'macro.smic_annual')],
  )
}

const contributions =
  (id: keyof typeof FUNDS): SeriesBuilder =>
  (ctx, year) => {
    const fund = FUNDS[id]
    const made = bySector(ctx, 'bn_eur', (s, sector) => {
      const rate = computedTerm(
        'rate',
        inEveryLanguage('explain.term.fund_rate', { fund: fund.name }),
        sectorConstant(ctx, s, fund.rate),
        'share',
        undefined,
        [wageLevel(ctx, s, sector)],
      )
      const net = (key: string, constant: number, omega: string, spell: Localized) =>
        computedTerm(
          key,
          inEveryLanguage('explain.term.net_loss', { spell }),
          sectorConstant(ctx, s, constant),
          'share',
          undefined,
          [assumptionTerm(ctx, omega)],
        )
      return {
        formula: mul(
          add(
            mul('out', 'rate'),
            mul('reemployed_short', 'rate_short'),
            mul('reemployed_long', 'rate_long'),
          ),
          'wage',
          BN,
        ),
        terms: [
          outTerm(ctx, s, year),
          rate,
          poolTerm(ctx, s, 'reemployed_short', year),
          net(
            'rate_short',
            fund.short,
            'labour.reemployment_wage_ratio',
            inEveryLanguage('explain.spell.short'),
          ),
          poolTerm(ctx, s, 'reemployed_long', year),
          net(
            'rate_long',
            fund.long,
            'labour.reemployment_wage_ratio_long',
            inEveryLanguage('explain.spell.long'),
          ),
          wageTerm(ctx, s, year),
        ],
      }
    })
    return {
      equation: EQUATIONS[id] as Localized,
      formula: made.formula,
      terms: [...made.terms, ...flowAssumptions(ctx)],
    }
  }

const wageBillLost: SeriesBuilder = (ctx, year) => {
  const made = bySector(ctx, 'bn_eur', (s) => ({
    formula: mul(
      add(
        'out',
        mul('reemployed_short', sub(1, 'labour.reemployment_wage_ratio')),
        mul('reemployed_long', sub(1, 'labour.reemployment_wage_ratio_long')),
      ),
      'wage',
      BN,
    ),
    terms: [
      outTerm(ctx, s, year),
      poolTerm(ctx, s, 'reemployed_short', year),
      assumptionTerm(ctx, 'labour.reemployment_wage_ratio'),
      poolTerm(ctx, s, 'reemployed_long', year),
      assumptionTerm(ctx, 'labour.reemployment_wage_ratio_long'),
      wageTerm(ctx, s, year),
    ],
  }))
  return {
    equation: EQUATIONS.wage_bill_lost as Localized,
    formula: made.formula,
    terms: [...made.terms, ...flowAssumptions(ctx)],
  }
}

const itafLost: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.itaf_lost as Localized,
  formula: mul(
    'itaf.vat_loss_rate',
    sub(sub(1, 'contrib.employee_rate'), 'contrib.csg_crds_rate'),
    'wage_bill_lost',
  ),
  terms: [
    assumptionTerm(ctx, 'itaf.vat_loss_rate'),
    assumptionTerm(ctx, 'contrib.employee_rate'),
    assumptionTerm(ctx, 'contrib.csg_crds_rate'),
    seriesTerm(ctx, 'wage_bill_lost', year, { depth }),
  ],
})

/** Former wages of people still paid: each cohort's wages × the share of it still paid. */
function coveredWages(ctx: ExplainContext, year: number): Term {
  const i = at(ctx, year)
  const cohorts: Term[] = []
  for (let tau = 0; tau <= i; tau++) {
    const wages = (ctx.ws.cohortWages[tau] as number) * BN
    const k = i - tau
    // Cohorts no longer paid (or empty) add nothing: left out.
    if (wages === 0 || ctx.ws.benefitKernel[k] === 0) continue
    const cohortYear = ctx.baseYear + tau
    cohorts.push(
      derivedTerm(
        `cohort_${cohortYear}`,
        inEveryLanguage('explain.term.cohort', { year: String(cohortYear) }),
        'bn_eur',
        mul('wages', 'paid'),
        [
          computedTerm(
            'wages',
            inEveryLanguage('explain.term.cohort_wages', { year: String(cohortYear) }),
            wages,
            'bn_eur',
          ),
          computedTerm(
            'paid',
            inEveryLanguage('explain.term.still_paid', { years: String(k) }),
            ctx.ws.benefitKernel[k] as number,
            'ratio',
          ),
        ],
      ),
    )
  }
  return computedTerm(
    'covered',
    inEveryLanguage('explain.term.covered'),
    recorded(ctx, T.covered_wages, year) * BN,
    'bn_eur',
    add(...cohorts.map((c) => c.key)),
    cohorts,
  )
}

const benefitsCost: SeriesBuilder = (ctx, year) => ({
  equation: fill(EQUATIONS.benefits_cost as Localized, { year }),
  formula: mul('benefits.replacement_rate', 'covered'),
  terms: [
    assumptionTerm(ctx, 'benefits.replacement_rate'),
    coveredWages(ctx, year),
    assumptionTerm(ctx, 'benefits.duration_years'),
    assumptionTerm(ctx, 'labour.reemployment_hazard'),
    assumptionTerm(ctx, 'labour.reemployment_hazard_long'),
    assumptionTerm(ctx, 'labour.exit_rate'),
  ],
})

const APU_COST = [
  'coproduction_effect',
  'coproduction_effect_unedic',
  'contributions_lost_complementary',
  'state_taxes_lost',
  'state_savings',
  'value_sharing_state',
] as const

const effect = ofSeries(
  EQUATIONS.coproduction_effect as Localized,
  sub(add('contributions_lost', 'itaf_lost'), 'value_sharing_robss'),
  ['contributions_lost', 'itaf_lost', 'value_sharing_robss'],
)

const effectUnedic = ofSeries(
  EQUATIONS.coproduction_effect_unedic as Localized,
  add('contributions_lost_unedic', 'benefits_cost'),
  ['contributions_lost_unedic', 'benefits_cost'],
)

const effectApu = ofSeries(
  EQUATIONS.coproduction_effect_apu as Localized,
  sub(sub(add(...APU_COST.slice(0, 4)), 'state_savings'), 'value_sharing_state'),
  APU_COST,
)

const stateTaxesLost: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.state_taxes_lost as Localized,
  formula: mul('value.state_tax_on_wages', 'wage_bill_lost'),
  terms: [
    assumptionTerm(ctx, 'value.state_tax_on_wages'),
    seriesTerm(ctx, 'wage_bill_lost', year, { depth }),
  ],
})

const toMargins: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.value_to_margins as Localized,
  formula: mul('value.margin_share', 'labour_cost_saved'),
  terms: [
    assumptionTerm(ctx, 'value.margin_share'),
    seriesTerm(ctx, 'labour_cost_saved', year, { depth }),
  ],
})

function distributed(ctx: ExplainContext): Term {
  return derivedTerm(
    'distributed',
    inEveryLanguage('explain.term.distributed'),
    'share',
    mul(sub(1, 'macro.corporate_tax_rate'), 'value.distributed_share'),
    [
      assumptionTerm(ctx, 'macro.corporate_tax_rate'),
      assumptionTerm(ctx, 'value.distributed_share'),
    ],
  )
}

const sharingRobss: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.value_sharing_robss as Localized,
  formula: mul('value_to_margins', mul('distributed', 'value.capital_csg_rate')),
  terms: [
    seriesTerm(ctx, 'value_to_margins', year, { depth }),
    distributed(ctx),
    assumptionTerm(ctx, 'value.capital_csg_rate'),
  ],
})

const sharingState: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.value_sharing_state as Localized,
  formula: mul(
    'value_to_margins',
    add('macro.corporate_tax_rate', mul('distributed', 'value.capital_income_tax_rate')),
  ),
  terms: [
    seriesTerm(ctx, 'value_to_margins', year, { depth }),
    assumptionTerm(ctx, 'macro.corporate_tax_rate'),
    distributed(ctx),
    assumptionTerm(ctx, 'value.capital_income_tax_rate'),
  ],
})

export const COPRODUCTION_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  coproduction_effect: effect,
  coproduction_effect_unedic: effectUnedic,
  coproduction_effect_apu: effectApu,
  contributions_lost: contributions('contributions_lost'),
  contributions_lost_unedic: contributions('contributions_lost_unedic'),
  contributions_lost_complementary: contributions('contributions_lost_complementary'),
  wage_bill_lost: wageBillLost,
  itaf_lost: itafLost,
  benefits_cost: benefitsCost,
  value_to_margins: toMargins,
  value_sharing_robss: sharingRobss,
  value_sharing_state: sharingState,
  state_taxes_lost: stateTaxesLost,
}

import {
  leversAt,
  assumptionTerm,
  BN,
  computedTerm,
  constantTerm,
  derivedTerm,
  elapsedTerm,
  recorded,
  seriesTerm,
  settingTerm,
} from '../explain/explain-context'
import { staffedEarmarkTerms } from './staffed-channel-explain'
import type { ExplainContext, SeriesBuilder } from '../explain/explain-context'
import { leverOff, phaseTerm, phaseValue } from './lever-explain'
import { legalHoursTerm } from '../explain/explain-people'
import { EQUATIONS } from '../explain/explain-text'
import { inEveryLanguage } from '../../i18n/in-every-language'
import { add, div, max, mul, pow, sub } from '../explain/explain-types'
import type { Localized, Term } from '../explain/explain-types'
import { PLATFORM_SECTOR } from '../engine/ids'
import { T } from '../engine/terms'

/**
 * The explanation of the platform contribution and requalification, and the levers' share to the
 * ROBSS: beside lever-revenue.ts's equations, for the same reason as lever-explain.ts.
 */

const ADOPTION = `adoption.${PLATFORM_SECTOR}`

const wageIndex = (ctx: ExplainContext, year: number): Term =>
  derivedTerm(
    'wage_index',
    inEveryLanguage('explain.term.platform.wage_index'),
    'ratio',
    pow(add(1, 'macro.wage_growth'), 'elapsed'),
    [assumptionTerm(ctx, 'macro.wage_growth'), elapsedTerm(ctx, year)],
  )

/** Platform activity relative to the base year: platform adoption over its base-year level. */
function scaleTerm(ctx: ExplainContext, year: number): Term {
  const value = recorded(ctx, T.platform_scale, year)
  const adoption0 = seriesTerm(ctx, ADOPTION, ctx.baseYear, { key: 'adoption0' })
  const label = inEveryLanguage('explain.term.platform.scale')
  if (adoption0.value <= 0) return computedTerm('scale', label, value, 'ratio', 1, [adoption0])
  return computedTerm('scale', label, value, 'ratio', div('adoption', 'adoption0'), [
    seriesTerm(ctx, ADOPTION, year, { key: 'adoption' }),
    adoption0,
  ])
}

function baseFactor(ctx: ExplainContext): Term {
  const base = ctx.model.levers.platformContribution.base
  const label = inEveryLanguage('explain.term.platform.base_factor')
  if (base === 'gmv') return constantTerm('base_factor', label, 1, 'share')
  if (base === 'commission')
    return { ...assumptionTerm(ctx, 'platform.commission_share'), key: 'base_factor' }
  return derivedTerm(
    'base_factor',
    label,
    'share',
    mul('platform.commission_share', 'platform.profit_margin'),
    [
      assumptionTerm(ctx, 'platform.commission_share'),
      assumptionTerm(ctx, 'platform.profit_margin'),
    ],
  )
}

function levyTerm(ctx: ExplainContext, year: number): Term {
  const pc = leversAt(ctx, year).platformContribution
  return computedTerm(
    'levy',
    inEveryLanguage('explain.term.platform.levy'),
    recorded(ctx, T.platform_levy, year),
    'bn_eur',
    mul('phase', 'levers.platformContribution.rate', 'base_factor', 'gmv'),
    [
      phaseTerm(ctx, 'platformContribution', year),
      settingTerm(ctx, 'levers.platformContribution.rate', pc.rate, 'share'),
      baseFactor(ctx),
      computedTerm(
        'gmv',
        inEveryLanguage('explain.term.platform.gmv', { year: String(year) }),
        recorded(ctx, T.platform_gmv, year),
        'bn_eur',
        mul('platform.gmv_2024', 'scale', 'wage_index'),
        [assumptionTerm(ctx, 'platform.gmv_2024'), scaleTerm(ctx, year), wageIndex(ctx, year)],
      ),
    ],
  )
}

/** The evasion rate of micro-social contributions in the year: lower once collected at source. */
function evasionTerm(ctx: ExplainContext, year: number): Term {
  const atSource = year >= (ctx.params[ctx.model.p.atSourceYear] as number)
  const chosen = atSource ? 'platform.evasion_at_source' : 'platform.evasion_rate'
  return computedTerm(
    'evasion',
    inEveryLanguage('explain.term.platform.evasion', { year: String(year) }),
    recorded(ctx, T.platform_evasion, year),
    'share',
    chosen,
    [assumptionTerm(ctx, chosen), assumptionTerm(ctx, 'platform.at_source_year')],
  )
}

function passBackTerm(ctx: ExplainContext, year: number): Term {
  return computedTerm(
    'pass_back_loss',
    inEveryLanguage('explain.term.platform.pass_back_loss'),
    recorded(ctx, T.platform_pass_back_loss, year),
    'bn_eur',
    mul('platform.worker_pass_back', 'levy', 'contrib.micro_rate', sub(1, 'evasion')),
    [
      assumptionTerm(ctx, 'platform.worker_pass_back'),
      levyTerm(ctx, year),
      assumptionTerm(ctx, 'contrib.micro_rate'),
      evasionTerm(ctx, year),
    ],
  )
}

/** Requalified workers, the wage bill they keep, and the micro-social contributions they stop. */
function requalificationParts(ctx: ExplainContext, year: number): Term[] {
  const pc = leversAt(ctx, year).platformContribution
  const employer = computedTerm(
    'employer_rate',
    inEveryLanguage('explain.term.platform.employer_rate'),
    recorded(ctx, T.platform_employer_rate, year),
    'share',
  )
  const paidYear = derivedTerm(
    'paid_year',
    inEveryLanguage('explain.term.platform.paid_year'),
    'ratio',
    mul(
      div('platform.hours_per_worker', 'legal_hours'),
      add(1, 'platform.paid_leave_and_expenses'),
    ),
    [
      assumptionTerm(ctx, 'platform.hours_per_worker'),
      legalHoursTerm(),
      assumptionTerm(ctx, 'platform.paid_leave_and_expenses'),
    ],
  )
  const costIncrease = derivedTerm(
    'cost_increase',
    inEveryLanguage('explain.term.platform.cost_increase'),
    'share',
    max(
      0,
      sub(
        div(
          mul('paid_year', 'macro.smic_annual', add(1, 'employer_rate')),
          'platform.turnover_per_worker',
        ),
        1,
      ),
    ),
    [
      paidYear,
      assumptionTerm(ctx, 'macro.smic_annual'),
      employer,
      assumptionTerm(ctx, 'platform.turnover_per_worker'),
    ],
  )
  const staying = derivedTerm(
    'staying',
    inEveryLanguage('explain.term.platform.staying'),
    'share',
    max(0, sub(1, mul('platform.employment_elasticity', 'cost_increase'))),
    [assumptionTerm(ctx, 'platform.employment_elasticity'), costIncrease],
  )
  const requalified = derivedTerm(
    'requalified',
    inEveryLanguage('explain.term.platform.requalified'),
    'persons',
    mul('phase', 'levers.platformContribution.requalificationShare', 'workers'),
    [
      phaseTerm(ctx, 'platformContribution', year),
      settingTerm(
        ctx,
        'levers.platformContribution.requalificationShare',
        pc.requalificationShare,
        'share',
      ),
      computedTerm(
        'workers',
        inEveryLanguage('explain.term.platform.workers', { year: String(year) }),
        recorded(ctx, T.platform_workers, year),
        'persons',
        mul('platform.workers_2024', 'scale'),
        [assumptionTerm(ctx, 'platform.workers_2024'), scaleTerm(ctx, year)],
      ),
    ],
  )
  const kept = derivedTerm(
    'kept_wages',
    inEveryLanguage('explain.term.platform.kept_wages'),
    'bn_eur',
    mul('requalified', 'staying', 'requalified_wage', BN),
    [
      requalified,
      staying,
      computedTerm(
        'requalified_wage',
        inEveryLanguage('explain.term.platform.requalified_wage'),
        recorded(ctx, T.platform_requalified_wage, year),
        'eur_per_year',
        mul('paid_year', 'macro.smic_annual', 'wage_index'),
        [paidYear, assumptionTerm(ctx, 'macro.smic_annual'), wageIndex(ctx, year)],
      ),
    ],
  )
  const microLost = derivedTerm(
    'micro_lost',
    inEveryLanguage('explain.term.platform.micro_lost'),
    'bn_eur',
    mul('requalified', 'turnover', 'contrib.micro_rate', sub(1, 'evasion'), BN),
    [
      requalified,
      computedTerm(
        'turnover',
        inEveryLanguage('explain.term.platform.turnover', { year: String(year) }),
        recorded(ctx, T.platform_turnover, year),
        'eur_per_year',
        mul('platform.turnover_per_worker', 'wage_index'),
        [assumptionTerm(ctx, 'platform.turnover_per_worker'), wageIndex(ctx, year)],
      ),
      assumptionTerm(ctx, 'contrib.micro_rate'),
      evasionTerm(ctx, year),
    ],
  )
  return [kept, microLost, employer]
}

function requalificationTerm(ctx: ExplainContext, year: number): Term {
  const [kept, microLost, employer] = requalificationParts(ctx, year) as [Term, Term, Term]
  return computedTerm(
    'requalification_gain',
    inEveryLanguage('explain.term.platform.requalification_gain'),
    recorded(ctx, T.platform_requalification_gain, year),
    'bn_eur',
    sub(mul('kept_wages', 'salaried_rate'), 'micro_lost'),
    [
      kept,
      derivedTerm(
        'salaried_rate',
        inEveryLanguage('explain.term.platform.salaried_rate'),
        'share',
        add('employer_rate', 'contrib.employee_rate', 'contrib.csg_crds_rate'),
        [
          employer,
          assumptionTerm(ctx, 'contrib.employee_rate'),
          assumptionTerm(ctx, 'contrib.csg_crds_rate'),
        ],
      ),
      microLost,
    ],
  )
}

function requalificationRobssTerm(ctx: ExplainContext, year: number): Term {
  const [kept, microLost] = requalificationParts(ctx, year) as [Term, Term]
  return computedTerm(
    'requalification_robss',
    inEveryLanguage('explain.term.platform.requalification_robss'),
    recorded(ctx, T.platform_requalification_gain_robss, year),
    'bn_eur',
    sub(mul('kept_wages', 'robss_rate'), 'micro_lost'),
    [
      kept,
      computedTerm(
        'robss_rate',
        inEveryLanguage('explain.term.platform.robss_rate'),
        recorded(ctx, T.platform_robss_rate, year),
        'share',
      ),
      microLost,
    ],
  )
}

const platform: SeriesBuilder = (ctx, year) => {
  if (phaseValue(ctx, 'platformContribution', year) <= 0)
    return leverOff(ctx, 'platformContribution', year)
  return {
    equation: inEveryLanguage('explain.equation.increment_platform'),
    formula: add(sub('levy', 'pass_back_loss'), 'requalification_gain'),
    terms: [levyTerm(ctx, year), passBackTerm(ctx, year), requalificationTerm(ctx, year)],
  }
}

const toRobss: SeriesBuilder = (ctx, year, depth) => {
  const e = leversAt(ctx, year).earmarking
  const setting = (lever: string, value: number) =>
    settingTerm(ctx, `levers.earmarking.${lever}`, value, 'share')
  const staffed = staffedEarmarkTerms(ctx, year, (id) => seriesTerm(ctx, id, year, { depth }))
  return {
    equation: EQUATIONS.increment_robss as Localized,
    formula: add(
      sub(
        add(
          mul('levers.earmarking.dst', 'increment_dst'),
          mul('levers.earmarking.dataLevy', 'increment_data_levy'),
          mul('levers.earmarking.platformContribution', 'levy'),
        ),
        'pass_back_loss',
      ),
      'requalification_robss',
      staffed.formula,
    ),
    terms: [
      setting('dst', e.dst),
      seriesTerm(ctx, 'increment_dst', year, { depth }),
      setting('dataLevy', e.dataLevy),
      seriesTerm(ctx, 'increment_data_levy', year, { depth }),
      setting('platformContribution', e.platformContribution),
      levyTerm(ctx, year),
      passBackTerm(ctx, year),
      requalificationRobssTerm(ctx, year),
      ...staffed.terms,
    ],
  }
}

export const PLATFORM_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  increment_platform: platform,
  increment_robss: toRobss,
}

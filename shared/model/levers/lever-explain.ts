import {
  leversAt,
  assumptionTerm,
  at,
  BN,
  computedTerm,
  constantTerm,
  derivedTerm,
  fill,
  growthTerm,
  recorded,
  seriesTerm,
  settingTerm,
} from '../explain/explain-context'
import type { ExplainContext, SeriesBuilder } from '../explain/explain-context'
import { EQUATIONS } from '../explain/explain-text'
import { inEveryLanguage } from '../../i18n/in-every-language'
import { add, div, exp, max, mul, pow, sub } from '../explain/explain-types'
import type { Expr, Localized, Term } from '../explain/explain-types'
import { PLATFORM_SECTOR } from '../engine/ids'
import { dstTargetRates } from './lever-revenue'
import { leverOf, leverSwitch } from './lever-table'
import type { LeverId } from './lever-table'
import { INCREMENT_SERIES } from '../engine/series-catalogue'
import { T } from '../engine/terms'

/**
 * The explanation of the DST, the data levy and the levers' increments over current law, term by
 * term. It names the same settings and assumptions as lever-revenue.ts's equations, so it lives
 * beside them: changing a lever's equation means changing its explanation here too. Texts of the
 * equations are the catalogue's `explain.equation.<series>`.
 */

export type LeverGroup = LeverId
const PLATFORM_ADOPTION = `adoption.${PLATFORM_SECTOR}`

export function phaseValue(ctx: ExplainContext, group: LeverGroup, year: number): number {
  return ctx.ws[leverOf(group).phase][at(ctx, year)] as number
}

/** The share of the reform's full effect in the year, from its switch, start year and phase-in. */
export function phaseTerm(ctx: ExplainContext, group: LeverGroup, year: number): Term {
  const lever = ctx.model.levers[group]
  return computedTerm(
    'phase',
    inEveryLanguage('explain.term.dst.phase', { year: String(year) }),
    phaseValue(ctx, group, year),
    'share',
    undefined,
    [
      settingTerm(ctx, leverSwitch(group), lever.enabled ? 1 : 0, 'ratio'),
      settingTerm(ctx, `levers.${group}.startYear`, lever.startYear, 'year'),
      settingTerm(ctx, `levers.${group}.phaseInYears`, lever.phaseInYears, 'years'),
    ],
  )
}

/** A reform that adds nothing this year: 0, with the settings that say why. */
export function leverOff(ctx: ExplainContext, group: LeverGroup, year: number) {
  return {
    equation: fill(EQUATIONS.lever_off as Localized, { year }),
    formula: 0,
    terms: [phaseTerm(ctx, group, year)],
  }
}

/** Net yield per euro of gross DST: deductibility, less French firms' lower corporate tax. */
function netPerGross(ctx: ExplainContext): Term {
  return derivedTerm(
    'net_per_gross',
    inEveryLanguage('explain.term.dst.net_per_gross'),
    'share',
    sub(
      'dst.deductibility',
      mul(mul('dst.pass_through', sub(1, 'dst.consumer_pass_through')), 'macro.corporate_tax_rate'),
    ),
    [
      assumptionTerm(ctx, 'dst.deductibility'),
      assumptionTerm(ctx, 'dst.pass_through'),
      assumptionTerm(ctx, 'dst.consumer_pass_through'),
      assumptionTerm(ctx, 'macro.corporate_tax_rate'),
    ],
  )
}

/** The DST base grown from the base year, its growth fading from the observed rate to GDP's. */
function grownBase(ctx: ExplainContext, year: number): Term {
  const factors: Expr[] = []
  for (let k = 1; k <= at(ctx, year); k++)
    factors.push(
      add(
        1,
        add(
          'macro.gdp_growth',
          mul(
            sub('dst.base_growth_2024', 'macro.gdp_growth'),
            exp(div(-k, max(1e-9, 'dst.base_growth_fade_years'))),
          ),
        ),
      ),
    )
  return computedTerm(
    'grown',
    inEveryLanguage('explain.term.dst.grown'),
    recorded(ctx, T.dst_base_grown, year),
    'bn_eur',
    mul('dst.base_2024', ...factors),
    [
      assumptionTerm(ctx, 'dst.base_2024'),
      assumptionTerm(ctx, 'dst.base_growth_2024'),
      assumptionTerm(ctx, 'macro.gdp_growth'),
      assumptionTerm(ctx, 'dst.base_growth_fade_years'),
    ],
  )
}

function baseTerm(ctx: ExplainContext, year: number): Term {
  return computedTerm(
    'base',
    inEveryLanguage('explain.term.dst.base'),
    recorded(ctx, T.dst_base, year),
    'bn_eur',
    mul('grown', max(0, add(1, mul('dst.platform_link', sub('adoption', 'adoption0'))))),
    [
      grownBase(ctx, year),
      assumptionTerm(ctx, 'dst.platform_link'),
      seriesTerm(ctx, PLATFORM_ADOPTION, year, { key: 'adoption' }),
      seriesTerm(ctx, PLATFORM_ADOPTION, ctx.baseYear, {
        key: 'adoption0',
        label: inEveryLanguage('explain.term.dst.adoption0', { year: String(ctx.baseYear) }),
      }),
    ],
  )
}

/** The rate of one group of firms (below or above €2 bn) in the year, and the base it keeps. */
function groupTerms(ctx: ExplainContext, year: number, group: 'small' | 'large'): Term[] {
  const levers = leversAt(ctx, year)
  const dst = levers.dst
  const target = dstTargetRates(levers, ctx.params[ctx.model.p.dstReference] as number)[group]
  let targetTerm: Term
  if (!dst.enabled) targetTerm = { ...assumptionTerm(ctx, 'dst.reference_rate'), key: 'target' }
  else if (group === 'small' && dst.worldwideThreshold === '2bn')
    targetTerm = constantTerm('target', inEveryLanguage('explain.term.dst.target'), target, 'share')
  else if (group === 'large' && dst.tier.enabled)
    targetTerm = settingTerm(ctx, 'levers.dst.tier.rate', target, 'share', 'target')
  else targetTerm = settingTerm(ctx, 'levers.dst.rate', target, 'share', 'target')
  const name =
    group === 'small'
      ? inEveryLanguage('explain.term.dst.group_small')
      : inEveryLanguage('explain.term.dst.group_large')
  const rate = computedTerm(
    `rate_${group}`,
    inEveryLanguage('explain.term.dst.rate_of_group', { group: name }),
    recorded(ctx, group === 'small' ? T.dst_rate_small : T.dst_rate_large, year),
    'share',
    add('dst.reference_rate', mul('phase', sub('target', 'dst.reference_rate'))),
    [assumptionTerm(ctx, 'dst.reference_rate'), phaseTerm(ctx, 'dst', year), targetTerm],
  )
  const kept = computedTerm(
    `kept_${group}`,
    inEveryLanguage('explain.term.dst.kept_of_group', { group: name }),
    recorded(ctx, group === 'small' ? T.dst_kept_small : T.dst_kept, year),
    'share',
    exp(
      div(mul(-1, 'dst.rate_elasticity', sub('rate', 'dst.reference_rate')), 'dst.reference_rate'),
    ),
    [
      assumptionTerm(ctx, 'dst.rate_elasticity'),
      computedTerm('rate', rate.label, rate.value, 'share'),
      assumptionTerm(ctx, 'dst.reference_rate'),
    ],
  )
  return [rate, kept]
}

const dstGross: SeriesBuilder = (ctx, year) => ({
  equation: inEveryLanguage('explain.equation.revenue_dst_gross'),
  formula: mul(
    'base',
    add(
      mul(sub(1, 'dst.large_group_share'), 'rate_small', 'kept_small'),
      mul('dst.large_group_share', 'rate_large', 'kept_large'),
    ),
  ),
  terms: [
    baseTerm(ctx, year),
    assumptionTerm(ctx, 'dst.large_group_share'),
    ...groupTerms(ctx, year, 'small'),
    ...groupTerms(ctx, year, 'large'),
  ],
})

function currentLawGross(ctx: ExplainContext, year: number): Term {
  return computedTerm(
    'current_law_gross',
    inEveryLanguage('explain.term.dst.current_law_gross'),
    recorded(ctx, T.dst_gross_current_law, year),
    'bn_eur',
    mul('base', 'dst.reference_rate'),
    [baseTerm(ctx, year), assumptionTerm(ctx, 'dst.reference_rate')],
  )
}

const dstNet: SeriesBuilder = (ctx, year, depth) => ({
  equation: inEveryLanguage('explain.equation.revenue_dst'),
  formula: mul('revenue_dst_gross', 'net_per_gross'),
  terms: [seriesTerm(ctx, 'revenue_dst_gross', year, { depth }), netPerGross(ctx)],
})

const dstCurrentLaw: SeriesBuilder = (ctx, year) => ({
  equation: inEveryLanguage('explain.equation.revenue_dst_current_law'),
  formula: mul('current_law_gross', 'net_per_gross'),
  terms: [currentLawGross(ctx, year), netPerGross(ctx)],
})

const dstIncrement: SeriesBuilder = (ctx, year, depth) => ({
  equation: inEveryLanguage('explain.equation.increment_dst'),
  formula: mul(sub('revenue_dst_gross', 'current_law_gross'), 'net_per_gross'),
  terms: [
    seriesTerm(ctx, 'revenue_dst_gross', year, { depth }),
    currentLawGross(ctx, year),
    netPerGross(ctx),
  ],
})

const dataLevy: SeriesBuilder = (ctx, year) => {
  if (phaseValue(ctx, 'dataLevy', year) <= 0) return leverOff(ctx, 'dataLevy', year)
  const data = leversAt(ctx, year).dataLevy
  const phase = phaseTerm(ctx, 'dataLevy', year)
  if (data.mode === 'perUser') {
    return {
      equation: inEveryLanguage('explain.equation.increment_data_levy_perUser'),
      // Millions of users × € per user, in € bn.
      formula: mul(
        'data.users_2024',
        1e6,
        'users_growth',
        'phase',
        'levers.dataLevy.ratePerUser',
        'levers.dataLevy.modulation',
        BN,
      ),
      terms: [
        assumptionTerm(ctx, 'data.users_2024'),
        growthTerm(
          ctx,
          year,
          'data.users_growth',
          'users_growth',
          inEveryLanguage('explain.term.dataLevy.users_growth'),
        ),
        phase,
        settingTerm(ctx, 'levers.dataLevy.ratePerUser', data.ratePerUser, 'eur_per_user_year'),
        settingTerm(ctx, 'levers.dataLevy.modulation', data.modulation, 'share'),
      ],
    }
  }
  const applied = derivedTerm(
    'applied',
    inEveryLanguage('explain.term.dataLevy.applied'),
    'eur_per_gb',
    mul('phase', 'levers.dataLevy.ratePerGb'),
    [phase, settingTerm(ctx, 'levers.dataLevy.ratePerGb', data.ratePerGb, 'eur_per_gb')],
  )
  return {
    equation: inEveryLanguage('explain.equation.increment_data_levy_perVolume'),
    // € per GB × millions of GB (petabytes), in € bn.
    formula: mul(
      'applied',
      mul('data.volume_2024', 1e6, 'volume_growth'),
      pow(add(1, div('applied', 'data.value_per_gb')), mul(-1, 'data.minimisation_elasticity')),
      BN,
    ),
    terms: [
      applied,
      assumptionTerm(ctx, 'data.volume_2024'),
      growthTerm(
        ctx,
        year,
        'data.volume_growth',
        'volume_growth',
        inEveryLanguage('explain.term.dataLevy.volume_growth'),
      ),
      assumptionTerm(ctx, 'data.value_per_gb'),
      assumptionTerm(ctx, 'data.minimisation_elasticity'),
    ],
  }
}

const total: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.increment_total as Localized,
  formula: add(...INCREMENT_SERIES),
  terms: INCREMENT_SERIES.map((id) => seriesTerm(ctx, id, year, { depth })),
})

export const LEVER_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  revenue_dst_gross: dstGross,
  revenue_dst: dstNet,
  revenue_dst_current_law: dstCurrentLaw,
  increment_dst: dstIncrement,
  increment_data_levy: dataLevy,
  increment_total: total,
}

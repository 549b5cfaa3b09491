import {
  assumptionTerm,
  computedTerm,
  elapsedTerm,
  fill,
  seriesTerm,
  settingTerm,
} from './explain-context'
import type { ExplainContext } from './explain-context'
import type { SeriesBuilder } from './explain-finance'
import { EQUATIONS } from './explain-text'
import { add, div, max, mul, pow, sub } from './explain-types'
import type { Localized, Term } from './explain-types'
import { PLATFORM_SECTOR } from './ids'

type LeverGroup = 'dst' | 'dataLevy' | 'platformContribution'
const PHASES = {
  dst: 'phaseDst',
  dataLevy: 'phaseData',
  platformContribution: 'phasePlatform',
} as const
const PLATFORM_ADOPTION = `adoption.${PLATFORM_SECTOR}`

export function phaseValue(ctx: ExplainContext, group: LeverGroup, year: number): number {
  return ctx.replay.ws[PHASES[group]][year - ctx.baseYear] as number
}

/** The share of the lever's full effect in the year, from its start year and phase-in. */
export function phaseTerm(ctx: ExplainContext, group: LeverGroup, year: number): Term {
  const lever = ctx.replay.model.levers[group]
  return computedTerm(
    'phase',
    { fr: `Montée en charge en ${year}`, en: `Phase-in in ${year}` },
    phaseValue(ctx, group, year),
    'share',
    undefined,
    [
      settingTerm(ctx, `levers.${group}.startYear`, lever.startYear, 'year'),
      settingTerm(ctx, `levers.${group}.phaseInYears`, lever.phaseInYears, 'years'),
    ],
  )
}

/** A lever that collects nothing this year: 0, with the settings that say why. */
export function leverOff(ctx: ExplainContext, group: LeverGroup, year: number) {
  return {
    equation: fill(EQUATIONS.lever_off as Localized, { year }),
    formula: 0,
    terms: [phaseTerm(ctx, group, year)],
  }
}

const dstNet: SeriesBuilder = (ctx, year, depth) => {
  if (phaseValue(ctx, 'dst', year) === 0) return leverOff(ctx, 'dst', year)
  const passThrough = assumptionTerm(ctx, 'dst.pass_through')
  const consumers = assumptionTerm(ctx, 'dst.consumer_pass_through')
  return {
    equation: EQUATIONS.revenue_dst as Localized,
    formula: sub(
      mul('revenue_dst_gross', 'dst.deductibility'),
      mul('revenue_dst_gross', 'french_firms', 'macro.corporate_tax_rate'),
    ),
    terms: [
      seriesTerm(ctx, 'revenue_dst_gross', year, { depth }),
      assumptionTerm(ctx, 'dst.deductibility'),
      computedTerm(
        'french_firms',
        {
          fr: 'Part répercutée sur les entreprises françaises',
          en: 'Share passed on to French firms',
        },
        passThrough.value * (1 - consumers.value),
        'share',
        mul('dst.pass_through', sub(1, 'dst.consumer_pass_through')),
        [passThrough, consumers],
      ),
      assumptionTerm(ctx, 'macro.corporate_tax_rate'),
    ],
  }
}

function dstEffectiveRate(ctx: ExplainContext): Term {
  const dst = ctx.replay.model.levers.dst
  const rate = settingTerm(ctx, 'levers.dst.rate', dst.rate, 'share')
  if (!dst.tier.enabled) return { ...rate, key: 'effective' }
  const share = assumptionTerm(ctx, 'dst.large_group_share')
  return computedTerm(
    'effective',
    { fr: 'Taux effectif (avec la tranche)', en: 'Effective rate (with the tier)' },
    (1 - share.value) * dst.rate + share.value * dst.tier.rate,
    'share',
    add(
      mul(sub(1, 'dst.large_group_share'), 'levers.dst.rate'),
      mul('dst.large_group_share', 'levers.dst.tier.rate'),
    ),
    [rate, share, settingTerm(ctx, 'levers.dst.tier.rate', dst.tier.rate, 'share')],
  )
}

const dstGross: SeriesBuilder = (ctx, year) => {
  if (phaseValue(ctx, 'dst', year) === 0) return leverOff(ctx, 'dst', year)
  const i = year - ctx.baseYear
  const rate = computedTerm(
    'rate',
    { fr: 'Taux appliqué', en: 'Rate applied' },
    ctx.replay.dstRate[i] as number,
    'share',
    mul('phase', 'effective'),
    [phaseTerm(ctx, 'dst', year), dstEffectiveRate(ctx)],
  )
  const base = computedTerm(
    'base',
    { fr: 'Assiette de la TSN', en: 'DST base' },
    ctx.replay.dstBase[i] as number,
    'bn_eur',
    mul(
      'dst.base_2024',
      pow(add(1, 'dst.base_growth'), 'elapsed'),
      max(0, add(1, mul('dst.platform_link', sub('adoption', 'adoption0')))),
    ),
    [
      assumptionTerm(ctx, 'dst.base_2024'),
      assumptionTerm(ctx, 'dst.base_growth'),
      elapsedTerm(ctx, year),
      assumptionTerm(ctx, 'dst.platform_link'),
      seriesTerm(ctx, PLATFORM_ADOPTION, year, { key: 'adoption' }),
      seriesTerm(ctx, PLATFORM_ADOPTION, ctx.baseYear, {
        key: 'adoption0',
        label: {
          fr: `Adoption des plateformes, ${ctx.baseYear}`,
          en: `Platform adoption, ${ctx.baseYear}`,
        },
      }),
    ],
  )
  return {
    equation: EQUATIONS.revenue_dst_gross as Localized,
    formula: mul(
      'rate',
      'base',
      pow(div('rate', 'dst.reference_rate'), mul(-1, 'dst.rate_elasticity')),
    ),
    terms: [
      rate,
      base,
      assumptionTerm(ctx, 'dst.reference_rate'),
      assumptionTerm(ctx, 'dst.rate_elasticity'),
    ],
  }
}

/** Users or gigabytes in the year: the 2024 figure grown at its rate. */
function grown(
  ctx: ExplainContext,
  year: number,
  id: string,
  growth: string,
  label: Localized,
): Term {
  const start = assumptionTerm(ctx, id)
  const rate = assumptionTerm(ctx, growth)
  const elapsed = elapsedTerm(ctx, year)
  return computedTerm(
    'grown',
    label,
    start.value * Math.pow(1 + rate.value, elapsed.value),
    start.unit,
    mul(id, pow(add(1, growth), 'elapsed')),
    [start, rate, elapsed],
  )
}

const dataLevy: SeriesBuilder = (ctx, year) => {
  if (phaseValue(ctx, 'dataLevy', year) === 0) return leverOff(ctx, 'dataLevy', year)
  const data = ctx.replay.model.levers.dataLevy
  const phase = phaseTerm(ctx, 'dataLevy', year)
  if (data.mode === 'perUser') {
    return {
      equation: EQUATIONS.revenue_data_levy_perUser as Localized,
      // Millions of users × € per user, in € bn.
      formula: mul(
        'grown',
        'levers.dataLevy.ratePerUser',
        'levers.dataLevy.modulation',
        'phase',
        1e-3,
      ),
      terms: [
        grown(ctx, year, 'data.users_2024', 'data.users_growth', {
          fr: 'Internautes suivis',
          en: 'Users monitored',
        }),
        settingTerm(ctx, 'levers.dataLevy.ratePerUser', data.ratePerUser, 'eur_per_user_year'),
        settingTerm(ctx, 'levers.dataLevy.modulation', data.modulation, 'share'),
        phase,
      ],
    }
  }
  const applied = computedTerm(
    'applied',
    { fr: 'Tarif appliqué', en: 'Tariff applied' },
    phase.value * data.ratePerGb,
    'eur_per_gb',
    mul('phase', 'levers.dataLevy.ratePerGb'),
    [phase, settingTerm(ctx, 'levers.dataLevy.ratePerGb', data.ratePerGb, 'eur_per_gb')],
  )
  return {
    equation: EQUATIONS.revenue_data_levy_perVolume as Localized,
    // € per GB × petabytes (millions of GB), in € bn.
    formula: mul(
      'applied',
      'grown',
      pow(add(1, div('applied', 'data.value_per_gb')), mul(-1, 'data.minimisation_elasticity')),
      1e-3,
    ),
    terms: [
      applied,
      grown(ctx, year, 'data.volume_2024', 'data.volume_growth', {
        fr: 'Volume sortant',
        en: 'Outgoing volume',
      }),
      assumptionTerm(ctx, 'data.value_per_gb'),
      assumptionTerm(ctx, 'data.minimisation_elasticity'),
    ],
  }
}

export const LEVER_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  revenue_dst: dstNet,
  revenue_dst_gross: dstGross,
  revenue_data_levy: dataLevy,
}

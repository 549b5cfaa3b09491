import {
  assumptionTerm,
  computedTerm,
  elapsedTerm,
  seriesTerm,
  settingTerm,
} from './explain-context'
import type { ExplainContext } from './explain-context'
import type { SeriesBuilder } from './explain-finance'
import { leverOff, phaseTerm, phaseValue } from './explain-levers'
import { EQUATIONS } from './explain-text'
import { add, div, mul, pow, sub } from './explain-types'
import type { Expr, Localized, Term } from './explain-types'
import { PLATFORM_SECTOR } from './ids'

const BASE_LABELS: Record<'gmv' | 'commission' | 'profit', Localized> = {
  gmv: {
    fr: 'Assiette : volume d’affaires (part taxée)',
    en: 'Base: gross merchandise value (share taxed)',
  },
  commission: {
    fr: 'Assiette : commissions (part du volume d’affaires)',
    en: 'Base: commissions (share of GMV)',
  },
  profit: {
    fr: 'Assiette : bénéfices (part du volume d’affaires)',
    en: 'Base: profits (share of GMV)',
  },
}

/** The four parts of the platform contribution in a year, as projectLeverRevenue computes them. */
export function platformParts(ctx: ExplainContext, year: number): Term[] {
  const r = ctx.replay
  const i = year - ctx.baseYear
  const pc = r.model.levers.platformContribution
  const phase = phaseTerm(ctx, 'platformContribution', year)
  const adoption = `adoption.${PLATFORM_SECTOR}`
  const adoption0 = seriesTerm(ctx, adoption, ctx.baseYear, {
    key: 'adoption0',
    label: {
      fr: `Adoption des plateformes, ${ctx.baseYear}`,
      en: `Platform adoption, ${ctx.baseYear}`,
    },
  })
  const growth: Expr = pow(add(1, 'platform.base_growth'), 'elapsed')
  const scale = computedTerm(
    'scale',
    { fr: 'Activité des plateformes rapportée à 2024', en: 'Platform activity relative to 2024' },
    r.platformScale[i] as number,
    'ratio',
    adoption0.value > 0 ? mul(growth, div('adoption', 'adoption0')) : growth,
    [
      assumptionTerm(ctx, 'platform.base_growth'),
      elapsedTerm(ctx, year),
      seriesTerm(ctx, adoption, year, { key: 'adoption' }),
      adoption0,
    ],
  )
  const commission = assumptionTerm(ctx, 'platform.commission_share')
  const baseFactor = computedTerm(
    'base_factor',
    BASE_LABELS[pc.base],
    r.baseFactor,
    'share',
    pc.base === 'gmv'
      ? 1
      : pc.base === 'commission'
        ? 'platform.commission_share'
        : mul('platform.commission_share', 'platform.profit_margin'),
    pc.base === 'gmv'
      ? []
      : pc.base === 'commission'
        ? [commission]
        : [commission, assumptionTerm(ctx, 'platform.profit_margin')],
  )
  const levy = computedTerm(
    'levy',
    { fr: 'Contribution prélevée', en: 'Contribution levied' },
    r.levy[i] as number,
    'bn_eur',
    mul('phase', 'levers.platformContribution.rate', 'base_factor', 'platform.gmv_2024', 'scale'),
    [
      phase,
      settingTerm(ctx, 'levers.platformContribution.rate', pc.rate, 'share'),
      baseFactor,
      assumptionTerm(ctx, 'platform.gmv_2024'),
      scale,
    ],
  )
  const evasion = assumptionTerm(ctx, 'platform.evasion_rate')
  const evaded = computedTerm(
    'evasion_effective',
    { fr: 'Taux de fraude effectif', en: 'Effective evasion rate' },
    r.effectiveEvasion[i] as number,
    'share',
    pc.atSourceCollection
      ? sub(
          'platform.evasion_rate',
          mul('phase', sub('platform.evasion_rate', 'platform.evasion_at_source')),
        )
      : 'platform.evasion_rate',
    pc.atSourceCollection
      ? [evasion, assumptionTerm(ctx, 'platform.evasion_at_source'), phase]
      : [evasion],
  )
  const micro = assumptionTerm(ctx, 'contrib.micro_rate')
  const workers = computedTerm(
    'workers',
    { fr: 'Travailleurs des plateformes', en: 'Platform workers' },
    assumptionTerm(ctx, 'platform.workers_2024').value * scale.value,
    'persons',
    mul('platform.workers_2024', 'scale'),
    [assumptionTerm(ctx, 'platform.workers_2024'), scale],
  )
  const requalified = computedTerm(
    'requalified',
    { fr: 'Travailleurs requalifiés salariés', en: 'Workers requalified as employees' },
    phase.value * pc.requalificationShare * workers.value,
    'persons',
    mul('phase', 'levers.platformContribution.requalificationShare', 'workers'),
    [
      phase,
      settingTerm(
        ctx,
        'levers.platformContribution.requalificationShare',
        pc.requalificationShare,
        'share',
      ),
      workers,
    ],
  )
  const turnover = computedTerm(
    'turnover',
    { fr: 'Chiffre d’affaires par travailleur', en: 'Turnover per worker' },
    assumptionTerm(ctx, 'platform.turnover_per_worker').value *
      Math.pow(1 + assumptionTerm(ctx, 'macro.wage_growth').value, year - ctx.baseYear),
    'eur_per_year',
    mul('platform.turnover_per_worker', pow(add(1, 'macro.wage_growth'), 'elapsed')),
    [
      assumptionTerm(ctx, 'platform.turnover_per_worker'),
      assumptionTerm(ctx, 'macro.wage_growth'),
      elapsedTerm(ctx, year),
    ],
  )
  const employer = computedTerm(
    'employer',
    { fr: 'Taux patronal au salaire requalifié', en: 'Employer rate at the requalified wage' },
    r.requalifiedEmployerRate,
    'share',
  )
  const salaried = computedTerm(
    'salaried',
    { fr: 'Prélèvements salariés par euro', en: 'Salaried receipts per euro' },
    r.salariedRate,
    'share',
    add('employer', 'contrib.employee_rate', 'contrib.csg_crds_rate'),
    [
      employer,
      assumptionTerm(ctx, 'contrib.employee_rate'),
      assumptionTerm(ctx, 'contrib.csg_crds_rate'),
    ],
  )
  const staying = computedTerm(
    'staying',
    { fr: 'Part des emplois requalifiés maintenus', en: 'Share of requalified jobs kept' },
    r.stayingShare,
    'share',
    undefined,
    [assumptionTerm(ctx, 'platform.employment_elasticity'), employer],
  )
  const wageRatio = assumptionTerm(ctx, 'platform.requalified_wage_ratio')
  return [
    levy,
    computedTerm(
      'pass_back',
      { fr: 'Cotisations perdues des travailleurs', en: 'Workers’ contributions lost' },
      r.passBackLoss[i] as number,
      'bn_eur',
      mul('platform.worker_pass_back', 'levy', 'contrib.micro_rate', sub(1, 'evasion_effective')),
      [assumptionTerm(ctx, 'platform.worker_pass_back'), levy, micro, evaded],
    ),
    computedTerm(
      'requalification',
      { fr: 'Gain de la requalification', en: 'Gain from requalification' },
      r.requalificationGain[i] as number,
      'bn_eur',
      // Salaried contributions of those kept, minus the micro-social ones they paid (€ → € bn).
      mul(
        'requalified',
        'turnover',
        sub(
          mul('staying', 'platform.requalified_wage_ratio', 'salaried'),
          mul('contrib.micro_rate', sub(1, 'evasion_effective')),
        ),
        1e-9,
      ),
      [requalified, turnover, staying, wageRatio, salaried, micro, evaded],
    ),
    computedTerm(
      'at_source',
      { fr: 'Gain du précompte', en: 'Gain from collection at source' },
      r.atSourceGain[i] as number,
      'bn_eur',
      mul(
        sub('workers', 'requalified'),
        'turnover',
        'contrib.micro_rate',
        sub('platform.evasion_rate', 'evasion_effective'),
        1e-9,
      ),
      [workers, requalified, turnover, micro, evasion, evaded],
    ),
  ]
}

const revenuePlatform: SeriesBuilder = (ctx, year) => {
  if (phaseValue(ctx, 'platformContribution', year) === 0)
    return leverOff(ctx, 'platformContribution', year)
  return {
    equation: EQUATIONS.revenue_platform as Localized,
    formula: add(sub('levy', 'pass_back'), 'requalification', 'at_source'),
    terms: platformParts(ctx, year),
  }
}

const leverRevenueTotal: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.lever_revenue_total as Localized,
  formula: add('revenue_dst', 'revenue_data_levy', 'revenue_platform'),
  terms: ['revenue_dst', 'revenue_data_levy', 'revenue_platform'].map((id) =>
    seriesTerm(ctx, id, year, { depth }),
  ),
})

const leverRevenueEarmarked: SeriesBuilder = (ctx, year, depth) => {
  const earmark = ctx.replay.model.levers.earmarking
  const platformOn = phaseValue(ctx, 'platformContribution', year) > 0
  const terms = [
    settingTerm(ctx, 'levers.earmarking.dst', earmark.dst, 'share'),
    seriesTerm(ctx, 'revenue_dst', year, { depth }),
    settingTerm(ctx, 'levers.earmarking.dataLevy', earmark.dataLevy, 'share'),
    seriesTerm(ctx, 'revenue_data_levy', year, { depth }),
    ...(platformOn
      ? [
          settingTerm(
            ctx,
            'levers.earmarking.platformContribution',
            earmark.platformContribution,
            'share',
          ),
          ...platformParts(ctx, year),
        ]
      : []),
  ]
  const levers: Expr[] = [
    mul('levers.earmarking.dst', 'revenue_dst'),
    mul('levers.earmarking.dataLevy', 'revenue_data_levy'),
  ]
  // Contributions gained or lost go to social security whatever the earmarking of the levy.
  const platform: Expr[] = platformOn
    ? [
        sub(mul('levers.earmarking.platformContribution', 'levy'), 'pass_back'),
        'requalification',
        'at_source',
      ]
    : []
  return {
    equation: EQUATIONS.lever_revenue_earmarked as Localized,
    formula: add(...levers, ...platform),
    terms,
  }
}

export const PLATFORM_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  revenue_platform: revenuePlatform,
  lever_revenue_total: leverRevenueTotal,
  lever_revenue_earmarked: leverRevenueEarmarked,
}

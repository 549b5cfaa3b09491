import {
  assumptionTerm,
  computedTerm,
  elapsedTerm,
  sectorAssumptionTerm,
  sectorLabel,
  SECTORS,
  seriesTerm,
} from './explain-context'
import type { ExplainContext } from './explain-context'
import type { SeriesBuilder } from './explain-finance'
import { EQUATIONS } from './explain-text'
import { add, div, max, mul, pow, sub } from './explain-types'
import type { Localized, Term } from './explain-types'
import type { SectorId } from './ids'

/** Legal monthly hours (35 h a week) × 12, as in project.ts. */
const HOURS_PER_YEAR = 151.67 * 12

function adoptionTerms(ctx: ExplainContext, sector: SectorId, year: number): Term[] {
  const name = sectorLabel(ctx, sector)
  return [
    seriesTerm(ctx, `adoption.${sector}`, year, { key: 'adoption' }),
    seriesTerm(ctx, `adoption.${sector}`, ctx.baseYear, {
      key: 'adoption0',
      label: {
        fr: `Adoption : ${name.fr}, ${ctx.baseYear}`,
        en: `Adoption: ${name.en}, ${ctx.baseYear}`,
      },
    }),
  ]
}

/** One sector's displaced stock: counterfactual jobs × θ × (A − A₀) / (1 − θ·A₀). */
function sectorJobs(sector: SectorId): SeriesBuilder {
  return (ctx, year) => {
    const s = SECTORS.indexOf(sector)
    const field = (f: string) => sectorAssumptionTerm(ctx, sector, f, f)
    const counterfactual = computedTerm(
      'counterfactual',
      {
        fr: 'Emplois du contrefactuel (sans nouvelle adoption)',
        en: 'Counterfactual jobs (no new adoption)',
      },
      ctx.replay.counterfactual[s]?.[year - ctx.baseYear] as number,
      'fte',
      mul('jobs', 'fte_factor', pow(mul(add(1, 'volume_growth'), add(1, 'drift')), 'elapsed')),
      [
        field('jobs'),
        field('fte_factor'),
        field('volume_growth'),
        field('drift'),
        elapsedTerm(ctx, year),
      ],
    )
    return {
      equation: EQUATIONS.jobs_displaced_total as Localized,
      formula: div(
        mul('counterfactual', 'theta', sub('adoption', 'adoption0')),
        max(1e-9, sub(1, mul('theta', 'adoption0'))),
      ),
      terms: [counterfactual, field('theta'), ...adoptionTerms(ctx, sector, year)],
    }
  }
}

const jobsTotal: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.jobs_displaced_total as Localized,
  formula: add(...SECTORS),
  terms: SECTORS.map((sector) =>
    seriesTerm(ctx, `jobs_displaced.${sector}`, year, {
      key: sector,
      depth,
      label: sectorLabel(ctx, sector),
    }),
  ),
})

const consumerHours: SeriesBuilder = (ctx, year) => ({
  equation: EQUATIONS.consumer_work_hours as Localized,
  formula: add(...SECTORS),
  terms: SECTORS.map((sector) => {
    const children = [
      sectorAssumptionTerm(ctx, sector, 'transactions_2024', 'transactions'),
      sectorAssumptionTerm(ctx, sector, 'minutes_per_transaction', 'minutes'),
      sectorAssumptionTerm(ctx, sector, 'volume_growth', 'volume_growth'),
      elapsedTerm(ctx, year),
      ...adoptionTerms(ctx, sector, year).slice(0, 1),
    ]
    const [transactions, minutes, volume, elapsed, adoption] = children.map((t) => t.value) as [
      number,
      number,
      number,
      number,
      number,
    ]
    return computedTerm(
      sector,
      sectorLabel(ctx, sector),
      ((transactions * minutes) / 60) * Math.pow(1 + volume, elapsed) * adoption,
      'million_hours',
      mul('transactions', 'minutes', 1 / 60, pow(add(1, 'volume_growth'), 'elapsed'), 'adoption'),
      children,
    )
  }),
})

const consumerValue: SeriesBuilder = (ctx, year, depth) => {
  const smic = assumptionTerm(ctx, 'macro.smic_annual')
  const growth = assumptionTerm(ctx, 'macro.wage_growth')
  const elapsed = elapsedTerm(ctx, year)
  return {
    equation: EQUATIONS.consumer_work_value as Localized,
    // Million hours × € per hour, in € bn.
    formula: mul('consumer_work_hours', 'smic', 1e-3 / HOURS_PER_YEAR),
    terms: [
      seriesTerm(ctx, 'consumer_work_hours', year, { depth }),
      computedTerm(
        'smic',
        { fr: `SMIC annuel en ${year}`, en: `Annual SMIC in ${year}` },
        smic.value * Math.pow(1 + growth.value, elapsed.value),
        'eur_per_year',
        mul('macro.smic_annual', pow(add(1, 'macro.wage_growth'), 'elapsed')),
        [smic, growth, elapsed],
      ),
    ],
  }
}

export const PEOPLE_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  jobs_displaced_total: jobsTotal,
  consumer_work_hours: consumerHours,
  consumer_work_value: consumerValue,
  ...Object.fromEntries(SECTORS.map((sector) => [`jobs_displaced.${sector}`, sectorJobs(sector)])),
}

import { inEveryLanguage } from '../../i18n/in-every-language'
import {
  assumptionTerm,
  BN,
  computedTerm,
  constantTerm,
  elapsedTerm,
  recorded,
  sectorAssumptionTerm,
  sectorLabel,
  sectorRecorded,
  SECTORS,
  seriesTerm,
} from './explain-context'
import type { ExplainContext, SeriesBuilder } from './explain-context'
import { bySector } from './explain-pools'
import { EQUATIONS } from './explain-text'
import { add, div, max, mul, pow, sub } from './explain-types'
import type { Localized, Term } from './explain-types'
import type { SectorId } from '../engine/ids'
import { HOURS_PER_YEAR } from '../engine/labour'
import { ST, T } from '../engine/terms'

/** Jobs displaced by sector, and the work consumers do instead. */

function adoptionTerms(ctx: ExplainContext, sector: SectorId, year: number): Term[] {
  const name = sectorLabel(ctx, sector)
  return [
    seriesTerm(ctx, `adoption.${sector}`, year, { key: 'adoption' }),
    seriesTerm(ctx, `adoption.${sector}`, ctx.baseYear, {
      key: 'adoption0',
      label: inEveryLanguage('explain.term.adoption_base', {
        sector: name,
        year: String(ctx.baseYear),
      }),
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
      inEveryLanguage('explain.term.counterfactual'),
      sectorRecorded(ctx, s, ST.counterfactual, year),
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
      equation: EQUATIONS.jobs_displaced_sector as Localized,
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

const consumerHours: SeriesBuilder = (ctx, year) => {
  const made = bySector(ctx, 'million_hours', (_, sector) => ({
    formula: mul(
      div(mul('transactions', 'minutes'), 60),
      pow(add(1, 'volume_growth'), 'elapsed'),
      'adoption',
    ),
    terms: [
      sectorAssumptionTerm(ctx, sector, 'transactions_2024', 'transactions'),
      sectorAssumptionTerm(ctx, sector, 'minutes_per_transaction', 'minutes'),
      sectorAssumptionTerm(ctx, sector, 'volume_growth', 'volume_growth'),
      elapsedTerm(ctx, year),
      ...adoptionTerms(ctx, sector, year).slice(0, 1),
    ],
  }))
  return { equation: EQUATIONS.consumer_work_hours as Localized, ...made }
}

const timeSaved: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.consumer_time_saved as Localized,
  formula: mul('consumer.time_saved_share', 'consumer_work_hours'),
  terms: [
    assumptionTerm(ctx, 'consumer.time_saved_share'),
    seriesTerm(ctx, 'consumer_work_hours', year, { depth }),
  ],
})

/** The year's SMIC (annual, for legal hours), from the hourly SMIC the engine indexed. */
export function smicYearTerm(ctx: ExplainContext, year: number): Term {
  return computedTerm(
    'smic',
    inEveryLanguage('explain.term.smic_year', { year: String(year) }),
    recorded(ctx, T.smic_hourly, year) * HOURS_PER_YEAR,
    'eur_per_year',
    mul('macro.smic_annual', pow(add(1, 'macro.wage_growth'), 'elapsed')),
    [
      assumptionTerm(ctx, 'macro.smic_annual'),
      assumptionTerm(ctx, 'macro.wage_growth'),
      elapsedTerm(ctx, year),
    ],
  )
}

export function legalHoursTerm(): Term {
  return constantTerm(
    'legal_hours',
    inEveryLanguage('explain.term.legal_hours'),
    HOURS_PER_YEAR,
    'hours_per_year',
  )
}

const consumerValue: SeriesBuilder = (ctx, year, depth) => ({
  equation: EQUATIONS.consumer_work_value as Localized,
  // Million hours × € per hour, in € bn.
  formula: mul(
    sub('consumer_work_hours', 'consumer_time_saved'),
    1e6,
    div('smic', 'legal_hours'),
    BN,
  ),
  terms: [
    seriesTerm(ctx, 'consumer_work_hours', year, { depth }),
    seriesTerm(ctx, 'consumer_time_saved', year, { depth }),
    smicYearTerm(ctx, year),
    legalHoursTerm(),
  ],
})

export const PEOPLE_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  jobs_displaced_total: jobsTotal,
  consumer_work_hours: consumerHours,
  consumer_time_saved: timeSaved,
  consumer_work_value: consumerValue,
  ...Object.fromEntries(SECTORS.map((sector) => [`jobs_displaced.${sector}`, sectorJobs(sector)])),
}

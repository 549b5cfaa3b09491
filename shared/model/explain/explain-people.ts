import { inEveryLanguage } from '../../i18n/in-every-language'
import {
  assumptionTerm,
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
import { EQUATIONS } from './explain-text'
import { add, div, max, mul, pow, sub } from './explain-types'
import type { Localized, Term } from './explain-types'
import type { SectorId } from '../engine/ids'
import { HOURS_PER_YEAR } from '../engine/labour'
import { ST, T } from '../engine/terms'

/** Jobs displaced by sector; the SMIC terms the consumer's ledger values time with. */

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

export const PEOPLE_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  jobs_displaced_total: jobsTotal,
  ...Object.fromEntries(SECTORS.map((sector) => [`jobs_displaced.${sector}`, sectorJobs(sector)])),
}

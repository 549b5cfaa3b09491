import { inEveryLanguage, textsOf, untranslated } from '../../i18n/in-every-language'
import {
  assumptionTerm,
  BN,
  computedTerm,
  derivedTerm,
  sectorConstant,
  sectorLabel,
  sectorRecorded,
  SECTORS,
  seriesTerm,
} from './explain-context'
import type { ExplainContext, SeriesBuilder } from './explain-context'
import { EQUATIONS } from './explain-text'
import { add, max, mul, sub } from './explain-types'
import type { Expr, Localized, Term } from './explain-types'
import type { SectorId } from '../engine/ids'
import { SC, ST } from '../engine/terms'
import { keptPostsPaidByState } from '../levers/staffed-channel'
import type { SectorTermId } from '../engine/terms'
import type { Unit } from '../engine/units'

/** The labour-market pools of one sector in a year, as the engine recorded them. */

const POOL_IDS = [
  'unemployed_short',
  'unemployed_long',
  'entrants',
  'exits',
  'reemployed_short',
  'reemployed_long',
  'redeployed',
  'attrition',
  'counterfactual',
] as const

const POOL_LABELS: Partial<Record<SectorTermId, Localized>> = textsOf(
  POOL_IDS,
  (id) => `explain.pool.${id}`,
)

/** A sector term the engine recorded, as a term. */
export function poolTerm(
  ctx: ExplainContext,
  s: number,
  id: SectorTermId,
  year: number,
  key: string = id,
  unit: Unit = 'fte',
): Term {
  const label = POOL_LABELS[id] ?? untranslated(id)
  return computedTerm(key, label, sectorRecorded(ctx, s, ST[id], year), unit)
}

export function wageTerm(ctx: ExplainContext, s: number, year: number): Term {
  return computedTerm(
    'wage',
    inEveryLanguage('explain.term.wage', { year: String(year) }),
    sectorRecorded(ctx, s, ST.wage, year),
    'eur_per_year',
    undefined,
    [
      assumptionTerm(ctx, `sector.${SECTORS[s] as SectorId}.wage`, 'wage0'),
      assumptionTerm(ctx, 'macro.wage_growth'),
    ],
  )
}

/** People out of work or out of the labour force: they pay nothing on their former wage. */
export function outTerm(ctx: ExplainContext, s: number, year: number): Term {
  return derivedTerm(
    'out',
    inEveryLanguage('explain.term.out'),
    'fte',
    add('unemployed_short', 'unemployed_long', 'entrants', 'exits'),
    [
      poolTerm(ctx, s, 'unemployed_short', year),
      poolTerm(ctx, s, 'unemployed_long', year),
      poolTerm(ctx, s, 'entrants', year),
      poolTerm(ctx, s, 'exits', year),
    ],
  )
}

/** The assumptions that move people between pools (informational terms). */
export function flowAssumptions(ctx: ExplainContext): Term[] {
  return [
    'labour.reemployment_hazard',
    'labour.reemployment_hazard_long',
    'labour.entrant_hazard',
    'labour.exit_rate',
    'labour.attrition_share',
    'labour.redeployment_share',
  ].map((id) => assumptionTerm(ctx, id))
}

/** A sum over sectors: one derived term per sector, added. */
export function bySector(
  ctx: ExplainContext,
  unit: Unit,
  make: (s: number, sector: SectorId) => { formula: Expr; terms: Term[] } | null,
): { formula: Expr; terms: Term[] } {
  const terms: Term[] = []
  SECTORS.forEach((sector, s) => {
    const made = make(s, sector)
    if (made)
      terms.push(derivedTerm(sector, sectorLabel(ctx, sector), unit, made.formula, made.terms))
  })
  return { formula: add(...terms.map((t) => t.key)), terms }
}

const sumOfPools =
  (key: string, pools: readonly SectorTermId[]): SeriesBuilder =>
  (ctx, year) => {
    const made = bySector(ctx, 'fte', (s) => ({
      formula: add(...pools),
      terms: pools.map((id) => poolTerm(ctx, s, id, year)),
    }))
    return {
      equation: EQUATIONS[key] as Localized,
      formula: made.formula,
      terms: [...made.terms, ...flowAssumptions(ctx)],
    }
  }

const PUBLIC_COUNTER = SECTORS.indexOf('public_counter')

/** Posts gone and not redeployed: max(0, jobs displaced − redeployed). */
function goneTerm(ctx: ExplainContext, s: number, sector: SectorId, year: number): Term {
  return derivedTerm(
    'gone',
    inEveryLanguage('explain.term.gone'),
    'fte',
    max(0, sub('displaced', 'redeployed')),
    [
      seriesTerm(ctx, `jobs_displaced.${sector}`, year, { key: 'displaced' }),
      poolTerm(ctx, s, 'redeployed', year),
    ],
  )
}

/**
 * Posts firms no longer pay for when the State pays for those a staffed channel keeps:
 * max(0, jobs displaced + posts kept − redeployed).
 */
function goneForFirmsTerm(ctx: ExplainContext, s: number, sector: SectorId, year: number): Term {
  return derivedTerm(
    'gone',
    inEveryLanguage('explain.term.gone_for_firms'),
    'fte',
    max(0, sub(add('displaced', 'kept_posts'), 'redeployed')),
    [
      seriesTerm(ctx, `jobs_displaced.${sector}`, year, { key: 'displaced' }),
      computedTerm(
        'kept_posts',
        inEveryLanguage('explain.term.staffed.kept_posts'),
        sectorRecorded(ctx, s, ST.staffed_kept, year),
        'fte',
      ),
      poolTerm(ctx, s, 'redeployed', year),
    ],
  )
}

const civilTerm = (ctx: ExplainContext) =>
  assumptionTerm(ctx, 'sector.public_counter.civil_servant_share', 'civil')

const labourCostSaved: SeriesBuilder = (ctx, year) => {
  const made = bySector(ctx, 'bn_eur', (s, sector) => {
    const employer = computedTerm(
      'employer_rate',
      inEveryLanguage('explain.term.employer_rate'),
      sectorConstant(ctx, s, SC.employer_rate),
      'share',
    )
    const gone = keptPostsPaidByState(ctx.model)
      ? goneForFirmsTerm(ctx, s, sector, year)
      : goneTerm(ctx, s, sector, year)
    const terms = [gone, wageTerm(ctx, s, year), employer]
    const common: Expr[] = ['wage', add(1, 'employer_rate'), BN]
    if (s === PUBLIC_COUNTER)
      return {
        formula: mul(sub(1, 'civil'), 'gone', ...common),
        terms: [civilTerm(ctx), ...terms],
      }
    return { formula: mul('gone', ...common), terms }
  })
  return {
    equation: EQUATIONS.labour_cost_saved as Localized,
    formula: made.formula,
    terms: [...made.terms, assumptionTerm(ctx, 'labour.redeployment_share')],
  }
}

const stateSavings: SeriesBuilder = (ctx, year) => {
  const made = bySector(ctx, 'bn_eur', (s, sector) =>
    s === PUBLIC_COUNTER
      ? {
          formula: mul('civil', 'gone', 'wage', BN),
          terms: [civilTerm(ctx), goneTerm(ctx, s, sector, year), wageTerm(ctx, s, year)],
        }
      : null,
  )
  return { equation: EQUATIONS.state_savings as Localized, ...made }
}

const attrition: SeriesBuilder = (ctx, year) => {
  const made = bySector(ctx, 'fte', (s) => ({
    formula: 'attrition',
    terms: [
      {
        ...poolTerm(ctx, s, 'attrition', year),
        terms: [
          computedTerm(
            'attrition_share',
            inEveryLanguage('explain.term.attrition_share'),
            sectorConstant(ctx, s, SC.attrition_share),
            'share',
          ),
        ],
      },
    ],
  }))
  return {
    equation: EQUATIONS.jobs_displaced_attrition as Localized,
    formula: made.formula,
    terms: [...made.terms, assumptionTerm(ctx, 'labour.attrition_share'), civilTerm(ctx)],
  }
}

export const POOL_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  unemployed_pool: sumOfPools('unemployed_pool', [
    'unemployed_short',
    'unemployed_long',
    'entrants',
  ]),
  labour_force_exits: sumOfPools('labour_force_exits', ['exits']),
  jobs_displaced_attrition: attrition,
  labour_cost_saved: labourCostSaved,
  state_savings: stateSavings,
}

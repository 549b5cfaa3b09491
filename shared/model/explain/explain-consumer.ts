import { inEveryLanguage } from '../../i18n/in-every-language'
import {
  assumptionTerm,
  at,
  BN,
  computedTerm,
  constantTerm,
  derivedTerm,
  elapsedTerm,
  growthTerm,
  recorded,
  sectorAssumptionTerm,
  sectorRecorded,
  SECTORS,
  seriesTerm,
} from './explain-context'
import type { ExplainContext, SeriesBuilder } from './explain-context'
import { legalHoursTerm, smicYearTerm } from './explain-people'
import { bySector } from './explain-pools'
import { EQUATIONS } from './explain-text'
import { add, div, max, min, mul, pow, sub } from './explain-types'
import type { Expr, Localized, Term } from './explain-types'
import type { SectorId } from '../engine/ids'
import { ST, T } from '../engine/terms'
import { keptShareTerm } from '../levers/staffed-channel-explain'

/**
 * The consumer's ledger (consumer.ts): time given and saved, coproduction imposed, people left
 * out, assisted access, the value of users' data and the channels' footprint.
 */

const equation = (id: string) => EQUATIONS[id] as Localized

/** A sector's transactions in a year (millions): base-year count × (1 + volume growth)^years. */
function transactionsTerm(ctx: ExplainContext, sector: SectorId, year: number): Term {
  return derivedTerm(
    'transactions',
    inEveryLanguage('explain.term.consumer.transactions', { year: String(year) }),
    'million_per_year',
    mul('transactions_2024', pow(add(1, 'volume_growth'), 'elapsed')),
    [
      sectorAssumptionTerm(ctx, sector, 'transactions_2024', 'transactions_2024'),
      sectorAssumptionTerm(ctx, sector, 'volume_growth', 'volume_growth'),
      elapsedTerm(ctx, year),
    ],
  )
}

function adoptionTerm(ctx: ExplainContext, sector: SectorId, year: number, key = 'adoption') {
  return seriesTerm(ctx, `adoption.${sector}`, year, {
    key,
    ...(key === 'adoption0' && {
      label: inEveryLanguage('explain.term.adoption_base', {
        sector: ctx.baseline.sectors[sector].label,
        year: String(ctx.baseYear),
      }),
    }),
  })
}

/** Self-service gained since the base year in a sector (million transactions). */
function riseTerms(ctx: ExplainContext, sector: SectorId, year: number): Term[] {
  return [
    transactionsTerm(ctx, sector, year),
    adoptionTerm(ctx, sector, year),
    adoptionTerm(ctx, sector, ctx.baseYear, 'adoption0'),
  ]
}
const RISE: Expr = mul('transactions', sub('adoption', 'adoption0'))

/** Adoption as its curve would have it, before any staffed channel kept open. */
function freeAdoptionTerm(ctx: ExplainContext, s: number, year: number): Term {
  return computedTerm(
    'adoption_free',
    inEveryLanguage('explain.term.consumer.adoption_free'),
    ctx.ws.adoptionFree[s * ctx.ws.years + at(ctx, year)] as number,
    'share',
  )
}

/** Imposed self-service in a sector: transactions × max(0, A_free − A₀) × imposed share × (1 − kept). */
function imposedTerm(ctx: ExplainContext, s: number, sector: SectorId, year: number): Term {
  return derivedTerm(
    'imposed',
    inEveryLanguage('explain.term.consumer.imposed'),
    'million_per_year',
    mul('transactions', max(0, sub('adoption_free', 'adoption0')), 'imposed_share', sub(1, 'kept')),
    [
      transactionsTerm(ctx, sector, year),
      freeAdoptionTerm(ctx, s, year),
      adoptionTerm(ctx, sector, ctx.baseYear, 'adoption0'),
      sectorAssumptionTerm(ctx, sector, 'imposed_share', 'imposed_share'),
      keptShareTerm(ctx, year),
    ],
  )
}

/** Hours per sector: transactions × adoption (or its gain) × minutes / 60. */
function hours(field: string, net: boolean): SeriesBuilder {
  return (ctx, year) => {
    const made = bySector(ctx, 'million_hours', (_, sector) => {
      if (!net)
        return {
          formula: div(mul('transactions', 'adoption', 'minutes'), 60),
          terms: [
            transactionsTerm(ctx, sector, year),
            adoptionTerm(ctx, sector, year),
            sectorAssumptionTerm(ctx, sector, field, 'minutes'),
          ],
        }
      return {
        formula: div(mul(RISE, sub('minutes', 'minutes_saved')), 60),
        terms: [
          ...riseTerms(ctx, sector, year),
          sectorAssumptionTerm(ctx, sector, 'minutes_per_transaction', 'minutes'),
          sectorAssumptionTerm(ctx, sector, 'minutes_saved_per_transaction', 'minutes_saved'),
        ],
      }
    })
    const id = net
      ? 'consumer_time_net_change'
      : field === 'minutes_per_transaction'
        ? 'consumer_work_hours'
        : 'consumer_time_saved'
    return { equation: equation(id), ...made }
  }
}

/** An hour of the consumer's time in a year: hourly SMIC × the chosen multiple. */
function timeValueTerm(ctx: ExplainContext, year: number): Term {
  return computedTerm(
    'time_value',
    inEveryLanguage('explain.term.consumer.time_value', { year: String(year) }),
    recorded(ctx, T.time_value_hourly, year),
    'eur_per_hour',
    mul(div('smic', 'legal_hours'), 'consumer.time_value_smic_multiple'),
    [
      smicYearTerm(ctx, year),
      legalHoursTerm(),
      assumptionTerm(ctx, 'consumer.time_value_smic_multiple'),
    ],
  )
}

const consumerValue: SeriesBuilder = (ctx, year, depth) => ({
  equation: equation('consumer_work_value'),
  formula: mul('consumer_time_net_change', 1e6, 'time_value', BN),
  terms: [seriesTerm(ctx, 'consumer_time_net_change', year, { depth }), timeValueTerm(ctx, year)],
})

const added: SeriesBuilder = (ctx, year) => ({
  equation: equation('coproduction_added'),
  ...bySector(ctx, 'million_per_year', (_, sector) => ({
    formula: RISE,
    terms: riseTerms(ctx, sector, year),
  })),
})

const imposed: SeriesBuilder = (ctx, year) => ({
  equation: equation('coproduction_imposed'),
  ...bySector(ctx, 'million_per_year', (s, sector) => ({
    formula: 'imposed',
    terms: [imposedTerm(ctx, s, sector, year)],
  })),
})

/** The share in illectronisme in a year: the observed share, declining since it was measured. */
function illectronismTerm(ctx: ExplainContext, year: number): Term {
  const measured = ctx.baseline.assumptions['exclusion.illectronism_share']?.year ?? ctx.baseYear
  return computedTerm(
    'illectronism',
    inEveryLanguage('explain.term.consumer.illectronism', { year: String(year) }),
    recorded(ctx, T.illectronism, year),
    'share',
    mul('exclusion.illectronism_share', pow(sub(1, 'exclusion.illectronism_decline'), 'since')),
    [
      assumptionTerm(ctx, 'exclusion.illectronism_share'),
      assumptionTerm(ctx, 'exclusion.illectronism_decline'),
      constantTerm(
        'since',
        inEveryLanguage('explain.term.consumer.since', { year: String(measured) }),
        year - measured,
        'years',
      ),
    ],
  )
}

/**
 * People in illectronisme who use a channel that is closing: population 15+ × illectronisme ×
 * (1 − Π over sectors of (1 − users share × closing share)), each sector's closing share the
 * imposed self-service over its base-year staffed channel.
 */
const peopleLosing: SeriesBuilder = (ctx, year) => {
  const sectors = SECTORS.map((sector, s) => {
    const closing = derivedTerm(
      'closing',
      inEveryLanguage('explain.term.consumer.closing'),
      'share',
      min(1, div('imposed', mul('transactions', max(1e-9, sub(1, 'adoption0'))))),
      [
        imposedTerm(ctx, s, sector, year),
        transactionsTerm(ctx, sector, year),
        adoptionTerm(ctx, sector, ctx.baseYear, 'adoption0'),
      ],
    )
    return derivedTerm(
      sector,
      ctx.baseline.sectors[sector].label,
      'share',
      sub(1, mul('users_share', 'closing')),
      [sectorAssumptionTerm(ctx, sector, 'users_share', 'users_share'), closing],
    )
  })
  return {
    equation: equation('people_losing_channel'),
    formula: mul(
      'exclusion.population_15plus',
      1e6,
      'illectronism',
      sub(1, mul(...sectors.map((t) => t.key))),
    ),
    terms: [
      assumptionTerm(ctx, 'exclusion.population_15plus'),
      illectronismTerm(ctx, year),
      ...sectors,
    ],
  }
}

const assisted: SeriesBuilder = (ctx, year, depth) => ({
  equation: equation('assisted_transactions'),
  formula: mul('coproduction_imposed', 'illectronism'),
  terms: [seriesTerm(ctx, 'coproduction_imposed', year, { depth }), illectronismTerm(ctx, year)],
})

const assistedCost: SeriesBuilder = (ctx, year, depth) => ({
  equation: equation('assisted_access_cost'),
  formula: mul('assisted_transactions', 1e6, 'cost_per_request', BN),
  terms: [
    seriesTerm(ctx, 'assisted_transactions', year, { depth }),
    computedTerm(
      'cost_per_request',
      inEveryLanguage('explain.term.consumer.cost_per_request', { year: String(year) }),
      recorded(ctx, T.assisted_cost_per_request, year),
      'eur_per_request',
      mul('exclusion.assisted_cost_per_request', pow(add(1, 'macro.wage_growth'), 'elapsed')),
      [
        assumptionTerm(ctx, 'exclusion.assisted_cost_per_request'),
        assumptionTerm(ctx, 'macro.wage_growth'),
        elapsedTerm(ctx, year),
      ],
    ),
  ],
})

const dataValueUsers: SeriesBuilder = (ctx, year) => ({
  equation: equation('data_value_users'),
  formula: mul('data.users_2024', 1e6, 'users_growth', 'data.value_per_user', 'gdp_growth', BN),
  terms: [
    assumptionTerm(ctx, 'data.users_2024'),
    growthTerm(
      ctx,
      year,
      'data.users_growth',
      'users_growth',
      inEveryLanguage('explain.term.consumer.users_growth'),
    ),
    assumptionTerm(ctx, 'data.value_per_user'),
    growthTerm(
      ctx,
      year,
      'macro.gdp_growth',
      'gdp_growth',
      inEveryLanguage('explain.term.consumer.gdp_growth'),
    ),
  ],
})

const dataValueVolume: SeriesBuilder = (ctx, year) => ({
  equation: equation('data_value_volume'),
  formula: mul('data.volume_2024', 1e6, 'volume_growth', 'data.value_per_gb', BN),
  terms: [
    assumptionTerm(ctx, 'data.volume_2024'),
    growthTerm(
      ctx,
      year,
      'data.volume_growth',
      'volume_growth',
      inEveryLanguage('explain.term.consumer.volume_growth'),
    ),
    assumptionTerm(ctx, 'data.value_per_gb'),
  ],
})

/** Footprint of the self-service gained, per transaction (g → kt: million × g × 10⁻³). */
function perTransactionFootprint(field: string, id: string): SeriesBuilder {
  return (ctx, year) => ({
    equation: equation(id),
    ...bySector(ctx, 'kt_co2e', (_, sector) => ({
      formula: mul(RISE, 'grams', 1e-3),
      terms: [...riseTerms(ctx, sector, year), sectorAssumptionTerm(ctx, sector, field, 'grams')],
    })),
  })
}

/** Car trips to a branch avoided by the self-service gained, added by assisted access. */
const footprintTrips: SeriesBuilder = (ctx, year, depth) => {
  const avoided = bySector(ctx, 'kt_co2e', (_, sector) => ({
    formula: mul(-1, RISE, 'trip_km', 'env.car_kg_co2e_per_km'),
    terms: [
      ...riseTerms(ctx, sector, year),
      sectorAssumptionTerm(ctx, sector, 'trip_km_per_transaction', 'trip_km'),
      assumptionTerm(ctx, 'env.car_kg_co2e_per_km'),
    ],
  }))
  const assistedTrips = derivedTerm(
    'assisted_trips',
    inEveryLanguage('explain.term.consumer.assisted_trips'),
    'kt_co2e',
    mul('assisted_transactions', 'exclusion.assisted_trip_km', 'env.car_kg_co2e_per_km'),
    [
      seriesTerm(ctx, 'assisted_transactions', year, { depth }),
      assumptionTerm(ctx, 'exclusion.assisted_trip_km'),
      assumptionTerm(ctx, 'env.car_kg_co2e_per_km'),
    ],
  )
  return {
    equation: equation('footprint_trips'),
    formula: add(avoided.formula, 'assisted_trips'),
    terms: [...avoided.terms, assistedTrips],
  }
}

const footprintChange: SeriesBuilder = (ctx, year, depth) => ({
  equation: equation('footprint_change'),
  formula: add('footprint_terminals', 'footprint_networks', 'footprint_trips'),
  terms: ['footprint_terminals', 'footprint_networks', 'footprint_trips'].map((id) =>
    seriesTerm(ctx, id, year, { depth }),
  ),
})

/** Posts kept: counterfactual jobs × θ × (A_free − A) / (1 − θ·A₀), as jobs displaced are made. */
const keptJobs: SeriesBuilder = (ctx, year) => ({
  equation: equation('staffed_channel_jobs'),
  ...bySector(ctx, 'fte', (s, sector) => ({
    formula: div(
      mul('counterfactual', 'theta', sub('adoption_free', 'adoption')),
      max(1e-9, sub(1, mul('theta', 'adoption0'))),
    ),
    terms: [
      computedTerm(
        'counterfactual',
        inEveryLanguage('explain.term.counterfactual'),
        sectorRecorded(ctx, s, ST.counterfactual, year),
        'fte',
      ),
      sectorAssumptionTerm(ctx, sector, 'theta', 'theta'),
      freeAdoptionTerm(ctx, s, year),
      adoptionTerm(ctx, sector, year),
      adoptionTerm(ctx, sector, ctx.baseYear, 'adoption0'),
    ],
  })),
})

export const CONSUMER_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  consumer_work_hours: hours('minutes_per_transaction', false),
  consumer_time_saved: hours('minutes_saved_per_transaction', false),
  consumer_time_net_change: hours('', true),
  consumer_work_value: consumerValue,
  coproduction_added: added,
  coproduction_imposed: imposed,
  people_losing_channel: peopleLosing,
  assisted_transactions: assisted,
  assisted_access_cost: assistedCost,
  data_value_users: dataValueUsers,
  data_value_volume: dataValueVolume,
  footprint_terminals: perTransactionFootprint(
    'terminal_g_co2e_per_transaction',
    'footprint_terminals',
  ),
  footprint_networks: perTransactionFootprint(
    'network_g_co2e_per_transaction',
    'footprint_networks',
  ),
  footprint_trips: footprintTrips,
  footprint_change: footprintChange,
  staffed_channel_jobs: keptJobs,
}

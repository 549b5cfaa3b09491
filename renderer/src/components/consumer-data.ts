import type { Baseline } from '@shared/model/baseline/baseline-schema'
import { scenarioCentral } from '@shared/model/engine/assumption-values'
import { INDICATORS } from '@shared/model/engine/series'
import type { IndicatorId } from '@shared/model/engine/series'
import type { Unit } from '@shared/model/engine/units'
import type { AssumptionValue } from '@shared/model/scenario/scenario-schema'
import type { MessageKey } from '../i18n/translate'

/**
 * The consumer's ledger on the workbench (issue #17): what the cards of the « consumer and
 * environment » group show, and the quick pick of the rate a consumer hour is valued at. Pure, so
 * the cards and the tests read the same definitions.
 */

/** The assumption the value of consumer time is priced with, in hourly SMICs. */
export const TIME_VALUE_ID = 'consumer.time_value_smic_multiple'
/** The median gross hourly wage in hourly SMICs: the « median wage » choice reads it. */
export const MEDIAN_WAGE_ID = 'macro.median_wage_smic_multiple'

/** The valuation rates the analyst picks from; `own` is any other multiple, typed. */
export const VALUATIONS = ['smic', 'median', 'own'] as const
export type Valuation = (typeof VALUATIONS)[number]

/** Typed multiples are divided and multiplied: equal up to that noise means the same choice. */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9

/** Which choice a multiple is: 1 is the SMIC, the median wage's multiple is the median wage. */
export function valuationOf(multiple: number, median: number): Valuation {
  if (same(multiple, 1)) return 'smic'
  if (same(multiple, median)) return 'median'
  return 'own'
}

/** The multiple a choice stands for: `own` keeps the multiple the scenario already has. */
export function multipleOf(choice: Valuation, median: number, current: number): number {
  if (choice === 'smic') return 1
  if (choice === 'median') return median
  return current
}

/** The two multiples the pick needs from a scenario: its own, and the median wage's. */
export function valuationMultiples(
  assumptions: Readonly<Record<string, AssumptionValue>>,
  baseline: Baseline,
): { current: number; median: number } {
  return {
    current: scenarioCentral(assumptions, baseline, TIME_VALUE_ID),
    median: scenarioCentral(assumptions, baseline, MEDIAN_WAGE_ID),
  }
}

/** A figure beside a card's main one, under its own label (`{start}`, `{end}`, `{year}` filled in). */
export interface CardDetail {
  readonly id: IndicatorId
  readonly label: MessageKey
  /** Its own Monte Carlo band, in brackets after it: a figure as read as the card's main one. */
  readonly band?: true
}

/**
 * One card of the group: its title (with `{year}`), its main figure and the figures beside it.
 * Six cards fill two rows of three in the results column of a 1280 px window: the time and its
 * value share one, so the group is no taller than the others and the charts stay above the fold.
 */
export interface ConsumerCard {
  readonly key: string
  readonly title: MessageKey
  readonly main: IndicatorId
  readonly details: readonly CardDetail[]
}

export const CONSUMER_CARDS: readonly ConsumerCard[] = [
  {
    key: 'time',
    title: 'consumerCardTime',
    main: 'consumer_time_net_change_final',
    // The gross hours are drawn in the consumer-work chart: a line here would make the group
    // taller than the others and push the charts below the fold.
    details: [{ id: 'consumer_work_value_final', label: 'consumerCardValue', band: true }],
  },
  {
    key: 'imposed',
    title: 'consumerCardImposed',
    main: 'coproduction_imposed_share_final',
    details: [{ id: 'coproduction_imposed_final', label: 'consumerCardImposedCount' }],
  },
  {
    key: 'people',
    title: 'consumerCardPeople',
    main: 'people_losing_channel_final',
    details: [],
  },
  {
    key: 'assisted',
    title: 'consumerCardAssisted',
    main: 'assisted_access_cost_final',
    // Its scale rather than its cumulated cost, which the comparison table and the ledger give:
    // a card of two lines keeps the groups of cards one height.
    details: [{ id: 'assisted_network_multiple_final', label: 'consumerCardAssistedNetwork' }],
  },
  {
    key: 'data',
    title: 'consumerCardData',
    main: 'data_value_users_final',
    details: [{ id: 'data_levy_share_of_value_final', label: 'consumerCardLevyShare' }],
  },
  {
    key: 'footprint',
    title: 'consumerCardFootprint',
    main: 'footprint_change_final',
    // The cumulated footprint is in the comparison table and the ledger; one line less here.
    details: [{ id: 'footprint_share_digital_final', label: 'consumerCardFootprintShare' }],
  },
]

/** Every indicator the group shows, main figures and details: for what-changed and the tests. */
export const CONSUMER_HEADLINES: readonly IndicatorId[] = CONSUMER_CARDS.flatMap((card) => [
  card.main,
  ...card.details.map((d) => d.id),
])

/** An indicator's unit, from the catalogue: the cards never state one of their own. */
export function indicatorUnit(id: IndicatorId): Unit {
  const spec = INDICATORS.find((i) => i.id === id)
  if (!spec) throw new Error(`Unknown indicator ${id}`)
  return spec.unit
}

/** The 5th and 95th percentiles of an indicator in a Monte Carlo run, or null where it has none. */
export function indicatorBand(
  bands: readonly { readonly id: string; readonly p5: number; readonly p95: number }[],
  id: IndicatorId,
): { low: number; high: number } | null {
  const band = bands.find((b) => b.id === id)
  if (!band || !Number.isFinite(band.p5) || !Number.isFinite(band.p95)) return null
  return { low: band.p5, high: band.p95 }
}

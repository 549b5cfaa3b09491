import type { GlobalSeriesId } from './series'
import type { Localized } from '../../i18n/in-every-language'
import { INCREMENT_SERIES } from './series-catalogue'
import { inEveryLanguage } from '../../i18n/in-every-language'

/**
 * The money ledger, year by year, in blocks kept apart: how the ROBSS balance is built (current
 * law, the cost of coproduction to it, the levers' yield over current law and the part earmarked
 * to it), then Unédic's own balance (never netted into the ROBSS's), then the general-government
 * effect, the people behind the figures, and the consumer's side (time, exclusion, data, carbon). The ledger tab, its exports and the briefs show these
 * series in this order.
 */
export interface LedgerBlock extends Localized {
  readonly id: 'robss' | 'unedic' | 'apu' | 'people' | 'consumer'
  readonly series: readonly GlobalSeriesId[]
}

/** A block's heading in each language, from the catalogue (`ledger.<id>`). */
const texts = (id: LedgerBlock['id']) => inEveryLanguage(`ledger.${id}`)

/** The consumer's block, which the brief's section « Le consommateur et l'environnement » tables too. */
export const CONSUMER_LEDGER_SERIES: readonly GlobalSeriesId[] = [
  'consumer_time_net_change',
  'consumer_work_value',
  'coproduction_imposed',
  'people_losing_channel',
  'assisted_access_cost',
  'data_value_users',
  'footprint_change',
]

export const LEDGER_BLOCKS: readonly LedgerBlock[] = [
  {
    id: 'robss',
    ...texts('robss'),
    series: [
      'robss_balance_baseline',
      'contributions_lost',
      'itaf_lost',
      'value_sharing_robss',
      'coproduction_effect',
      ...INCREMENT_SERIES,
      'increment_robss',
      'robss_balance_change',
      'robss_balance',
      'robss_balance_pct_gdp',
    ],
  },
  {
    id: 'unedic',
    ...texts('unedic'),
    series: [
      'unedic_balance_baseline',
      'contributions_lost_unedic',
      'benefits_cost',
      'coproduction_effect_unedic',
      'unedic_balance',
    ],
  },
  {
    id: 'apu',
    ...texts('apu'),
    series: ['increment_total', 'coproduction_effect_apu', 'apu_effect'],
  },
  {
    id: 'people',
    ...texts('people'),
    series: ['jobs_displaced_total', 'unemployed_pool'],
  },
  {
    id: 'consumer',
    ...texts('consumer'),
    series: CONSUMER_LEDGER_SERIES,
  },
]

/** Every ledger series, block after block. */
export const LEDGER_SERIES: readonly GlobalSeriesId[] = LEDGER_BLOCKS.flatMap((b) => b.series)

/** The block each ledger column belongs to, for headers that group the columns. */
export function ledgerBlockOf(id: GlobalSeriesId): LedgerBlock['id'] | null {
  return LEDGER_BLOCKS.find((b) => b.series.includes(id))?.id ?? null
}

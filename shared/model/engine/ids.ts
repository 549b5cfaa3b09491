/** The coproduction channels the model projects, in display order. */
export const SECTOR_IDS = [
  'retail_checkout',
  'bank_branch',
  'travel_agency',
  'rail_ticketing',
  'accommodation_frontdesk',
  'postal_counter',
  'public_counter',
  'media_content',
  'platform_intermediation',
] as const
export type SectorId = (typeof SECTOR_IDS)[number]

/** The sector whose adoption drives the DST base link and the platform contribution base. */
export const PLATFORM_SECTOR: SectorId = 'platform_intermediation'

/** The per-sector assumptions, each stored in the baseline as `sector.<id>.<field>`. */
export const SECTOR_FIELDS = [
  'jobs',
  'fte_factor',
  'wage',
  'volume_growth',
  'drift',
  'theta',
  'minutes_per_transaction',
  'transactions_2024',
  // The consumer's ledger (consumer.ts): time the staffed channel took, the share of new
  // self-service that is imposed, how many people use the service, car trips to the staffed
  // channel, and the digital footprint of one self-service transaction.
  'minutes_saved_per_transaction',
  'imposed_share',
  'users_share',
  'trip_km_per_transaction',
  'terminal_g_co2e_per_transaction',
  'network_g_co2e_per_transaction',
] as const
export type SectorField = (typeof SECTOR_FIELDS)[number]

export function sectorAssumptionId(sector: SectorId, field: SectorField): string {
  return `sector.${sector}.${field}`
}

// The levers are listed once, in the lever table.
export { LEVER_IDS } from '../levers/lever-table'
export type { LeverId } from '../levers/lever-table'

import { textsOf } from '../../i18n/in-every-language'

/** Units of parameters and series; each is written as the catalogue's `unit.<id>` says. */
export const UNIT_IDS = [
  'bn_eur',
  'eur_per_year',
  'eur_per_gb',
  'eur_per_user_year',
  'share',
  'share_per_year',
  'pct_gdp',
  'elasticity',
  'smic_multiple',
  'years',
  'year',
  'persons',
  'fte',
  'minutes',
  'million_hours',
  'hours_per_year',
  'million_per_year',
  'million_users',
  'petabytes_per_year',
  'ratio',
  'eur_per_hour',
  'eur_per_request',
  'million_persons',
  'km',
  'g_co2e',
  'kg_co2e_per_km',
  'kt_co2e',
  'mt_co2e',
] as const

export type Unit = (typeof UNIT_IDS)[number]

export const UNITS = textsOf(UNIT_IDS, (unit) => `unit.${unit}`)

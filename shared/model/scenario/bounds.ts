import { z } from 'zod'
import type { Unit } from '../engine/units'

/** The years a scenario may name: its horizon, a lever's start, a step of a schedule. */
export const MIN_YEAR = 2019
export const MAX_YEAR = 2060

/** A number in [min, max], whose error message states the allowed range. */
export function bounded(min: number, max: number) {
  const message = `must be between ${min} and ${max}`
  return z
    .number({ error: `must be a number between ${min} and ${max}` })
    .finite()
    .min(min, message)
    .max(max, message)
}

export function boundedInt(min: number, max: number) {
  return bounded(min, max).int(`must be a whole number between ${min} and ${max}`)
}

/**
 * The values an assumption of each unit can physically take. These are hard limits for
 * validation; the plausible range of each assumption is narrower and lives in the baseline.
 */
export const HARD_LIMITS: Readonly<Record<Unit, readonly [number, number]>> = {
  bn_eur: [0, 100_000],
  eur_per_year: [0, 10_000_000],
  eur_per_gb: [0, 100],
  eur_per_user_year: [0, 10_000],
  share: [0, 1],
  share_per_year: [-0.5, 0.5],
  pct_gdp: [-100, 100],
  elasticity: [0, 10],
  smic_multiple: [0.5, 10],
  years: [0, 10],
  year: [1990, 2100],
  persons: [0, 100_000_000],
  fte: [0, 100_000_000],
  minutes: [0, 600],
  million_hours: [0, 1_000_000],
  hours_per_year: [0, 8_760],
  million_per_year: [0, 1_000_000],
  million_users: [0, 1_000],
  petabytes_per_year: [0, 100_000_000],
  ratio: [0, 1_000],
  eur_per_hour: [0, 1_000],
  eur_per_request: [0, 10_000],
  million_persons: [0, 1_000],
  km: [0, 1_000],
  g_co2e: [0, 100_000],
  kg_co2e_per_km: [0, 10],
  kt_co2e: [-1_000_000, 1_000_000],
  mt_co2e: [0, 10_000],
}

/** Assumptions whose limits are tighter than their unit's, because the equations need it. */
export const SPECIAL_LIMITS: Readonly<Record<string, readonly [number, number]>> = {
  // Revenue must stay increasing in the rate: the base elasticity must stay below 1.
  'dst.rate_elasticity': [0, 0.95],
  'dst.reference_rate': [0.001, 0.5],
  'macro.smic_annual': [1_000, 1_000_000],
  'contrib.rg_ceiling': [1, 10],
}

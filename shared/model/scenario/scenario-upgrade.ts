import { BASELINE_IDS, getBaseline } from '../baseline/baselines'
import { defaultCurve, isModelOneDefaultCurve } from '../engine/compile'
import { SECTOR_IDS } from '../engine/ids'
import { SCENARIO_SCHEMA_VERSION, curveSchema } from './scenario-schema'

/**
 * Upgrades between scenario schema versions: UPGRADES[n] turns a version-n document into a
 * version-(n+1) one. Each is an explicit, tested function with a fixture in
 * tests/fixtures/scenarios/. Add one whenever the format changes, and bump SCENARIO_SCHEMA_VERSION.
 */
export type Upgrade = (document: Record<string, unknown>) => Record<string, unknown>

/** Assumptions model 2 no longer reads: the values a version-1 file set for them are dropped. */
export const RETIRED_ASSUMPTIONS = [
  'dst.base_growth',
  'platform.base_growth',
  'platform.requalified_wage_ratio',
] as const

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/**
 * Sectors a version-1 file wrote out with model 1's default curve (Bass p 0.03, q 0.38 from the
 * 2024 level) get model 2's default, fitted to the observed points; curves an analyst chose stay.
 */
function refitDefaultCurves(
  sectors: Record<string, unknown>,
  baselineId: unknown,
): Record<string, unknown> {
  if (typeof baselineId !== 'string' || !BASELINE_IDS.includes(baselineId)) return sectors
  const baseline = getBaseline(baselineId)
  const next = { ...sectors }
  for (const sector of SECTOR_IDS) {
    const settings = record(next[sector])
    const curve = curveSchema.safeParse(settings?.curve)
    if (settings && curve.success && isModelOneDefaultCurve(curve.data, baseline, sector))
      next[sector] = { ...settings, curve: defaultCurve(baseline, sector) }
  }
  return next
}

/**
 * Version 1 → 2 (model 2): the DST gains its worldwide threshold (€750 m, as the law stood);
 * at-source collection by platforms leaves the levers, as it is current law (LFSS 2024, art. 6);
 * assumptions model 2 no longer reads are dropped; model 1's default curves become model 2's
 * fitted ones. Anything malformed is left for validation.
 */
function upgradeOneToTwo(document: Record<string, unknown>): Record<string, unknown> {
  const levers = record(document.levers)
  const dst = record(levers?.dst)
  const platform = record(levers?.platformContribution)
  const assumptions = record(document.assumptions)
  const next: Record<string, unknown> = { ...document }
  if (levers) {
    const upgraded: Record<string, unknown> = { ...levers }
    if (dst) upgraded.dst = { worldwideThreshold: '750m', ...dst }
    if (platform) {
      const { atSourceCollection: _dropped, ...rest } = platform
      upgraded.platformContribution = rest
    }
    next.levers = upgraded
  }
  const sectors = record(document.sectors)
  if (sectors) next.sectors = refitDefaultCurves(sectors, document.baseline)
  if (assumptions) {
    const kept = { ...assumptions }
    for (const id of RETIRED_ASSUMPTIONS) delete kept[id]
    next.assumptions = kept
  }
  return next
}

/**
 * Version 2 → 3 (schedules by year): a lever's number and an earmarking share may now be a
 * schedule (shared/model/levers/schedule.ts). Every version-2 value is a plain number, which
 * version 3 reads as a constant over the horizon, exactly as version 2 did: the levers, their start
 * years and the earmarking are kept as written, so the projection is unchanged. The version is
 * bumped so that an older Levier refuses a file with schedules as "newer" rather than as broken.
 */
function upgradeTwoToThree(document: Record<string, unknown>): Record<string, unknown> {
  return { ...document }
}

/** Assumptions model 2.1 no longer reads: time saved is now in minutes, sector by sector. */
export const RETIRED_ASSUMPTIONS_V4 = ['consumer.time_saved_share'] as const

/** The staffed-channel lever as version 4 introduced it (spelled here: a shipped upgrade is frozen). */
const STAFFED_CHANNEL_V4 = {
  enabled: false,
  startYear: 2027,
  phaseInYears: 0,
  keptShare: 0.5,
  payer: 'firms',
} as const

/**
 * Version 3 → 4 (the consumer's ledger): a new lever, keeping a staffed channel, joins switched
 * off with its defaults and an earmarking of 0 (the State keeps what it costs), so every fiscal
 * result is unchanged; the single share of consumer time saved gives way to minutes saved per
 * sector, in the baseline, and a value set for it is dropped. Anything malformed is left for
 * validation.
 */
function upgradeThreeToFour(document: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...document }
  const levers = record(document.levers)
  if (levers) {
    const earmarking = record(levers.earmarking)
    next.levers = {
      ...levers,
      staffedChannel: levers.staffedChannel ?? { ...STAFFED_CHANNEL_V4 },
      ...(earmarking ? { earmarking: { staffedChannel: 0, ...earmarking } } : {}),
    }
  }
  const assumptions = record(document.assumptions)
  if (assumptions) {
    const kept = { ...assumptions }
    for (const id of RETIRED_ASSUMPTIONS_V4) delete kept[id]
    next.assumptions = kept
  }
  return next
}

export const UPGRADES: Readonly<Record<number, Upgrade>> = {
  1: upgradeOneToTwo,
  2: upgradeTwoToThree,
  3: upgradeThreeToFour,
}

export type UpgradeOutcome =
  { ok: true; document: Record<string, unknown> } | { ok: false; error: string }

export function upgradeScenario(
  raw: unknown,
  upgrades: Readonly<Record<number, Upgrade>> = UPGRADES,
  current: number = SCENARIO_SCHEMA_VERSION,
): UpgradeOutcome {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, error: '(root): a scenario must be a JSON object' }
  }
  let document = raw as Record<string, unknown>
  const version = document.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error: `schemaVersion: must be a whole number from 1 to ${current} (got ${JSON.stringify(version)})`,
    }
  }
  if (version > current) {
    return {
      ok: false,
      error: `schemaVersion: ${version} was written by a newer version of Levier; this one reads up to ${current}`,
    }
  }
  for (let from = version; from < current; from++) {
    const step = upgrades[from]
    if (!step)
      return { ok: false, error: `schemaVersion: no upgrade from version ${from} to ${from + 1}` }
    document = { ...step(document), schemaVersion: from + 1 }
  }
  return { ok: true, document }
}

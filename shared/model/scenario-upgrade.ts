import { SCENARIO_SCHEMA_VERSION } from './scenario-schema'

/**
 * Upgrades between scenario schema versions: UPGRADES[n] turns a version-n document into a
 * version-(n+1) one. Each is an explicit, tested function; none exists yet because version 1 is
 * the first published format. Add one (with a fixture in tests/fixtures/scenarios/) whenever the
 * format changes, and bump SCENARIO_SCHEMA_VERSION.
 */
export type Upgrade = (document: Record<string, unknown>) => Record<string, unknown>
export const UPGRADES: Readonly<Record<number, Upgrade>> = {}

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

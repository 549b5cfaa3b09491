import type { UnreadableScenario, UpgradeRecord } from '@shared/api/workbook-schemas'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import { SCENARIO_SCHEMA_VERSION } from '@shared/model/scenario/scenario-schema'
import { MODEL_VERSION } from '@shared/model/engine/version'
import type { Row } from './sqlite'
import { ScenarioStore } from './scenario-store'
import type { Workbook } from './workbook'

/** Who signs the versions the upgrade writes. */
export const UPGRADE_AUTHOR = 'Levier'
const META_PREFIX = 'upgrade:'

export interface UpgradeOutcome {
  readonly upgraded: string[]
  readonly unreadable: UnreadableScenario[]
}

interface CurrentRow extends Row {
  id: string
  name: string
  version: number
  schema_version: number
  model_version: string
  payload: string
}

/** The scenarios whose current version was saved in an older scenario format. */
function outdated(workbook: Workbook): CurrentRow[] {
  return workbook.db.all<CurrentRow>(
    `SELECT s.id, s.name, v.version, v.schema_version, v.model_version, v.payload
     FROM scenarios s JOIN versions v ON v.scenario_id = s.id AND v.version = s.current_version
     WHERE v.schema_version < ? ORDER BY s.name`,
    [SCENARIO_SCHEMA_VERSION],
  )
}

/** A scenario whose stored document cannot be read, with why; null when it reads. */
function unreadable(row: CurrentRow): UnreadableScenario | null {
  try {
    const parsed = parseScenario(JSON.parse(row.payload))
    return parsed.ok ? null : { id: row.id, name: row.name, error: parsed.errors.join('; ') }
  } catch (error) {
    return { id: row.id, name: row.name, error: (error as Error).message }
  }
}

/**
 * Bring every scenario saved in an older format up to date, all in one change: the document is
 * upgraded (shared/model/scenario/scenario-upgrade.ts), re-run by this model and stored as the next
 * version, signed by Levier with a note saying what moved; the version before stays in the
 * history with the figures it was saved with. A scenario whose document cannot be read is left
 * exactly as it was and reported. Nothing else changes: the baseline stays the one it was saved
 * with. A read-only workbook is never written to. Runs on a store of its own, so the stores the
 * host keeps (and their lists in memory) are made after it.
 */
export function upgradeWorkbook(
  workbook: Workbook,
  now: () => Date = () => new Date(),
): UpgradeOutcome {
  const store = new ScenarioStore(workbook)
  const rows = outdated(workbook)
  const bad = rows.map(unreadable).filter((u): u is UnreadableScenario => u !== null)
  const readable = rows.filter((r) => !bad.some((b) => b.id === r.id))
  if (workbook.readOnly || readable.length === 0) return { upgraded: [], unreadable: bad }
  store.change(() => {
    for (const row of readable) {
      const { scenario } = store.get(row.id)
      const toVersion = row.version + 1
      const note = `Mise à niveau à l’ouverture : format du scénario ${row.schema_version} → ${SCENARIO_SCHEMA_VERSION}, modèle ${row.model_version} → ${MODEL_VERSION} / Upgraded on opening: scenario format ${row.schema_version} → ${SCENARIO_SCHEMA_VERSION}, model ${row.model_version} → ${MODEL_VERSION}`
      store.insertVersion(row.id, toVersion, scenario, UPGRADE_AUTHOR, note)
      workbook.db.run('UPDATE scenarios SET current_version = ? WHERE id = ?', [toVersion, row.id])
      const record: UpgradeRecord = {
        fromVersion: row.version,
        toVersion,
        fromSchema: row.schema_version,
        toSchema: SCENARIO_SCHEMA_VERSION,
        fromModel: row.model_version,
        toModel: MODEL_VERSION,
        at: now().toISOString(),
      }
      workbook.db.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [
        `${META_PREFIX}${row.id}`,
        JSON.stringify(record),
      ])
    }
  })
  return { upgraded: readable.map((r) => r.id), unreadable: bad }
}

/** The upgrade recorded for a scenario, if any. */
export function upgradeRecord(workbook: Workbook, id: string): UpgradeRecord | null {
  const row = workbook.db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [
    `${META_PREFIX}${id}`,
  ])
  if (!row) return null
  try {
    return JSON.parse(row.value) as UpgradeRecord
  } catch {
    return null
  }
}

/** Scenarios of the workbook whose stored document cannot be read as a scenario. */
export function unreadableScenarios(workbook: Workbook): UnreadableScenario[] {
  return workbook.db
    .all<CurrentRow>(
      `SELECT s.id, s.name, v.version, v.schema_version, v.model_version, v.payload
       FROM scenarios s JOIN versions v ON v.scenario_id = s.id AND v.version = s.current_version
       WHERE s.deleted_at IS NULL ORDER BY s.name`,
    )
    .map(unreadable)
    .filter((u): u is UnreadableScenario => u !== null)
}

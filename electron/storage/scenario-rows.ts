import { ApiFailure } from '@shared/api/result'
import type { ScenarioSummary, VersionInfo } from '@shared/api/workbook-schemas'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { randomUUID } from 'node:crypto'
import type { Row, SqliteDb } from './sqlite'
import { insertRows } from './version-record'
import type { VersionRecord } from './version-record'

/** How the scenario store's rows read as the API's summaries and version entries. */

/** The API's shapes (z.infer of its response schemas), as the store returns them. */
export type { ScenarioSummary, VersionInfo }

export interface ScenarioRow extends Row {
  id: string
  name: string
  description: string
  tags: string
  parent_id: string | null
  created_at: string
  updated_at: string
  deleted_at: string | null
  current_version: number
}

export function summary(row: ScenarioRow): ScenarioSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    tags: JSON.parse(row.tags) as string[],
    parentId: row.parent_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    currentVersion: row.current_version,
  }
}

export const SUMMARY_COLUMNS =
  'id, name, description, tags, parent_id, created_at, updated_at, deleted_at, current_version'

export function summaryFromArray(r: unknown[]): ScenarioSummary {
  const [id, name, description, tags, parentId, createdAt, updatedAt, deletedAt, currentVersion] =
    r as [string, string, string, string, string | null, string, string, string | null, number]
  return {
    id,
    name,
    description,
    tags: JSON.parse(tags) as string[],
    parentId,
    createdAt,
    updatedAt,
    deletedAt,
    currentVersion,
  }
}

/** Parse and check a scenario; its problems become one `invalid_input` failure. */
export function validScenario(raw: unknown): Scenario {
  const parsed = parseScenario(raw)
  if (!parsed.ok) throw new ApiFailure('invalid_input', parsed.errors.join('\n'))
  return parsed.scenario
}

/** The versions of one scenario, newest first, with the headline indicators each computed. */
export function versionList(db: SqliteDb, id: string): VersionInfo[] {
  return db
    .all<
      {
        version: number
        created_at: string
        author: string
        note: string
        model_version: string
        baseline_id: string
        baseline_vintage: string
        indicators: string
      } & Row
    >(
      'SELECT version, created_at, author, note, model_version, baseline_id, baseline_vintage, indicators FROM versions WHERE scenario_id = ? ORDER BY version DESC',
      [id],
    )
    .map((r) => ({
      version: r.version,
      createdAt: r.created_at,
      author: r.author,
      note: r.note,
      modelVersion: r.model_version,
      baselineId: r.baseline_id,
      baselineVintage: r.baseline_vintage,
      indicators: JSON.parse(r.indicators) as Record<string, number>,
    }))
}

/**
 * Insert many checked scenarios, with their version records computed beforehand, in a few
 * multi-row statements (thousands of single-row statements took seconds in sql.js). Names must
 * be free already: the unique index refuses any other.
 */
export function writeNewScenarios(
  db: SqliteDb,
  items: ReadonlyArray<{ scenario: Scenario; record: VersionRecord }>,
  author: string,
  note: string,
  now: string,
): ScenarioSummary[] {
  const made = items.map(({ scenario, record }) => {
    const summary: ScenarioSummary = {
      id: randomUUID(),
      name: scenario.name,
      description: scenario.description ?? '',
      tags: [],
      parentId: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      currentVersion: 1,
    }
    return { summary, record }
  })
  insertRows(
    db,
    `INSERT INTO scenarios (id, name, description, tags, parent_id, created_at, updated_at, current_version) VALUES`,
    made.map(({ summary: s }) => [s.id, s.name, s.description, '[]', null, now, now, 1]),
  )
  insertRows(
    db,
    `INSERT INTO versions (scenario_id, version, created_at, author, note, schema_version, payload, model_version,
       baseline_id, baseline_vintage, indicators) VALUES`,
    made.map(({ summary: s, record: r }) => [
      s.id,
      1,
      now,
      author,
      note,
      r.schemaVersion,
      r.payload,
      r.modelVersion,
      r.baselineId,
      r.baselineVintage,
      r.indicators,
    ]),
  )
  return made.map((m) => m.summary)
}

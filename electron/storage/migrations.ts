import type { SqliteDb } from './sqlite'

/** 'LVR1': marks a SQLite file as a Levier workbook (PRAGMA application_id, header offset 68). */
export const APPLICATION_ID = 0x4c565231

/**
 * Forward-only, numbered schema migrations, bundled into the build. A released migration is never
 * edited: add a new one (tests/unit/storage/frozen-migrations.test.ts holds each shipped one's
 * checksum). `PRAGMA user_version` holds the number of the last one applied.
 */
export const MIGRATIONS: ReadonlyArray<{
  readonly version: number
  readonly name: string
  readonly sql: string
}> = [
  {
    version: 10,
    name: 'scenarios, versions and metadata',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE scenarios (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        parent_id TEXT REFERENCES scenarios(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        current_version INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX scenarios_live_name ON scenarios(name) WHERE deleted_at IS NULL;
      CREATE INDEX scenarios_updated ON scenarios(updated_at);
      CREATE TABLE versions (
        scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        author TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        schema_version INTEGER NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        model_version TEXT NOT NULL,
        baseline_id TEXT NOT NULL,
        baseline_vintage TEXT NOT NULL,
        indicators TEXT NOT NULL CHECK (json_valid(indicators)),
        PRIMARY KEY (scenario_id, version)
      );
    `,
  },
  {
    version: 11,
    name: 'named comparisons',
    // Scenario ids are kept as a JSON array (order matters: it is the order of the columns and
    // colours); the store checks they exist when saving and prunes them when the trash is emptied.
    sql: `
      CREATE TABLE comparisons (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        reference TEXT NOT NULL CHECK (json_valid(reference)),
        scenario_ids TEXT NOT NULL CHECK (json_valid(scenario_ids) AND json_type(scenario_ids) = 'array'),
        settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings) AND json_type(settings) = 'object'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX comparisons_updated ON comparisons(updated_at);
    `,
  },
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0

export class NewerWorkbookError extends Error {}

/**
 * Bring a workbook's schema up to date in one transaction. Refuses a workbook written by a newer
 * Levier rather than touching it.
 */
export function migrate(db: SqliteDb, migrations = MIGRATIONS): { from: number; to: number } {
  for (let i = 1; i < migrations.length; i++) {
    if (
      (migrations[i] as { version: number }).version <=
      (migrations[i - 1] as { version: number }).version
    ) {
      throw new Error('Migrations must be in strictly increasing order')
    }
  }
  const from = Number(db.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0)
  const latest = migrations[migrations.length - 1]?.version ?? 0
  if (from > latest) {
    throw new NewerWorkbookError(
      `This workbook was written by a newer version of Levier (format ${from}; this one reads up to ${latest}).`,
    )
  }
  const pending = migrations.filter((m) => m.version > from)
  if (pending.length === 0) return { from, to: from }
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql)
    db.exec(`PRAGMA application_id = ${APPLICATION_ID}; PRAGMA user_version = ${latest}`)
  })
  return { from, to: latest }
}

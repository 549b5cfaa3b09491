import type { SqlJsStatic } from 'sql.js'
import { MIGRATIONS } from './migrations'
import { SqliteDb } from './sqlite'

interface SchemaObject {
  readonly type: string
  readonly name: string
  readonly table: string
  readonly sql: string
}

/** Tables SQLite itself adds (ANALYZE run from the sqlite3 client, for example). */
const SQLITE_OWN = /^sqlite_(stat\d|sequence)$/

/** The same statement however it was spaced. */
function normalised(sql: unknown): string {
  return typeof sql === 'string' ? sql.replace(/\s+/g, ' ').trim() : ''
}

function objectsOf(db: SqliteDb): Map<string, SchemaObject> {
  const objects = new Map<string, SchemaObject>()
  for (const row of db.all<{ type: string; name: string; tbl_name: string; sql: string | null }>(
    'SELECT type, name, tbl_name, sql FROM sqlite_master',
  )) {
    if (SQLITE_OWN.test(String(row.name))) continue
    const object = {
      type: String(row.type),
      name: String(row.name),
      table: String(row.tbl_name),
      sql: normalised(row.sql),
    }
    objects.set(`${object.type} ${object.name}`, object)
  }
  return objects
}

const expected = new Map<number, Map<string, SchemaObject>>()

/** The schema `migrate` creates for format `version`, built once in an empty in-memory database. */
function expectedSchema(SQL: SqlJsStatic, version: number): Map<string, SchemaObject> {
  let objects = expected.get(version)
  if (!objects) {
    const db = new SqliteDb(new SQL.Database())
    try {
      for (const m of MIGRATIONS) if (m.version <= version) db.exec(m.sql)
      objects = objectsOf(db)
    } finally {
      db.close()
    }
    expected.set(version, objects)
  }
  return objects
}

/**
 * What is wrong with a workbook's schema, or null: every table, column, index and constraint that
 * the migrations create for the file's format must be there, exactly as they create it (a byte
 * flipped in a column name passes SQLite's own checks, then breaks every query). Objects a user
 * added with another tool (a view, an index) are left alone: they cannot hide a damaged one, since
 * damage to an object of ours makes it missing or different.
 */
export function schemaProblem(SQL: SqlJsStatic, db: SqliteDb): string | null {
  const version = Number(db.get<{ user_version: number }>('PRAGMA user_version')?.user_version)
  if (version !== 0 && !MIGRATIONS.some((m) => m.version === version))
    return `unknown format ${version}`
  const actual = objectsOf(db)
  if (version === 0) return actual.size === 0 ? null : 'tables present in an unformatted workbook'
  for (const [key, object] of expectedSchema(SQL, version)) {
    const found = actual.get(key)
    if (!found) return `${key} is missing`
    if (found.table !== object.table || found.sql !== object.sql) return `${key} is not as written`
  }
  return null
}

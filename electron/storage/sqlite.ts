import initSqlJs from 'sql.js'
import type { Database, SqlJsStatic, SqlValue } from 'sql.js'

let engine: Promise<SqlJsStatic> | null = null

/** sql.js, loaded once per process (its WebAssembly sits beside it in node_modules). */
export function loadSqlEngine(): Promise<SqlJsStatic> {
  engine ??= initSqlJs()
  return engine
}

/**
 * The bytes of a database file, handed over to sql.js's in-memory file system with room to grow.
 * That file system keeps `bytes.slice()` of what it is given (a copy of a Uint8Array, a view of a
 * Node Buffer), exactly as long as the file: so the first page the database gains copies the whole
 * file into a new array 1.125 times larger, in memory touched for the first time. The first save
 * that added a page to a 470 MB workbook held the host 2.2-2.4 s on the VMs Levier is tested on
 * (45 ms with the room). This view's `slice` of all of it is the bytes themselves, with the room
 * after them in their buffer; any other slice is a copy, as usual. Should sql.js stop asking for
 * that slice, the database grows as before: slower, never wrong.
 */
class HandedOverBytes extends Uint8Array {
  capacity = this.length

  override slice(start = 0, end = this.length): Uint8Array<ArrayBuffer> {
    if (start === 0 && end === this.length)
      return new Uint8Array(this.buffer as ArrayBuffer, this.byteOffset, this.capacity)
    return new Uint8Array(this.subarray(start, end))
  }
}

/**
 * Open the database file whose bytes start `bytes.buffer`, which nothing else uses: the database
 * keeps that buffer as its file, growing into the rest of it, so the caller must not read or write
 * it afterwards.
 */
export function openDatabase(SQL: SqlJsStatic, bytes: Uint8Array): Database {
  const handed = new HandedOverBytes(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length)
  handed.capacity = capacityOf(bytes)
  return new SQL.Database(handed)
}

/** How far the database opened from `bytes` may grow in their buffer: the rest of it. */
function capacityOf(bytes: Uint8Array): number {
  return bytes.buffer.byteLength - bytes.byteOffset
}

export type SqlParam = string | number | null | Uint8Array
export type Row = Record<string, SqlValue>

function checkParams(sql: string, params: readonly SqlParam[]): void {
  for (const [i, p] of params.entries()) {
    const ok =
      p === null ||
      typeof p === 'string' ||
      p instanceof Uint8Array ||
      (typeof p === 'number' && Number.isFinite(p))
    if (!ok)
      throw new TypeError(
        `SQL parameter ${i + 1} is not a string, finite number, null or bytes: ${sql}`,
      )
  }
}

/**
 * A small, safe face over a sql.js database: parameters are type-checked, statements are always
 * freed (sql.js leaks WebAssembly memory otherwise), and transactions nest through savepoints.
 */
export class SqliteDb {
  private depth = 0
  private savepoints = 0
  /** While set, every `run` is also recorded here (the change journal replays them). */
  private recording: Array<readonly [string, readonly SqlParam[]]> | null = null

  /** Record the statements `fn` runs; returns its result and the statements. */
  recorded<T>(fn: () => T): {
    result: T
    statements: Array<readonly [string, readonly SqlParam[]]>
  } {
    const statements: Array<readonly [string, readonly SqlParam[]]> = []
    this.recording = statements
    try {
      return { result: fn(), statements }
    } finally {
      this.recording = null
    }
  }

  constructor(readonly raw: Database) {}

  all<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): T[] {
    checkParams(sql, params)
    const statement = this.raw.prepare(sql)
    try {
      statement.bind(params as SqlValue[])
      const rows: T[] = []
      while (statement.step()) rows.push(statement.getAsObject() as T)
      return rows
    } finally {
      statement.free()
    }
  }

  /**
   * Rows as arrays, in column order: several times faster than `all` on large results, since
   * sql.js builds no object per row.
   */
  rows(sql: string, params: readonly SqlParam[] = []): SqlValue[][] {
    checkParams(sql, params)
    const statement = this.raw.prepare(sql)
    try {
      statement.bind(params as SqlValue[])
      const rows: SqlValue[][] = []
      while (statement.step()) rows.push(statement.get())
      return rows
    } finally {
      statement.free()
    }
  }

  get<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): T | undefined {
    return this.all<T>(sql, params)[0]
  }

  run(sql: string, params: readonly SqlParam[] = []): number {
    checkParams(sql, params)
    this.recording?.push([sql, [...params]])
    const statement = this.raw.prepare(sql)
    try {
      statement.run(params as SqlValue[])
    } finally {
      statement.free()
    }
    return this.raw.getRowsModified()
  }

  /** Run SQL with no parameters and no result (schema, pragmas). */
  exec(sql: string): void {
    this.raw.exec(sql)
  }

  /** Run `fn` atomically: all of it or none; nested calls become savepoints. */
  transaction<T>(fn: () => T): T {
    const name = `sp${++this.savepoints}`
    const outer = this.depth === 0
    this.raw.exec(outer ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${name}`)
    this.depth++
    try {
      const result = fn()
      this.depth--
      this.raw.exec(outer ? 'COMMIT' : `RELEASE ${name}`)
      return result
    } catch (error) {
      this.depth--
      this.raw.exec(outer ? 'ROLLBACK' : `ROLLBACK TO ${name}; RELEASE ${name}`)
      throw error
    }
  }

  get inTransaction(): boolean {
    return this.depth > 0
  }

  export(): Uint8Array {
    if (this.depth > 0) throw new Error('Cannot save a workbook in the middle of a transaction')
    return this.raw.export()
  }

  close(): void {
    this.raw.close()
  }
}

/**
 * The file of a database opened by `openDatabase` from `bytes`, read in place rather than exported
 * (export copies every page into a new array: 2.5-3 s for 470 MB here, most of a checkpoint), or
 * null where sql.js no longer keeps it in their buffer (it outgrew the room, or was cut short:
 * sql.js then moved it to a new array). To tell, one more commit that touches only the header:
 * SQLite counts every commit in the header's change counter, so if the buffer's counter moves,
 * the buffer is where sql.js writes the file now, and holds every page of it. Nothing may change
 * the database while the returned view is in use.
 */
export function fileImage(db: SqliteDb, bytes: Uint8Array): Uint8Array | null {
  const header = new DataView(bytes.buffer, bytes.byteOffset)
  const before = header.getUint32(24)
  const version = Number(db.get<{ user_version: number }>('PRAGMA user_version')?.user_version)
  db.exec(`PRAGMA user_version = ${version}`)
  if (header.getUint32(24) !== (before + 1) >>> 0) return null
  const pages = Number(db.get<{ page_count: number }>('PRAGMA page_count')?.page_count)
  const pageSize = Number(db.get<{ page_size: number }>('PRAGMA page_size')?.page_size)
  const size = pages * pageSize
  if (size > capacityOf(bytes) || header.getUint32(28) !== pages) return null
  const image = new Uint8Array(bytes.buffer, bytes.byteOffset, size)
  // A rollback-journal file, as export makes it (sql.js keeps no write-ahead log).
  return image[18] === 1 && image[19] === 1 ? image : null
}

import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import { ApiFailure } from '@shared/api/result'
import { acquireLock } from './lock'
import { LATEST_SCHEMA_VERSION, migrate, NewerWorkbookError } from './migrations'
import { loadSqlEngine, SqliteDb } from './sqlite'
import { readWorkbookFile, saveWorkbookFile, WorkbookRefused } from './workbook-file'

export interface OpenOptions {
  /** Open without taking the writer's lock; every change is refused. */
  readonly readOnly?: boolean
}

/**
 * An open workbook: a SQLite database held in memory by sql.js, written back to its file after
 * every committed change, before the change is acknowledged.
 */
export class Workbook {
  private constructor(
    readonly path: string,
    readonly db: SqliteDb,
    readonly readOnly: boolean,
    private readonly releaseLock: () => void,
  ) {}

  get name(): string {
    return basename(this.path)
  }

  /** Create a new, empty workbook file; refuses to replace an existing file. */
  static async create(path: string): Promise<Workbook> {
    if (existsSync(path))
      throw new ApiFailure('conflict', `${path} already exists: choose another name, or open it.`)
    const SQL = await loadSqlEngine()
    const release = acquireLock(path)
    const db = new SqliteDb(new SQL.Database())
    try {
      db.exec('PRAGMA foreign_keys = ON')
      migrate(db)
      const workbook = new Workbook(path, db, false, release)
      workbook.commit()
      return workbook
    } catch (error) {
      db.close()
      release()
      throw error
    }
  }

  /**
   * Open an existing workbook. A file that is not a Levier workbook, is damaged, truncated,
   * empty or from a newer Levier is refused with a clear message and left byte for byte as it was.
   */
  static async open(path: string, options: OpenOptions = {}): Promise<Workbook> {
    let release: () => void = () => undefined
    const file = readWorkbookFile(path)
    const readOnly = options.readOnly === true || !file.writable
    if (!readOnly) release = acquireLock(path)
    const SQL = await loadSqlEngine()
    let db: SqliteDb | null = null
    try {
      db = new SqliteDb(new SQL.Database(file.bytes))
      const check = db.get<{ quick_check: string }>('PRAGMA quick_check')
      if (check?.quick_check !== 'ok')
        throw new WorkbookRefused(
          'corrupt',
          `${path} is damaged (${check?.quick_check ?? 'no answer'}).`,
        )
      db.exec('PRAGMA foreign_keys = ON')
      const migration = migrate(db)
      const workbook = new Workbook(path, db, readOnly, release)
      // An older workbook is upgraded on disk at once, unless it was opened read-only.
      if (migration.to !== migration.from && !readOnly) workbook.commit()
      return workbook
    } catch (error) {
      db?.close()
      release()
      if (error instanceof WorkbookRefused || error instanceof ApiFailure) throw error
      if (error instanceof NewerWorkbookError) throw new WorkbookRefused('newer', error.message)
      throw new WorkbookRefused(
        'corrupt',
        `${path} cannot be read as a workbook: ${(error as Error).message}`,
      )
    }
  }

  /** Run `change` in a transaction, then write the workbook to disk; both or neither. */
  mutate<T>(change: () => T): T {
    if (this.readOnly)
      throw new ApiFailure('read_only', `${this.name} is open read-only: changes cannot be saved.`)
    const result = this.db.transaction(change)
    this.commit()
    return result
  }

  /** Write the whole database to the file, durably (see saveWorkbookFile). */
  commit(): void {
    try {
      saveWorkbookFile(this.path, this.db.export())
    } catch (error) {
      throw new ApiFailure(
        'storage',
        `Could not save ${this.path}: ${(error as Error).message}. Your change is kept in memory; save the workbook elsewhere.`,
      )
    }
  }

  /** Write a copy to another file (which must not exist yet) and carry on there. */
  async saveAs(path: string): Promise<Workbook> {
    if (existsSync(path))
      throw new ApiFailure('conflict', `${path} already exists: choose another name.`)
    const release = acquireLock(path)
    try {
      saveWorkbookFile(path, this.db.export())
    } catch (error) {
      release()
      throw new ApiFailure('storage', `Could not write ${path}: ${(error as Error).message}`)
    }
    release()
    this.close()
    return Workbook.open(path)
  }

  get formatVersion(): number {
    return LATEST_SCHEMA_VERSION
  }

  close(): void {
    this.db.close()
    this.releaseLock()
  }
}

import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { ApiFailure } from '@shared/api/result'
import {
  appendChange,
  foreignJournalMessage,
  JournalDamaged,
  journalState,
  readChanges,
  removeJournal,
} from './journal'
import type { Statement } from './journal'
import { acquireLock, ForeignLockFile, WorkbookLocked } from './lock'
import { LATEST_SCHEMA_VERSION, migrate, NewerWorkbookError } from './migrations'
import { sweepLeftovers } from './own-files'
import { pathTaken, plainReason } from './regular-file'
import { schemaProblem } from './schema-check'
import { loadSqlEngine, SqliteDb } from './sqlite'
import type { VerifiedFiles } from './verified-files'
import { readWorkbookFile, saveWorkbookFile, WorkbookRefused } from './workbook-file'

export interface OpenOptions {
  /** Open without taking the writer's lock; every change is refused. */
  readonly readOnly?: boolean
  /** Files already checked in full, skipped while unchanged; the files this one writes join it. */
  readonly verified?: VerifiedFiles
}

/**
 * Below this size the whole file is rewritten at every change (a few milliseconds); above it, a
 * change is appended to the journal and the file rewritten at checkpoints, so a save stays fast in
 * a workbook of thousands of scenarios. Tests lower it to exercise the journal.
 */
function journalAboveBytes(): number {
  return Number(process.env.LEVIER_JOURNAL_ABOVE_BYTES ?? 8 * 1024 * 1024)
}
/** Fold the journal into the file once it is this large, or after a pause in the changes. */
const CHECKPOINT_JOURNAL_BYTES = 16 * 1024 * 1024
const CHECKPOINT_AFTER_IDLE_MS = 2000
/** How often a save also sweeps what killed processes left beside the workbook. */
const SWEEP_EVERY_MS = 10 * 60 * 1000

/** Take the writer's lock, a file the user happens to have under its name becoming a conflict. */
function lockFor(path: string): () => void {
  try {
    return acquireLock(path)
  } catch (error) {
    if (error instanceof ForeignLockFile) throw new ApiFailure('conflict', error.message)
    if (error instanceof WorkbookLocked) throw error
    throw new ApiFailure('storage', `Could not use ${path}: ${plainReason(error)}.`)
  }
}

/**
 * Before writing a workbook: a journal of ours under its name holds nothing the workbook needs
 * (a new file's checkpoint matches no journal) and goes; someone else's file stops us.
 */
function clearJournalFor(path: string): void {
  const state = journalState(path)
  if (state === 'foreign') throw new ApiFailure('conflict', foreignJournalMessage(path))
  if (state === 'ours') removeJournal(path)
}

/** SQLite's messages may span lines; a refusal is said on one. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * An open workbook: a SQLite database held in memory by sql.js. Every committed change is on disk
 * before it is acknowledged: the whole file rewritten (small workbooks) or the change appended to
 * the journal (large ones), which checkpoints fold back into the file.
 */
export class Workbook {
  private checkpointId = ''
  private fileBytes = 0
  private journalBytes = 0
  private idleCheckpoint: ReturnType<typeof setTimeout> | null = null
  private lastSweep = 0

  private constructor(
    readonly path: string,
    readonly db: SqliteDb,
    readonly readOnly: boolean,
    private readonly releaseLock: () => void,
    private readonly verified: VerifiedFiles | undefined,
  ) {}

  get name(): string {
    return basename(this.path)
  }

  /** Create a new, empty workbook file; refuses to replace an existing file. */
  static async create(path: string, verified?: VerifiedFiles): Promise<Workbook> {
    if (pathTaken(path))
      throw new ApiFailure('conflict', `${path} already exists: choose another name, or open it.`)
    const SQL = await loadSqlEngine()
    const release = lockFor(path)
    const db = new SqliteDb(new SQL.Database())
    try {
      db.exec('PRAGMA foreign_keys = ON')
      migrate(db)
      clearJournalFor(path)
      const workbook = new Workbook(path, db, false, release, verified)
      workbook.commit()
      return workbook
    } catch (error) {
      db.close()
      release()
      throw error
    }
  }

  /**
   * Open an existing workbook, replaying the changes its journal holds. A file that is not a
   * Levier workbook, is damaged, truncated, empty or from a newer Levier is refused with a clear
   * message and left byte for byte as it was.
   */
  static async open(path: string, options: OpenOptions = {}): Promise<Workbook> {
    let release: () => void = () => undefined
    const file = readWorkbookFile(path)
    const readOnly = options.readOnly === true || !file.writable
    const SQL = await loadSqlEngine()
    let db: SqliteDb | null = null
    try {
      db = new SqliteDb(new SQL.Database(file.bytes))
      // The full check, not quick_check: it also compares every index with its table, which
      // caught damage quick_check let through. Skipped for a file in the very state in which it
      // was last checked or written by Levier. Then the schema itself (see schemaProblem).
      if (!options.verified?.isUnchanged(path, file.identity)) {
        const check = db.get<{ integrity_check: string }>('PRAGMA integrity_check(1)')
        if (check?.integrity_check !== 'ok') {
          options.verified?.forget(path)
          throw new WorkbookRefused(
            'corrupt',
            `${path} is damaged (${check?.integrity_check ?? 'no answer'}).`,
          )
        }
        options.verified?.remember(path, file.identity)
      }
      const problem = schemaProblem(SQL, db)
      if (problem)
        throw new WorkbookRefused(
          'corrupt',
          `${path} is damaged: its structure is not that of a Levier workbook (${problem}).`,
        )
      if (!readOnly) {
        release = lockFor(path)
        if (journalState(path) === 'foreign')
          throw new WorkbookRefused('foreign', foreignJournalMessage(path))
        sweepLeftovers(path)
      }
      db.exec('PRAGMA foreign_keys = ON')
      const migration = migrate(db)
      const checkpoint = String(
        db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'checkpoint'")?.value ?? '',
      )
      const changes = readChanges(path, checkpoint)
      const replaying = db
      if (changes.length > 0)
        replaying.transaction(() =>
          changes.forEach((change) =>
            change.forEach(([sql, params]) => replaying.run(sql, params)),
          ),
        )
      const workbook = new Workbook(path, db, readOnly, release, options.verified)
      workbook.checkpointId = checkpoint
      workbook.fileBytes = file.bytes.length
      workbook.lastSweep = Date.now()
      // Fold replayed changes and upgrades into the file now, unless opened read-only.
      if (
        !readOnly &&
        (changes.length > 0 || migration.to !== migration.from || journalState(path) === 'ours')
      )
        workbook.commit()
      return workbook
    } catch (error) {
      db?.close()
      release()
      if (
        error instanceof WorkbookRefused ||
        error instanceof ApiFailure ||
        error instanceof WorkbookLocked
      )
        throw error
      if (error instanceof NewerWorkbookError) throw new WorkbookRefused('newer', error.message)
      if (error instanceof JournalDamaged) throw new WorkbookRefused('corrupt', error.message)
      throw new WorkbookRefused(
        'corrupt',
        `${path} cannot be read as a workbook: ${oneLine((error as Error).message)}`,
      )
    }
  }

  /** Run `change` in a transaction and put it on disk; both or neither. */
  mutate<T>(change: () => T): T {
    if (this.readOnly)
      throw new ApiFailure('read_only', `${this.name} is open read-only: changes cannot be saved.`)
    const { result, statements } = this.db.recorded(() => this.db.transaction(change))
    if (statements.length > 0) this.persist(statements)
    return result
  }

  private persist(statements: readonly Statement[]): void {
    if (this.fileBytes < journalAboveBytes()) return this.commit()
    try {
      this.journalBytes += appendChange(this.path, this.checkpointId, statements)
    } catch (error) {
      throw new ApiFailure(
        'storage',
        `Could not save to ${this.path}: ${(error as Error).message}. Your change is kept in memory; save the workbook elsewhere.`,
      )
    }
    if (this.journalBytes >= CHECKPOINT_JOURNAL_BYTES) this.commit()
    else this.scheduleCheckpoint()
  }

  private scheduleCheckpoint(): void {
    if (this.idleCheckpoint) clearTimeout(this.idleCheckpoint)
    this.idleCheckpoint = setTimeout(() => {
      this.idleCheckpoint = null
      try {
        this.commit()
      } catch {
        // The journal still holds every change; the next checkpoint or opening folds it in.
      }
    }, CHECKPOINT_AFTER_IDLE_MS)
    this.idleCheckpoint.unref?.()
  }

  /**
   * Checkpoint: write the whole database to the file, durably (see saveWorkbookFile), under a
   * new checkpoint id, then drop the journal, whose changes the file now holds.
   */
  commit(): void {
    if (this.idleCheckpoint) clearTimeout(this.idleCheckpoint)
    this.idleCheckpoint = null
    const id = randomUUID()
    try {
      this.db.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('checkpoint', ?)", [id])
      const bytes = this.db.export()
      saveWorkbookFile(this.path, bytes)
      // Read back byte for byte by the save: as sound as the database it came from.
      this.verified?.remember(this.path)
      removeJournal(this.path)
      this.checkpointId = id
      this.fileBytes = bytes.length
      this.journalBytes = 0
    } catch (error) {
      throw new ApiFailure(
        'storage',
        `Could not save ${this.path}: ${plainReason(error)}. Your change is kept in memory; save the workbook elsewhere.`,
      )
    }
    if (Date.now() - this.lastSweep > SWEEP_EVERY_MS) {
      this.lastSweep = Date.now()
      sweepLeftovers(this.path)
    }
  }

  /**
   * Write a copy to another file (which must not exist yet) and open it. This workbook stays open
   * and untouched whatever happens: the caller switches to the copy, and closes this one, only once
   * the copy is open. Errors name the new file and say what went wrong, plainly.
   */
  async saveAs(path: string): Promise<Workbook> {
    if (pathTaken(path))
      throw new ApiFailure('conflict', `${path} already exists: choose another name.`)
    const release = lockFor(path)
    try {
      clearJournalFor(path)
      saveWorkbookFile(path, this.db.export())
      this.verified?.remember(path)
    } catch (error) {
      if (error instanceof ApiFailure) throw error
      throw new ApiFailure('storage', `Could not write ${path}: ${plainReason(error)}.`)
    } finally {
      release()
    }
    return Workbook.open(path, { verified: this.verified })
  }

  get formatVersion(): number {
    return LATEST_SCHEMA_VERSION
  }

  /** Fold any journal into the file, then release the database and the lock. */
  close(): void {
    if (!this.readOnly && this.journalBytes > 0) {
      try {
        this.commit()
      } catch {
        // Left in the journal: replayed at the next opening.
      }
    }
    if (this.idleCheckpoint) clearTimeout(this.idleCheckpoint)
    this.db.close()
    this.releaseLock()
  }
}

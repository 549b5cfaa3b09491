import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { ApiFailure } from '@shared/api/result'
import { replayJournal } from './checkpoint-fold'
import { CheckpointRun, checkpointWorkerFile, warmCheckpointWorkers } from './checkpoint-runner'
import type { FoldOutcome } from './checkpoint-runner'
import {
  appendChange,
  checkpointMark,
  foreignJournalMessage,
  JournalDamaged,
  journalState,
  keepChangesAfter,
  removeJournal,
} from './journal'
import type { Statement } from './journal'
import { acquireLock, ForeignLockFile, WorkbookLocked } from './lock'
import { LATEST_SCHEMA_VERSION, migrate, NewerWorkbookError } from './migrations'
import { sweepLeftovers } from './own-files'
import { pathTaken, plainReason } from './regular-file'
import { schemaProblem } from './schema-check'
import { fileImage, loadSqlEngine, openDatabase, SqliteDb } from './sqlite'
import type { VerifiedFiles } from './verified-files'
import {
  newWorkbookBytes,
  readWorkbookFile,
  saveWorkbookFile,
  WorkbookRefused,
} from './workbook-file'

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
/** How long closing waits for a checkpoint under way before stopping it (and saving in place). */
const CLOSE_WAITS_FOR_CHECKPOINT_MS = 120_000
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
  private inFlight: { run: CheckpointRun; mark: string; finished: Promise<void> } | null = null
  private lastSweep = 0
  /** The buffer the database lives in (openDatabase) while it does; let go of on closing. */
  private storage: Uint8Array | null = null

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
    const bytes = newWorkbookBytes(SQL)
    const db = new SqliteDb(openDatabase(SQL, bytes))
    try {
      db.exec('PRAGMA foreign_keys = ON')
      clearJournalFor(path)
      const workbook = new Workbook(path, db, false, release, verified)
      workbook.storage = bytes
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
      db = new SqliteDb(openDatabase(SQL, file.bytes))
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
      const { checkpoint, replayed } = replayJournal(db, path)
      const workbook = new Workbook(path, db, readOnly, release, options.verified)
      workbook.checkpointId = checkpoint
      workbook.fileBytes = file.bytes.length
      workbook.storage = file.bytes
      workbook.lastSweep = Date.now()
      // Its first checkpoint will start a worker thread: start one now, as the opening ends.
      const worker =
        !readOnly && workbook.fileBytes >= journalAboveBytes() ? checkpointWorkerFile() : null
      if (worker) setImmediate(() => warmCheckpointWorkers(worker))
      // Fold replayed changes and upgrades into the file now, unless opened read-only.
      if (
        !readOnly &&
        (replayed > 0 || migration.to !== migration.from || journalState(path) === 'ours')
      )
        workbook.foldNow()
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
    // While a checkpoint is under way the file is the worker's: changes go to the journal.
    if (this.fileBytes < journalAboveBytes() && !this.inFlight) return this.commit()
    try {
      this.journalBytes += appendChange(this.path, this.checkpointId, statements)
    } catch (error) {
      throw new ApiFailure(
        'storage',
        `Could not save to ${this.path}: ${(error as Error).message}. Your change is kept in memory; save the workbook elsewhere.`,
      )
    }
    if (this.journalBytes >= CHECKPOINT_JOURNAL_BYTES) void this.checkpoint().catch(() => undefined)
    else this.scheduleCheckpoint()
  }

  /** Fold what opening replayed or upgraded into the file: small files at once, large ones aside. */
  private foldNow(): void {
    if (this.fileBytes < journalAboveBytes()) this.commit()
    // On failure the journal still holds every change: the next checkpoint or opening folds it in.
    else void this.checkpoint().catch(() => undefined)
  }

  private scheduleCheckpoint(): void {
    if (this.idleCheckpoint) clearTimeout(this.idleCheckpoint)
    this.idleCheckpoint = setTimeout(() => {
      this.idleCheckpoint = null
      // On failure the journal still holds every change: the next checkpoint or opening folds it in.
      void this.checkpoint().catch(() => undefined)
    }, CHECKPOINT_AFTER_IDLE_MS)
    this.idleCheckpoint.unref?.()
  }

  /**
   * Checkpoint: write the whole database to the file, durably (see saveWorkbookFile), under a
   * new checkpoint id, then drop the journal, whose changes the file now holds.
   */
  commit(): void {
    this.awaitCheckpointInFlight()
    if (this.idleCheckpoint) clearTimeout(this.idleCheckpoint)
    this.idleCheckpoint = null
    const id = randomUUID()
    try {
      this.db.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('checkpoint', ?)", [id])
      const bytes = this.wholeFile()
      saveWorkbookFile(this.path, bytes)
      // Read back byte for byte by the save: as sound as the database it came from.
      this.verified?.remember(this.path)
      removeJournal(this.path)
      this.checkpointId = id
      this.fileBytes = bytes.length
      this.journalBytes = 0
    } catch (error) {
      throw this.saveFailure(error)
    }
    this.sweepNowAndThen()
  }

  /** The database's file, to write at once: read where it lives (fileImage), else exported. */
  private wholeFile(): Uint8Array {
    const image = this.storage && fileImage(this.db, this.storage)
    if (!image) this.storage = null
    return image ?? this.db.export()
  }

  private sweepNowAndThen(): void {
    if (Date.now() - this.lastSweep > SWEEP_EVERY_MS) {
      this.lastSweep = Date.now()
      sweepLeftovers(this.path)
    }
  }

  /**
   * Checkpoint without holding up the thread that answers requests: a worker thread rebuilds the
   * workbook from its file and journal and saves it (see checkpoint-fold.ts) while changes go on
   * to the journal. Where no worker is built (unit tests of the sources), the checkpoint is made
   * here and now. Resolves once the file holds every change made before the call.
   */
  checkpoint(): Promise<void> {
    if (this.readOnly) return Promise.resolve()
    if (this.inFlight) return this.inFlight.finished
    try {
      const worker = checkpointWorkerFile()
      if (!worker) return Promise.resolve(this.commit())
      if (this.idleCheckpoint) clearTimeout(this.idleCheckpoint)
      this.idleCheckpoint = null
      const mark = randomUUID()
      this.journalBytes += appendChange(this.path, this.checkpointId, checkpointMark(mark))
      const run = new CheckpointRun(worker, {
        path: this.path,
        mark,
        verifiedRecord: this.verified?.recordPath,
      })
      const finished = run.done.then((outcome) => this.settleCheckpoint(run, mark, outcome))
      // Awaited by whoever asked; a checkpoint started by a timer has nobody to tell.
      finished.catch(() => undefined)
      this.inFlight = { run, mark, finished }
      return finished
    } catch (error) {
      return Promise.reject(this.saveFailure(error))
    }
  }

  private saveFailure(error: unknown): ApiFailure {
    if (error instanceof ApiFailure) return error
    return new ApiFailure(
      'storage',
      `Could not save ${this.path}: ${plainReason(error)}. Your change is kept in memory; save the workbook elsewhere.`,
    )
  }

  /** The file now holds everything before `mark`: keep in the journal only what came after. */
  private settleCheckpoint(run: CheckpointRun, mark: string, outcome: FoldOutcome): void {
    // Already settled by a wait (closing, or a save in place).
    if (this.inFlight?.run !== run) return
    this.inFlight = null
    if (!outcome.ok) {
      this.scheduleCheckpoint()
      throw this.saveFailure(new Error(outcome.error))
    }
    this.checkpointId = mark
    this.fileBytes = outcome.bytes
    // The worker has recorded the new file as verified (FoldRequest.verifiedRecord).
    try {
      this.journalBytes = keepChangesAfter(this.path, mark)
    } catch {
      // The journal, left whole, still reads right: its changes after the mark follow the file.
    }
    this.sweepNowAndThen()
    if (this.journalBytes >= CHECKPOINT_JOURNAL_BYTES) void this.checkpoint().catch(() => undefined)
    else if (this.journalBytes > 0) this.scheduleCheckpoint()
  }

  /** Closing or saving in place: the checkpoint under way must end first. */
  private awaitCheckpointInFlight(): void {
    const flight = this.inFlight
    if (!flight) return
    const outcome = flight.run.waitSync(CLOSE_WAITS_FOR_CHECKPOINT_MS)
    try {
      this.settleCheckpoint(flight.run, flight.mark, outcome)
    } catch {
      // The caller saves in place next, or leaves the journal for the next opening.
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
      saveWorkbookFile(path, this.wholeFile())
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
    this.awaitCheckpointInFlight()
    if (!this.readOnly && this.journalBytes > 0) {
      try {
        this.commit()
      } catch {
        // Left in the journal: replayed at the next opening.
      }
    }
    if (this.idleCheckpoint) clearTimeout(this.idleCheckpoint)
    this.db.close()
    this.storage = null
    this.releaseLock()
  }
}

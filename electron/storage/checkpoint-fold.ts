import { readChanges } from './journal'
import { migrate } from './migrations'
import { fileImage, loadSqlEngine, openDatabase, SqliteDb } from './sqlite'
import { VerifiedFiles } from './verified-files'
import { readWorkbookFile, saveWorkbookFile } from './workbook-file'

/**
 * A checkpoint of a large workbook, away from the thread that answers requests.
 *
 * Exporting the live database is itself most of a checkpoint's time (sql.js copies it page by
 * page: about a second for 200 MB), so the checkpoint is not made from it. Instead the thread that
 * owns the workbook appends a mark to the journal and hands over; this code, in a worker thread,
 * rebuilds the same state from what is on disk (the file, then the journal's changes up to the
 * mark), saves it durably under the mark's checkpoint id and reports back. Saves go on meanwhile,
 * appended after the mark. Once told, the owner keeps in the journal only the changes after the
 * mark (keepChangesAfter). At every moment, the file and journal on disk read back to every
 * acknowledged change: before the rename the old file plus the whole journal; after it the new file
 * plus the changes after its mark.
 */
export interface FoldRequest {
  /** The workbook's path, as opened (its journal sits beside that name). */
  readonly path: string
  /** The checkpoint id the saved file will carry, marked in the journal where it began. */
  readonly mark: string
  /**
   * Where the owner records the workbooks it wrote itself (VerifiedFiles), if it does: the new file
   * is recorded here, so that its flush to disk, slow right after hundreds of MB were written, is
   * not made by the thread that answers requests.
   */
  readonly verifiedRecord?: string
}

export interface FoldResult {
  /** The size of the file written. */
  readonly bytes: number
}

/**
 * Replay into `db` (the file's state, migrated) the journal's changes that its file lacks, up to
 * the mark of `until` if given. Opening a workbook does the same, without a mark.
 */
export function replayJournal(
  db: SqliteDb,
  path: string,
  until?: string,
): { checkpoint: string; replayed: number } {
  const checkpoint = String(
    db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'checkpoint'")?.value ?? '',
  )
  const changes = readChanges(path, checkpoint, until)
  if (changes.length > 0)
    db.transaction(() =>
      changes.forEach((change) => change.forEach(([sql, params]) => db.run(sql, params))),
    )
  return { checkpoint, replayed: changes.length }
}

/** Rebuild the workbook from its file and journal up to the mark, and save it under the mark. */
export async function foldJournal({
  path,
  mark,
  verifiedRecord,
}: FoldRequest): Promise<FoldResult> {
  const SQL = await loadSqlEngine()
  const file = readWorkbookFile(path)
  const db = new SqliteDb(openDatabase(SQL, file.bytes))
  try {
    // As when opening: cascades must act on replay as they did when the changes were made.
    db.exec('PRAGMA foreign_keys = ON')
    migrate(db)
    replayJournal(db, path, mark)
    db.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('checkpoint', ?)", [mark])
    const bytes = fileImage(db, file.bytes) ?? db.export()
    saveWorkbookFile(path, bytes)
    if (verifiedRecord) new VerifiedFiles(verifiedRecord).remember(path)
    return { bytes: bytes.length }
  } finally {
    db.close()
  }
}

import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  realpathSync,
  rmSync,
} from 'node:fs'
import { writeFileAtomic } from '../services/atomic-write'
import type { SqlJsStatic } from 'sql.js'
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, migrate } from './migrations'
import { SqliteDb } from './sqlite'
import { hiddenSibling, ownBackups } from './own-files'
import {
  FileTooLarge,
  holdsExactly,
  NotRegularFile,
  pathTaken,
  plainReason,
  readRegularFileAndIdentity,
  type FileIdentity,
} from './regular-file'

export const WORKBOOK_EXTENSION = '.levier'
const SQLITE_HEADER = 'SQLite format 3\0'
const MAX_WORKBOOK_BYTES = 1024 * 1024 * 1024
/**
 * Room left after a workbook's bytes for its database to grow into (see openDatabase): as much as
 * sql.js's file system adds when it grows a large file itself, and at least 16 MB, which a new or
 * small workbook fills only with a large import. Allocated, never touched unless used, it costs
 * address space only.
 */
export function workbookRoom(size: number): number {
  return Math.max(Math.ceil(size / 8), 16 * 1024 * 1024)
}

/**
 * The file of an empty workbook (every migration applied), at the start of a buffer of its own
 * with room after it (workbookRoom), to be opened with openDatabase.
 */
export function newWorkbookBytes(SQL: SqlJsStatic): Uint8Array {
  const db = new SqliteDb(new SQL.Database())
  try {
    migrate(db)
    const file = db.export()
    const bytes = Buffer.alloc(file.length + workbookRoom(file.length))
    bytes.set(file)
    return bytes.subarray(0, file.length)
  } finally {
    db.close()
  }
}

export type RefusalReason =
  | 'missing'
  | 'empty'
  | 'foreign'
  | 'not-sqlite'
  | 'truncated'
  | 'newer'
  | 'corrupt'
  | 'too-large'
  | 'unreadable'
  | 'not-a-file'

/** Why a file cannot be opened as a workbook; the file is left exactly as it was. */
export class WorkbookRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Check the 100-byte SQLite header before handing the bytes to SQLite: the magic string, our
 * application id, the schema version and the page count against the file size.
 */
export function inspectHeader(bytes: Uint8Array, path: string): void {
  if (bytes.length === 0)
    throw new WorkbookRefused('empty', `${path} is empty (0 bytes): it is not a workbook.`)
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 16))
  if (bytes.length < 100 || magic !== SQLITE_HEADER) {
    throw new WorkbookRefused(
      'not-sqlite',
      `${path} is not a SQLite database, so not a Levier workbook.`,
    )
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const applicationId = view.getUint32(68)
  if (applicationId !== APPLICATION_ID) {
    throw new WorkbookRefused(
      'foreign',
      `${path} is a SQLite database from another application, not a Levier workbook.`,
    )
  }
  const userVersion = view.getUint32(60)
  if (userVersion > LATEST_SCHEMA_VERSION) {
    throw new WorkbookRefused(
      'newer',
      `${path} was written by a newer version of Levier (format ${userVersion}; this one reads up to ${LATEST_SCHEMA_VERSION}). Update Levier to open it.`,
    )
  }
  const rawPageSize = view.getUint16(16)
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
  const pageCount = view.getUint32(28)
  if (pageCount > 0 && bytes.length < pageSize * pageCount) {
    throw new WorkbookRefused(
      'truncated',
      `${path} is truncated (${bytes.length} bytes of ${pageSize * pageCount}): it cannot be opened safely.`,
    )
  }
}

export interface ReadWorkbook {
  /** The file's bytes, at the start of a buffer of their own with room after them. */
  readonly bytes: Uint8Array
  readonly writable: boolean
  /** The file's state once read (see VerifiedFiles). */
  readonly identity: FileIdentity
}

/** Read a workbook file's bytes after the checks that need no SQLite; never writes to it. */
export function readWorkbookFile(path: string): ReadWorkbook {
  recoverInterruptedSave(path)
  let bytes: Uint8Array
  let identity: FileIdentity
  try {
    ;({ bytes, identity } = readRegularFileAndIdentity(path, MAX_WORKBOOK_BYTES, workbookRoom))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new WorkbookRefused('missing', `${path} does not exist.`)
    if (error instanceof FileTooLarge)
      throw new WorkbookRefused('too-large', `${path} is larger than 1 GB.`)
    if (error instanceof NotRegularFile)
      throw new WorkbookRefused(
        'not-a-file',
        `${path} is not a regular file (a folder, a device or a pipe): it is not a workbook.`,
      )
    throw new WorkbookRefused('unreadable', `${path} cannot be read: ${plainReason(error)}.`)
  }
  inspectHeader(bytes, path)
  let writable = true
  try {
    accessSync(path, constants.W_OK)
  } catch {
    writable = false
  }
  return { bytes, writable, identity }
}

/**
 * A save interrupted between its steps could leave the previous file only as its backup: put the
 * backup back. The rule, so that no file of the user's is ever renamed: only when nothing has the
 * workbook's name, and only a backup that is provably ours — a hidden file named
 * `.<workbook name>.<12 hex>.bak` (a name Levier makes up at each save; a user's own `X.levier.bak`
 * never matches) whose content is a Levier workbook (SQLite header with our application id). The
 * name ties it to this path, the content to Levier: the path was a workbook Levier was saving.
 * The newest such backup is put back, by a hard link (which fails rather than replace a file that
 * appeared meanwhile), then removed.
 */
export function recoverInterruptedSave(path: string): void {
  if (pathTaken(path)) return
  const backup = ownBackups(path)[0]
  if (!backup) return
  try {
    linkSync(backup, path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return
    try {
      copyFileSync(backup, path, constants.COPYFILE_EXCL)
    } catch {
      return
    }
  }
  rmSync(backup, { force: true })
}

/** Keep the current file under a hidden name of ours while the new one is written and checked. */
function keepBackup(path: string): string {
  const backup = hiddenSibling(path, 'bak')
  try {
    linkSync(path, backup)
  } catch {
    // File systems without hard links (FAT, some network shares): copy instead.
    copyFileSync(path, backup, constants.COPYFILE_EXCL)
  }
  return backup
}

/**
 * Replace the workbook file with `bytes` durably: temporary file beside it, fsync, read back and
 * compare, keep the previous file as a hidden backup (a hard link, so nothing is copied), atomic
 * rename, fsync of the directory, then drop the backup. Only files this save made are removed.
 */
export function saveWorkbookFile(linkOrPath: string, bytes: Uint8Array): void {
  // A workbook opened through a symbolic link is saved where the link points: renaming over the
  // link would replace it with a file and leave the real workbook behind, unsaved.
  const path = existsSync(linkOrPath) ? realpathSync(linkOrPath) : linkOrPath
  const backup = existsSync(path) ? keepBackup(path) : null
  try {
    writeFileAtomic(
      path,
      bytes,
      (tempPath) => {
        if (!holdsExactly(tempPath, bytes))
          throw new Error('the workbook written to disk does not read back identically')
      },
      0o644,
    )
  } finally {
    // The workbook is in place (new or, after a failure, old): the backup is no longer needed.
    if (backup && existsSync(path)) rmSync(backup, { force: true })
  }
}

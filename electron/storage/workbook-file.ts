import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { writeFileAtomic } from '../services/atomic-write'
import { APPLICATION_ID, LATEST_SCHEMA_VERSION } from './migrations'

export const WORKBOOK_EXTENSION = '.levier'
const SQLITE_HEADER = 'SQLite format 3\0'
const MAX_WORKBOOK_BYTES = 1024 * 1024 * 1024

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
  readonly bytes: Uint8Array
  readonly writable: boolean
}

/** Read a workbook file's bytes after the checks that need no SQLite; never writes to it. */
export function readWorkbookFile(path: string): ReadWorkbook {
  recoverInterruptedSave(path)
  if (!existsSync(path)) throw new WorkbookRefused('missing', `${path} does not exist.`)
  const size = statSync(path).size
  if (size > MAX_WORKBOOK_BYTES)
    throw new WorkbookRefused('too-large', `${path} is larger than 1 GB.`)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new WorkbookRefused('unreadable', `${path} cannot be read: ${(error as Error).message}`)
  }
  inspectHeader(bytes, path)
  let writable = true
  try {
    accessSync(path, constants.W_OK)
  } catch {
    writable = false
  }
  return { bytes, writable }
}

function backupPath(path: string): string {
  return `${path}.bak`
}

/**
 * A save interrupted between its steps leaves the previous file as `.bak` and possibly no main
 * file: put the backup back. (The new file only ever replaces the old one by an atomic rename.)
 */
export function recoverInterruptedSave(path: string): void {
  const backup = backupPath(path)
  if (!existsSync(path) && existsSync(backup)) renameSync(backup, path)
}

/**
 * Replace the workbook file with `bytes` durably: temporary file beside it, fsync, read back and
 * compare, keep the previous file as `.bak` (a hard link, so nothing is copied), atomic rename,
 * fsync of the directory, then drop the backup.
 */
export function saveWorkbookFile(
  path: string,
  bytes: Uint8Array,
  verify: (written: Uint8Array) => boolean = () => true,
): void {
  const backup = backupPath(path)
  const hadFile = existsSync(path)
  if (hadFile) {
    rmSync(backup, { force: true })
    try {
      linkSync(path, backup)
    } catch {
      // File systems without hard links (FAT, some network shares): copy instead.
      copyFileSync(path, backup)
    }
  }
  writeFileAtomic(
    path,
    bytes,
    (tempPath) => {
      const written = readFileSync(tempPath)
      if (
        written.length !== bytes.length ||
        !Buffer.from(written).equals(Buffer.from(bytes)) ||
        !verify(written)
      ) {
        throw new Error('the workbook written to disk does not read back identically')
      }
    },
    0o644,
  )
  if (hadFile) rmSync(backup, { force: true })
}

import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { escapeRegExp } from '@shared/format/escape-reg-exp'
import { APPLICATION_ID } from './migrations'
import { readHead } from './regular-file'

/**
 * The files Levier makes beside a workbook `X.levier`, and how it proves a file is one of them
 * before removing or renaming it. A user's own file is never touched, even one with the same name:
 *
 * - `X.levier.lock`: the writer's lock; ours when it parses as our lock format (see lock.ts);
 * - `X.levier.changes`: the change journal; ours when its first line is our journal header;
 * - `.X.levier.<12 hex>.tmp`: a save being written (atomic-write.ts); ours when hidden, named to
 *   that exact pattern, and its content is (the start of) a Levier workbook;
 * - `.X.levier.<12 hex>.bak`: the previous file, kept while a save is verified; same proof;
 * - `.X.levier.lock.<12 hex>.tmp`, `.X.levier.changes.<12 hex>.tmp`: a lock or a journal being
 *   created (then linked into place, so those never exist half-written); same proof, by content.
 */

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
export const LOCK_PREFIX = '{"levierLock":1,'
export const JOURNAL_PREFIX = '{"levierJournal":1,'

/** Leftovers younger than this may belong to a save under way; they are left alone. */
export const LEFTOVER_MIN_AGE_MS = 10 * 60 * 1000

/** A hidden name beside `path`, unique to this call: `.<name>.<12 hex>.<suffix>`. */
export function hiddenSibling(path: string, suffix: 'tmp' | 'bak'): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.${suffix}`)
}

/** Write all of `bytes` at the descriptor's position and flush them to disk. */
export function writeWholeAndFlush(fd: number, bytes: Buffer): void {
  let offset = 0
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
  fsyncSync(fd)
}

function createExclusive(path: string, bytes: Buffer): void {
  const fd = openSync(path, 'wx', 0o644)
  try {
    writeWholeAndFlush(fd, bytes)
  } finally {
    closeSync(fd)
  }
}

/**
 * Create `path` with all of `bytes` or not at all: written to a hidden temporary file, flushed,
 * then hard-linked to its name (which fails if the name is taken). A crash or power cut so never
 * leaves an empty or half-written file of ours that would later be taken for a user's (a lock or a
 * journal is recognised by its first bytes). File systems without hard links fall back to an
 * exclusive create. False when the name is taken.
 */
export function createWhole(path: string, bytes: Buffer): boolean {
  const temp = hiddenSibling(path, 'tmp')
  try {
    createExclusive(temp, bytes)
    try {
      linkSync(temp, path)
      return true
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST') return false
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error
    }
  } finally {
    rmSync(temp, { force: true })
  }
  try {
    createExclusive(path, bytes)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

function hiddenPattern(name: string, suffix: 'tmp' | 'bak'): RegExp {
  return new RegExp(`^\\.${escapeRegExp(name)}\\.[0-9a-f]{12}\\.${suffix}$`)
}

/** Whether `head` (the first bytes of a file) is a Levier workbook's header: magic and our id. */
export function isWorkbookHead(head: Uint8Array): boolean {
  if (head.length < 72) return false
  if (!Buffer.from(head.subarray(0, 16)).equals(SQLITE_MAGIC)) return false
  return Buffer.from(head).readUInt32BE(68) === APPLICATION_ID
}

/** A file cut short while written: its bytes are the start of what we write. */
function startsLike(head: Uint8Array, prefix: Buffer): boolean {
  const n = Math.min(head.length, prefix.length)
  return Buffer.from(head.subarray(0, n)).equals(prefix.subarray(0, n))
}

/** A workbook being written, possibly cut short by a kill: the start of a Levier workbook. */
function isWorkbookStart(head: Uint8Array): boolean {
  return head.length >= 72 ? isWorkbookHead(head) : startsLike(head, SQLITE_MAGIC)
}

function headOf(path: string): Buffer | null {
  try {
    return readHead(path, 100)
  } catch {
    return null
  }
}

function ageMs(path: string, now: number): number {
  try {
    return now - statSync(path).mtimeMs
  } catch {
    return -1
  }
}

/** The hidden backups of `path` that are provably ours, newest first. */
export function ownBackups(path: string): string[] {
  const dir = dirname(path)
  const pattern = hiddenPattern(basename(path), 'bak')
  let names: string[]
  try {
    names = readdirSync(dir).filter((n) => pattern.test(n))
  } catch {
    return []
  }
  return names
    .map((n) => join(dir, n))
    .filter((p) => {
      const head = headOf(p)
      return head !== null && isWorkbookHead(head)
    })
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
}

/**
 * Remove what killed Levier processes left beside the workbook `path`: hidden temporary files
 * and backups of the exact patterns above, whose content proves them ours, and old enough that no
 * save can still be writing them. Called with the writer's lock held, so no other Levier saves
 * this workbook meanwhile. A backup is only removed while the workbook itself exists (otherwise it
 * is what `recoverInterruptedSave` puts back). Returns the names removed.
 */
export function sweepLeftovers(path: string, now = Date.now()): string[] {
  const dir = dirname(path)
  const name = basename(path)
  const kinds: Array<[RegExp, (head: Buffer) => boolean]> = [
    [hiddenPattern(name, 'tmp'), isWorkbookStart],
    [hiddenPattern(`${name}.lock`, 'tmp'), (h) => startsLike(h, Buffer.from(LOCK_PREFIX))],
    [hiddenPattern(`${name}.changes`, 'tmp'), (h) => startsLike(h, Buffer.from(JOURNAL_PREFIX))],
  ]
  let mainExists: boolean
  try {
    mainExists = statSync(path).isFile()
  } catch {
    mainExists = false
  }
  if (mainExists) kinds.push([hiddenPattern(name, 'bak'), isWorkbookHead])
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const entry of names) {
    const kind = kinds.find(([pattern]) => pattern.test(entry))
    if (!kind) continue
    const full = join(dir, entry)
    if (ageMs(full, now) < LEFTOVER_MIN_AGE_MS) continue
    const head = headOf(full)
    if (head === null || !kind[1](head)) continue
    try {
      rmSync(full)
      removed.push(entry)
    } catch {
      // Gone meanwhile, or not ours to remove (permissions): left as it is.
    }
  }
  return removed
}

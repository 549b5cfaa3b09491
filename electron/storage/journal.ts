import { closeSync, existsSync, openSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { sha256Hex } from '@shared/security/sha256'
import { fsyncDirectory } from '../services/atomic-write'
import { createWhole, JOURNAL_PREFIX, writeWholeAndFlush } from './own-files'
import { pathTaken, plainReason, readHead, readRegularFile } from './regular-file'
import type { SqlParam } from './sqlite'

/**
 * The change journal of a large workbook: each committed change appended as the statements that
 * made it, flushed to disk before the change is acknowledged, and folded into the SQLite file at
 * the next checkpoint. Its name must not end in `-journal`, which SQLite would take for its own.
 */
export type Statement = readonly [string, readonly SqlParam[]]

export function journalPath(workbookPath: string): string {
  return `${workbookPath}.changes`
}

const FORMAT = 1
/** A journal past this size is not one Levier wrote (it checkpoints at 16 MB). */
const MAX_JOURNAL_BYTES = 1024 * 1024 * 1024

function digest(text: string): string {
  return sha256Hex(text).slice(0, 24)
}

function encodeParam(p: SqlParam): unknown {
  return p instanceof Uint8Array ? { bytes: Buffer.from(p).toString('base64') } : p
}

function decodeParam(p: unknown): SqlParam {
  if (p !== null && typeof p === 'object' && 'bytes' in p)
    return new Uint8Array(Buffer.from(String((p as { bytes: string }).bytes), 'base64'))
  return p as SqlParam
}

/**
 * Create the journal whole (see createWhole): it never exists without its complete header, which is
 * how Levier recognises a journal as its own.
 */
function createJournal(path: string, bytes: Buffer): void {
  if (!createWhole(path, bytes))
    throw Object.assign(new Error('another file took the journal’s name meanwhile'), {
      code: 'EEXIST',
    })
  fsyncDirectory(dirname(path))
}

/** Append one change and flush it; creates the journal (tied to `checkpoint`) if needed. */
export function appendChange(
  workbookPath: string,
  checkpoint: string,
  statements: readonly Statement[],
): number {
  const path = journalPath(workbookPath)
  const created = !existsSync(path)
  const body = JSON.stringify(statements.map(([sql, params]) => [sql, params.map(encodeParam)]))
  const line = `${created ? `${JSON.stringify({ levierJournal: FORMAT, checkpoint })}\n` : ''}${JSON.stringify({ h: digest(body), s: JSON.parse(body) as unknown })}\n`
  const bytes = Buffer.from(line, 'utf8')
  if (created) {
    createJournal(path, bytes)
    return line.length
  }
  // The workbook was opened only after checking that an existing journal is ours (see isOwnJournal).
  const fd = openSync(path, 'a', 0o644)
  try {
    writeWholeAndFlush(fd, bytes)
  } finally {
    closeSync(fd)
  }
  return line.length
}

/**
 * Whether the journal's name is free or holds a journal Levier wrote: a regular file whose first
 * line starts with our header. A user's file of that name is neither read as changes nor removed.
 */
export function journalState(workbookPath: string): 'absent' | 'ours' | 'foreign' {
  const path = journalPath(workbookPath)
  if (!pathTaken(path)) return 'absent'
  try {
    const head = readHead(path, JOURNAL_PREFIX.length)
    return head.toString('utf8') === JOURNAL_PREFIX ? 'ours' : 'foreign'
  } catch {
    return 'foreign'
  }
}

/** Refusal of a workbook whose journal's name is taken by a file Levier did not write. */
export function foreignJournalMessage(workbookPath: string): string {
  return `${journalPath(workbookPath)} exists and is not a change journal written by Levier, which uses that name beside the workbook. Move or rename that file, then try again.`
}

export class JournalDamaged extends Error {}

/**
 * The changes recorded since `checkpoint`. A journal written for another checkpoint holds changes
 * the file already has (the save finished, the journal was not yet removed) and yields nothing. A
 * torn last line is a change that was never acknowledged and is dropped; damage anywhere else
 * means acknowledged changes are unreadable, and is refused.
 */
export function readChanges(workbookPath: string, checkpoint: string): Statement[][] {
  const path = journalPath(workbookPath)
  // Someone else's file of that name holds none of our changes.
  if (journalState(workbookPath) !== 'ours') return []
  let text: string
  try {
    text = readRegularFile(path, MAX_JOURNAL_BYTES).toString('utf8')
  } catch (error) {
    throw new JournalDamaged(`${path} cannot be read: ${plainReason(error)}.`)
  }
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  let header: { levierJournal?: number; checkpoint?: string } = {}
  try {
    header = JSON.parse(lines[0] ?? '{}') as typeof header
  } catch {
    if (lines.length <= 1) return []
    throw new JournalDamaged(`${path} is damaged (unreadable header).`)
  }
  if (header.levierJournal !== FORMAT || header.checkpoint !== checkpoint) return []
  const changes: Statement[][] = []
  for (let i = 1; i < lines.length; i++) {
    let record: { h?: string; s?: unknown } | null
    try {
      record = JSON.parse(lines[i] as string) as { h?: string; s?: unknown }
    } catch {
      record = null
    }
    const valid =
      record !== null && Array.isArray(record.s) && record.h === digest(JSON.stringify(record.s))
    if (!valid) {
      if (i === lines.length - 1) break
      throw new JournalDamaged(
        `${path} is damaged at change ${i}: saved changes cannot be read back.`,
      )
    }
    changes.push(
      (record?.s as Array<[string, unknown[]]>).map(
        ([sql, params]) => [sql, params.map(decodeParam)] as const,
      ),
    )
  }
  return changes
}

/** Remove the journal, only if it is ours (a user's file of that name is left alone). */
export function removeJournal(workbookPath: string): void {
  if (journalState(workbookPath) === 'ours') rmSync(journalPath(workbookPath), { force: true })
}

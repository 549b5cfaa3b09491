import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { createHash } from 'node:crypto'
import { dirname } from 'node:path'
import { fsyncDirectory } from '../services/atomic-write'
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

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24)
}

function encodeParam(p: SqlParam): unknown {
  return p instanceof Uint8Array ? { bytes: Buffer.from(p).toString('base64') } : p
}

function decodeParam(p: unknown): SqlParam {
  if (p !== null && typeof p === 'object' && 'bytes' in p)
    return new Uint8Array(Buffer.from(String((p as { bytes: string }).bytes), 'base64'))
  return p as SqlParam
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
  const fd = openSync(path, 'a', 0o644)
  try {
    const bytes = Buffer.from(line, 'utf8')
    let offset = 0
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  if (created) fsyncDirectory(dirname(path))
  return line.length
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
  if (!existsSync(path)) return []
  const lines = readFileSync(path, 'utf8').split('\n')
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

export function removeJournal(workbookPath: string): void {
  rmSync(journalPath(workbookPath), { force: true })
}

import { closeSync, existsSync, openSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { sha256Hex } from '@shared/security/sha256'
import { fsyncDirectory, writeFileAtomic } from '../services/atomic-write'
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
 * A change that only marks where a checkpoint started (see the header comment of
 * checkpoint-fold.ts): a file saved under that checkpoint holds every change before it. Its one
 * statement is a SQL comment, never replayed.
 */
export const CHECKPOINT_MARK = '-- levier checkpoint'

export function checkpointMark(checkpoint: string): Statement[] {
  return [[CHECKPOINT_MARK, [checkpoint]]]
}

function markOf(change: readonly Statement[]): string | null {
  const [only] = change
  return change.length === 1 && only?.[0] === CHECKPOINT_MARK ? String(only[1][0]) : null
}

interface JournalLine {
  readonly text: string
  /** The change it holds; null for a line that does not read back (torn or damaged). */
  readonly change: Statement[] | null
}

/** Every line of our journal after its header; null when there is none of ours to read. */
function readJournal(
  workbookPath: string,
): { readonly checkpoint: string | undefined; readonly lines: JournalLine[] } | null {
  const path = journalPath(workbookPath)
  // Someone else's file of that name holds none of our changes.
  if (journalState(workbookPath) !== 'ours') return null
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
    if (lines.length <= 1) return null
    throw new JournalDamaged(`${path} is damaged (unreadable header).`)
  }
  if (header.levierJournal !== FORMAT) return null
  return {
    checkpoint: header.checkpoint,
    lines: lines.slice(1).map((line) => {
      let record: { h?: string; s?: unknown } | null
      try {
        record = JSON.parse(line) as { h?: string; s?: unknown }
      } catch {
        record = null
      }
      const valid =
        record !== null && Array.isArray(record.s) && record.h === digest(JSON.stringify(record.s))
      const change = valid
        ? (record?.s as Array<[string, unknown[]]>).map(
            ([sql, params]) => [sql, params.map(decodeParam)] as const,
          )
        : null
      return { text: line, change }
    }),
  }
}

/**
 * Where the changes a file saved under `checkpoint` lacks begin: after the header if the journal
 * was started for that checkpoint, after its mark if the checkpoint began while the journal
 * was in use; -1 when the journal is from before it (the file already holds all its changes).
 */
function startOf(
  journal: { checkpoint: string | undefined; lines: JournalLine[] },
  checkpoint: string,
): number {
  if (journal.checkpoint === checkpoint) return 0
  const mark = journal.lines.findIndex((l) => l.change !== null && markOf(l.change) === checkpoint)
  return mark === -1 ? -1 : mark + 1
}

/**
 * The changes recorded since `checkpoint` (up to the mark of checkpoint `until`, if given). A
 * journal written for another checkpoint holds changes the file already has (the save finished,
 * the journal was not yet removed) and yields nothing. A torn last line is a change that was
 * never acknowledged and is dropped; damage anywhere else means acknowledged changes are
 * unreadable, and is refused.
 */
export function readChanges(
  workbookPath: string,
  checkpoint: string,
  until?: string,
): Statement[][] {
  const journal = readJournal(workbookPath)
  if (!journal) return []
  const start = startOf(journal, checkpoint)
  if (start === -1) return []
  const changes: Statement[][] = []
  for (let i = start; i < journal.lines.length; i++) {
    const change = (journal.lines[i] as JournalLine).change
    if (change === null) {
      if (i === journal.lines.length - 1) break
      throw new JournalDamaged(
        `${journalPath(workbookPath)} is damaged at change ${i + 1}: saved changes cannot be read back.`,
      )
    }
    const mark = markOf(change)
    if (mark !== null && mark === until) return changes
    if (mark === null) changes.push(change)
  }
  if (until !== undefined)
    throw new JournalDamaged(`${journalPath(workbookPath)} lacks the mark of checkpoint ${until}.`)
  return changes
}

/**
 * Once the file is saved under checkpoint `done`, keep in the journal only the changes made since
 * that checkpoint began, under a header naming it: written beside and renamed over, so a crash
 * leaves either journal, each read right against the new file. No journal is left if there are
 * none. Returns the journal's size.
 */
export function keepChangesAfter(workbookPath: string, done: string): number {
  const journal = readJournal(workbookPath)
  if (!journal) return 0
  const start = startOf(journal, done)
  const kept = start === -1 ? [] : journal.lines.slice(start).filter((l) => l.change !== null)
  if (kept.length === 0) {
    removeJournal(workbookPath)
    return 0
  }
  const text = [
    JSON.stringify({ levierJournal: FORMAT, checkpoint: done }),
    ...kept.map((l) => l.text),
  ]
    .join('\n')
    .concat('\n')
  writeFileAtomic(journalPath(workbookPath), text, undefined, 0o644)
  return Buffer.byteLength(text)
}

/** Remove the journal, only if it is ours (a user's file of that name is left alone). */
export function removeJournal(workbookPath: string): void {
  if (journalState(workbookPath) === 'ours') rmSync(journalPath(workbookPath), { force: true })
}

import { rmSync } from 'node:fs'
import { hostname } from 'node:os'
import { createWhole } from './own-files'
import { readRegularFile } from './regular-file'

export interface LockOwner {
  readonly pid: number
  readonly host: string
  readonly since: string
}

/** The workbook is being written by another Levier process; it may still be opened read-only. */
export class WorkbookLocked extends Error {
  constructor(
    readonly owner: LockOwner,
    readonly byThisProcess = false,
  ) {
    super(
      byThisProcess
        ? `This workbook is already open for writing in this Levier (process ${owner.pid} on ${owner.host}, since ${owner.since}).`
        : `This workbook is open for writing in another Levier (process ${owner.pid} on ${owner.host}, since ${owner.since}). You can open it read-only.`,
    )
  }
}

/** A file has the lock's name but is not a Levier lock: it is the user's, and left alone. */
export class ForeignLockFile extends Error {
  constructor(readonly path: string) {
    super(
      `${path} exists and is not a lock written by Levier, which uses that name to mark the workbook as open. Move or rename that file, then try again.`,
    )
  }
}

export function lockPath(workbookPath: string): string {
  return `${workbookPath}.lock`
}

/** Locks this process holds: a lock naming our PID and host is ours only if it is in here. */
const heldHere = new Set<string>()

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

type Found = { kind: 'absent' } | { kind: 'ours'; owner: LockOwner } | { kind: 'foreign' }

/**
 * What has the lock's name. Ours: JSON with our marker `levierLock: 1` and the owner's fields, or
 * exactly the three fields earlier Levier versions wrote. Anything else (not JSON, other fields, a
 * FIFO…) is someone else's file.
 */
function inspect(path: string): Found {
  let text: string
  try {
    text = readRegularFile(path, 4096).toString('utf8')
  } catch (error) {
    // Gone meanwhile; or a FIFO, a folder, unreadable…: not a lock of ours.
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? { kind: 'absent' }
      : { kind: 'foreign' }
  }
  try {
    const lock = JSON.parse(text) as Record<string, unknown>
    const fieldsOk =
      typeof lock.pid === 'number' &&
      Number.isInteger(lock.pid) &&
      typeof lock.host === 'string' &&
      typeof lock.since === 'string'
    const keys = Object.keys(lock).sort().join()
    const marked = lock.levierLock === 1 && keys === 'host,levierLock,pid,since'
    const legacy = keys === 'host,pid,since'
    if (fieldsOk && (marked || legacy)) return { kind: 'ours', owner: lock as unknown as LockOwner }
  } catch {
    // Not JSON: not ours.
  }
  return { kind: 'foreign' }
}

/**
 * Take the writer's lock of a workbook: a `.lock` file holding our marker, PID and host. A lock of
 * ours whose process is gone (same host) is stale and taken over; so is one naming our own PID that
 * this process does not hold (left by an earlier process with the same PID, as after a container
 * restart). A file with the lock's name that is not ours is never removed: ForeignLockFile.
 * Returns the function that releases it.
 */
export function acquireLock(workbookPath: string): () => void {
  const path = lockPath(workbookPath)
  for (let attempt = 0; attempt < 3; attempt++) {
    const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() }
    const content = JSON.stringify({ levierLock: 1, ...owner })
    if (createWhole(path, Buffer.from(content, 'utf8'))) {
      heldHere.add(path)
      let released = false
      return () => {
        if (released) return
        released = true
        heldHere.delete(path)
        try {
          if (readRegularFile(path, 4096).toString('utf8') === content)
            rmSync(path, { force: true })
        } catch {
          // Already gone, or replaced by someone else's: nothing of ours to remove.
        }
      }
    }
    const found = inspect(path)
    if (found.kind === 'absent') continue
    if (found.kind === 'foreign') throw new ForeignLockFile(path)
    const held = found.owner
    const here = held.host === hostname()
    if (here && held.pid === process.pid) {
      if (heldHere.has(path)) throw new WorkbookLocked(held, true)
    } else if (!here || isAlive(held.pid)) throw new WorkbookLocked(held)
    rmSync(path, { force: true })
  }
  throw new Error(`Could not take the lock ${path}`)
}

import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'

export interface LockOwner {
  readonly pid: number
  readonly host: string
  readonly since: string
}

/** The workbook is being written by another Levier process; it may still be opened read-only. */
export class WorkbookLocked extends Error {
  constructor(readonly owner: LockOwner) {
    super(
      `This workbook is open for writing in another Levier (process ${owner.pid} on ${owner.host}, since ${owner.since}). You can open it read-only.`,
    )
  }
}

export function lockPath(workbookPath: string): string {
  return `${workbookPath}.lock`
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>
    if (
      typeof owner.pid === 'number' &&
      typeof owner.host === 'string' &&
      typeof owner.since === 'string'
    )
      return owner as LockOwner
  } catch {
    // Unreadable lock: written by a crash mid-way; treated as stale.
  }
  return null
}

/**
 * Take the writer's lock of a workbook: a `.lock` file created exclusively, holding our PID and
 * host. A lock whose process is gone (same host) or that cannot be read is stale and taken over.
 * Returns the function that releases it.
 */
export function acquireLock(workbookPath: string): () => void {
  const path = lockPath(workbookPath)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644)
      const owner: LockOwner = {
        pid: process.pid,
        host: hostname(),
        since: new Date().toISOString(),
      }
      writeSync(fd, JSON.stringify(owner))
      closeSync(fd)
      let released = false
      return () => {
        if (released) return
        released = true
        const current = readOwner(path)
        if (current && current.pid === owner.pid && current.host === owner.host)
          rmSync(path, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = readOwner(path)
      const stale = !owner || (owner.host === hostname() && !isAlive(owner.pid))
      if (!stale) throw new WorkbookLocked(owner)
      rmSync(path, { force: true })
    }
  }
  throw new Error(`Could not take the lock ${path}`)
}

import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/** Flush a directory entry (a new or renamed file in it) to disk. */
export function fsyncDirectory(dir: string): void {
  // Directories cannot be opened for fsync on Windows; the rename is durable enough there.
  if (process.platform === 'win32') return
  const fd = openSync(dir, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Replace `path` with `data` so that a crash at any moment leaves either the old file or the new
 * one, never a mix: write a temporary file beside it, flush it to disk, rename it over the target,
 * then flush the directory entry.
 */
export function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  /** Runs on the flushed temporary file before it replaces the target; throw to abandon. */
  verify?: (tempPath: string) => void,
  /** Preferences are private (0600); workbooks are documents users share (0644, less umask). */
  mode = 0o600,
): void {
  const dir = dirname(path)
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const fd = openSync(temp, 'wx', mode)
  try {
    let offset = 0
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    rmSync(temp, { force: true })
    throw error
  }
  closeSync(fd)
  try {
    verify?.(temp)
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
  fsyncDirectory(dir)
}

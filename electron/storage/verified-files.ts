import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { writeFileAtomic } from '../services/atomic-write'
import { identityOfPath, readRegularFile, type FileIdentity } from './regular-file'

/** How many workbooks are remembered as checked; the oldest are forgotten first. */
const MAX_REMEMBERED = 50
const MAX_RECORD_BYTES = 1024 * 1024

/**
 * Workbooks whose whole content SQLite's integrity check passed — or that Levier wrote itself and
 * read back byte for byte — each with the identity the file had then. Opening a file still in that
 * state needs no second full check (seconds on a workbook of hundreds of megabytes); any change
 * made outside Levier changes the identity, and the file is checked in full again. A convenience
 * kept in the data folder: a record that cannot be read or written only means more checking.
 */
export class VerifiedFiles {
  constructor(readonly recordPath: string) {}

  isUnchanged(path: string, identity: FileIdentity): boolean {
    return this.read().get(path) === identity
  }

  /** Remember `path` as checked in the state `identity` (by default, its state now). */
  remember(path: string, identity: FileIdentity | null = identityOfPath(path)): void {
    if (identity === null) return this.forget(path)
    const files = this.read()
    files.delete(path)
    files.set(path, identity)
    this.write(files)
  }

  forget(path: string): void {
    const files = this.read()
    if (files.delete(path)) this.write(files)
  }

  private read(): Map<string, FileIdentity> {
    try {
      const record = JSON.parse(readRegularFile(this.recordPath, MAX_RECORD_BYTES).toString('utf8'))
      const entries = Object.entries((record as { files?: unknown }).files ?? {})
      return new Map(entries.filter((e): e is [string, string] => typeof e[1] === 'string'))
    } catch {
      return new Map()
    }
  }

  private write(files: Map<string, FileIdentity>): void {
    const kept = [...files].slice(-MAX_REMEMBERED)
    try {
      mkdirSync(dirname(this.recordPath), { recursive: true })
      writeFileAtomic(
        this.recordPath,
        `${JSON.stringify({ files: Object.fromEntries(kept) }, null, 2)}\n`,
      )
    } catch {
      // Only a convenience: the next opening checks the file in full.
    }
  }
}

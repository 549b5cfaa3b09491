import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { sqlite3 } from './sqlite3-cli'

/** A small seeded generator (mulberry32): the same damage at every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Flip one bit of the last letter of the first occurrence of `word` in the file (in the schema
 * text, for a column name): `current_version` becomes `current_versioo`, a valid name.
 */
export function flipInSchema(path: string, word: string): void {
  const bytes = readFileSync(path)
  const at = bytes.indexOf(Buffer.from(word, 'latin1'))
  if (at < 0) throw new Error(`${word} is not in ${path}`)
  const i = at + word.length - 1
  bytes[i] = (bytes[i] as number) ^ 0x01
  writeFileSync(path, bytes)
}

/**
 * Damage that SQLite's quick_check misses and integrity_check finds: the year of one key in the
 * `scenarios_updated` index changed, the table still saying otherwise. `preserve` keeps the file's
 * bytes in place (same inode, same size) and puts its modification time back, as a careful tool would.
 */
export function damageIndexKey(path: string, preserve = false): void {
  const pageSize = Number(sqlite3(path, 'PRAGMA page_size'))
  const root = Number(
    sqlite3(path, "SELECT rootpage FROM sqlite_master WHERE name = 'scenarios_updated'"),
  )
  const before = statSync(path)
  const bytes = readFileSync(path)
  const page = bytes.subarray((root - 1) * pageSize, root * pageSize)
  const at = page.indexOf(Buffer.from('20', 'latin1'), 100)
  page[at + 1] = '9'.charCodeAt(0)
  writeFileSync(path, bytes)
  if (preserve) utimesSync(path, before.atime, before.mtime)
}

export interface Damage {
  readonly label: string
  readonly bytes: Buffer
}

/**
 * `count` damaged copies of a workbook's bytes: byte flips at random offsets (one in three inside
 * the schema text SQLite keeps in sqlite_master, where a flipped name passes SQLite's own checks),
 * a few flips at once, and truncations at random lengths.
 */
export function damagedVariants(original: Buffer, count: number, seed: number): Damage[] {
  const random = seededRandom(seed)
  const int = (n: number) => Math.floor(random() * n)
  const schemaStart = original.indexOf(Buffer.from('CREATE TABLE', 'latin1'))
  const schemaEnd = original.lastIndexOf(Buffer.from('CREATE INDEX', 'latin1')) + 200
  const variants: Damage[] = []
  for (let k = 0; k < count; k++) {
    const bytes = Buffer.from(original)
    const kind = k % 4
    if (kind === 3) {
      const length = int(original.length)
      variants.push({ label: `truncated to ${length}`, bytes: bytes.subarray(0, length) })
      continue
    }
    const flips = kind === 2 ? 1 + int(8) : 1
    const offsets: number[] = []
    for (let f = 0; f < flips; f++) {
      const offset =
        kind === 0 && schemaStart >= 0
          ? schemaStart + int(schemaEnd - schemaStart)
          : int(original.length)
      bytes[offset] = (bytes[offset] as number) ^ (1 + int(255))
      offsets.push(offset)
    }
    variants.push({ label: `flipped at ${offsets.join(', ')}`, bytes })
  }
  return variants
}

import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  readdirSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCENARIO_SCHEMA_VERSION } from '@shared/model/scenario/scenario-schema'
import { ScenarioStore } from '../../../electron/storage/scenario-store'
import { Workbook } from '../../../electron/storage/workbook'
import { lockPath } from '../../../electron/storage/lock'
import { holdsExactly } from '../../../electron/storage/regular-file'
import {
  bytesOf,
  newWorkbook,
  scenarioNamed,
  sqlite3,
  useOpenWorkbooks,
} from '../../helpers/workbooks'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const open = useOpenWorkbooks()

async function savedWorkbook() {
  const dir = tempDir()
  const { workbook, store, path } = await newWorkbook(dir)
  store.create(scenarioNamed('TSN 6 %'), 'ana')
  store.create(scenarioNamed('Droit constant', 'current-law'), 'ana')
  workbook.close()
  return { dir, path }
}

describe('workbook files', () => {
  it('are real SQLite files that the sqlite3 client reads, with queryable scenario JSON', async () => {
    const { path } = await savedWorkbook()
    expect(sqlite3(path, 'PRAGMA integrity_check')).toBe('ok')
    expect(sqlite3(path, 'PRAGMA application_id')).toBe(String(0x4c565231))
    expect(sqlite3(path, 'SELECT count(*) FROM scenarios')).toBe('2')
    expect(
      sqlite3(
        path,
        "SELECT json_extract(payload, '$.levers.dst.rate') FROM versions v JOIN scenarios s ON s.id = v.scenario_id WHERE s.name = 'TSN 6 %'",
      ),
    ).toBe('0.06')
    expect(
      sqlite3(path, "SELECT json_extract(payload, '$.schemaVersion') FROM versions LIMIT 1"),
    ).toBe(String(SCENARIO_SCHEMA_VERSION))
  })

  it('survive closing and reopening, leaving no lock, backup or temporary file', async () => {
    const { dir, path } = await savedWorkbook()
    expect(readdirSync(dir)).toEqual(['test.levier'])
    const reopened = await Workbook.open(path)
    open.push(reopened)
    expect(
      new ScenarioStore(reopened)
        .list()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['Droit constant', 'TSN 6 %'])
    expect(existsSync(lockPath(path))).toBe(true)
  })

  it('migrate from an empty database, and open the stored format-10 fixture', async () => {
    const dir = tempDir()
    const fixture = join(dir, 'v10.levier')
    copyFileSync(join(import.meta.dirname, '../../fixtures/workbooks/v10.levier'), fixture)
    const workbook = await Workbook.open(fixture)
    open.push(workbook)
    const store = new ScenarioStore(workbook)
    expect(store.list().length).toBeGreaterThan(0)
    // Read in the current format (upgraded as read; the file itself is upgraded by the session).
    for (const s of store.list())
      expect(store.get(s.id).scenario.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION)
  })

  type Damage = [string, (path: string, dir: string) => void, RegExp]
  const damages: Damage[] = [
    ['zero-byte', (p) => writeFileSync(p, ''), /empty/],
    ['truncated', (p) => truncateSync(p, 3000), /truncated/],
    [
      'corrupt',
      (p) => {
        const bytes = bytesOf(p)
        for (let i = 1024; i < bytes.length; i += 7) bytes[i] = (bytes[i] as number) ^ 0xa5
        writeFileSync(p, bytes)
      },
      /damaged|cannot be read/,
    ],
    [
      'foreign SQLite',
      (p) => {
        writeFileSync(p, '')
        sqlite3(
          p,
          'CREATE TABLE accounts (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO accounts VALUES (1, 2.5);',
        )
      },
      /another application/,
    ],
    [
      'from a newer Levier',
      (p) => sqlite3(p, 'PRAGMA user_version = 999'),
      /newer version of Levier/,
    ],
    [
      'not SQLite at all',
      (p) => writeFileSync(p, 'name,rate\nDST,0.03\n'.repeat(20)),
      /not a SQLite database/,
    ],
  ]

  it.each(damages)(
    'refuses a %s file clearly and leaves it byte for byte untouched',
    async (_label, damage, message) => {
      const { dir, path } = await savedWorkbook()
      damage(path, dir)
      const before = bytesOf(path)
      await expect(Workbook.open(path)).rejects.toThrow(message)
      expect(bytesOf(path).equals(before)).toBe(true)
      expect(readdirSync(dir)).toEqual(['test.levier'])
    },
  )

  it('opens read-only on request: every change is refused and the file is not touched', async () => {
    const { path } = await savedWorkbook()
    const before = bytesOf(path)
    const workbook = await Workbook.open(path, { readOnly: true })
    open.push(workbook)
    const store = new ScenarioStore(workbook)
    expect(store.list()).toHaveLength(2)
    expect(() => store.create(scenarioNamed('Nouveau'), 'ana')).toThrow(/read-only/)
    expect(existsSync(lockPath(path))).toBe(false)
    expect(bytesOf(path).equals(before)).toBe(true)
  })

  it('opens a file the user may not write as read-only (when permissions apply)', async () => {
    const { path } = await savedWorkbook()
    chmodSync(path, 0o444)
    const workbook = await Workbook.open(path)
    open.push(workbook)
    // Root ignores file permissions; elsewhere the workbook must come up read-only.
    if (process.getuid?.() !== 0) expect(workbook.readOnly).toBe(true)
    expect(new ScenarioStore(workbook).list()).toHaveLength(2)
  })

  it('puts back the previous file when a save was interrupted after moving it aside', async () => {
    const { dir, path } = await savedWorkbook()
    const backup = join(dir, '.test.levier.0123456789ab.bak')
    copyFileSync(path, backup)
    // Simulate a crash that left only the backup.
    rmSync(path)
    const workbook = await Workbook.open(path)
    open.push(workbook)
    expect(new ScenarioStore(workbook).list()).toHaveLength(2)
    expect(existsSync(backup)).toBe(false)
  })

  it('saved through a symbolic link, writes where the link points and keeps the link', async () => {
    const { path } = await savedWorkbook()
    const link = join(tempDir(), 'raccourci.levier')
    symlinkSync(path, link)
    const workbook = await Workbook.open(link)
    open.push(workbook)
    new ScenarioStore(workbook).create(scenarioNamed('Par le lien'), 'ana')
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(sqlite3(path, "SELECT count(*) FROM scenarios WHERE name = 'Par le lien'")).toBe('1')
    expect(readdirSync(dirname(path))).toEqual(['test.levier'])
  })
})

describe('reading a written file back (holdsExactly)', () => {
  // Over two read-back chunks (a MiB each) and a part, so a difference in any chunk is seen.
  const MIB = 1024 * 1024
  const SIZE = 2 * MIB + 123
  const written = () => {
    const bytes = new Uint8Array(SIZE)
    for (let i = 0; i < SIZE; i++) bytes[i] = (i * 2654435761) >>> 24
    const path = join(tempDir(), 'lu.bin')
    writeFileSync(path, bytes)
    return { bytes, path }
  }

  it('holds when every byte is the same, from a view into a larger buffer too', () => {
    const { bytes, path } = written()
    expect(holdsExactly(path, bytes)).toBe(true)
    const larger = new Uint8Array(SIZE + 20)
    larger.set(bytes, 7)
    expect(holdsExactly(path, larger.subarray(7, 7 + SIZE))).toBe(true)
    const empty = join(tempDir(), 'vide.bin')
    writeFileSync(empty, new Uint8Array(0))
    expect(holdsExactly(empty, new Uint8Array(0))).toBe(true)
  })

  it('does not hold when one byte differs in any chunk, or the lengths differ', () => {
    const { bytes, path } = written()
    for (const at of [0, MIB - 1, MIB, 2 * MIB, SIZE - 1]) {
      const other = bytes.slice()
      other[at] = (other[at] as number) ^ 1
      expect(holdsExactly(path, other)).toBe(false)
    }
    expect(holdsExactly(path, bytes.subarray(0, SIZE - 1))).toBe(false)
    const longer = new Uint8Array(SIZE + 1)
    longer.set(bytes)
    expect(holdsExactly(path, longer)).toBe(false)
  })
})

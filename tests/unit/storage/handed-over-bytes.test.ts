import { describe, expect, it } from 'vitest'
import { fileImage, loadSqlEngine, openDatabase, SqliteDb } from '../../../electron/storage/sqlite'
import { LATEST_SCHEMA_VERSION } from '../../../electron/storage/migrations'
import { newWorkbookBytes, workbookRoom } from '../../../electron/storage/workbook-file'

const MARKER = 'handed-over-bytes-marker'
const PAGE_SIZE = 4096

/** A database file of a few pages, as its bytes on disk would read. */
async function databaseBytes(): Promise<Uint8Array> {
  const SQL = await loadSqlEngine()
  const db = new SqliteDb(new SQL.Database())
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)')
  db.transaction(() => {
    for (let i = 0; i < 20; i++) db.run('INSERT INTO notes (body) VALUES (?)', ['x'.repeat(500)])
  })
  const bytes = db.export()
  db.close()
  return bytes
}

/** `bytes` at the start of a buffer of their own, with `room` bytes after them. */
function withRoom(bytes: Uint8Array, room: number): Uint8Array {
  const buffer = new Uint8Array(bytes.length + room)
  buffer.set(bytes)
  return buffer.subarray(0, bytes.length)
}

/** Where `text` occurs in `bytes` (as UTF-8), or -1. */
function find(bytes: Uint8Array, text: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(text)
}

function pageCountInHeader(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(28)
}

/** Add rows of 8 kB each (more than a page each), one of them carrying MARKER. */
function grow(db: SqliteDb, rows: number): void {
  db.transaction(() => {
    for (let i = 0; i < rows; i++)
      db.run('INSERT INTO notes (body) VALUES (?)', [(i === 0 ? MARKER : '') + 'y'.repeat(8000)])
  })
}

function integrity(db: SqliteDb): string | undefined {
  return db.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check
}

function noteCount(db: SqliteDb): number | undefined {
  return db.get<{ n: number }>('SELECT count(*) AS n FROM notes')?.n
}

function pageCount(db: SqliteDb): number {
  return Number(db.get<{ page_count: number }>('PRAGMA page_count')?.page_count)
}

/** A database of a few pages opened from a buffer with `roomPages` pages of room, then grown. */
async function grownInRoom(roomPages: number) {
  const SQL = await loadSqlEngine()
  const original = await databaseBytes()
  const bytes = withRoom(original, roomPages * PAGE_SIZE)
  const db = new SqliteDb(openDatabase(SQL, bytes))
  grow(db, 10)
  return { SQL, original, bytes, db }
}

describe('a database opened from bytes read for it (openDatabase)', () => {
  it('keeps those very bytes as its file and grows into the room after them, with no copy', async () => {
    const { original, bytes, db } = await grownInRoom(64)
    const pagesBefore = original.length / PAGE_SIZE
    const pages = pageCount(db)
    expect(pages).toBeGreaterThan(pagesBefore + 10)
    expect(pages).toBeLessThanOrEqual(pagesBefore + 64)
    // The committed change is in the caller's buffer, past the bytes it was handed: sql.js
    // wrote into it rather than into a copy.
    const storage = new Uint8Array(bytes.buffer, bytes.byteOffset, pages * PAGE_SIZE)
    expect(pageCountInHeader(storage)).toBe(pages)
    expect(find(storage, MARKER)).toBeGreaterThanOrEqual(original.length - PAGE_SIZE)
    // And the database reads as written.
    expect(noteCount(db)).toBe(30)
    expect(integrity(db)).toBe('ok')
    db.close()
  })

  it('outgrows the room as sql.js grows any file, losing nothing', async () => {
    const SQL = await loadSqlEngine()
    const original = await databaseBytes()
    const db = new SqliteDb(openDatabase(SQL, withRoom(original, 0)))
    grow(db, 40)
    expect(noteCount(db)).toBe(60)
    expect(integrity(db)).toBe('ok')
    const reopened = new SqliteDb(new SQL.Database(db.export()))
    expect(
      reopened.get<{ body: string }>('SELECT body FROM notes WHERE body LIKE ?', [`${MARKER}%`])
        ?.body.length,
    ).toBe(MARKER.length + 8000)
    reopened.close()
    db.close()
  })

  it('gives its file as it stands, in place (fileImage), a database that reads back whole', async () => {
    const { SQL, bytes, db } = await grownInRoom(64)
    db.run('UPDATE notes SET body = ? WHERE id = 1', ['changed'])
    const image = fileImage(db, bytes)
    expect(image?.buffer).toBe(bytes.buffer)
    expect(image?.length).toBe(pageCount(db) * PAGE_SIZE)
    // Read back on its own, as the file written from it will be.
    const copy = new SqliteDb(new SQL.Database(Uint8Array.from(image ?? [])))
    expect(integrity(copy)).toBe('ok')
    expect(noteCount(copy)).toBe(30)
    expect(copy.get<{ body: string }>('SELECT body FROM notes WHERE id = 1')?.body).toBe('changed')
    expect(find(image ?? new Uint8Array(), MARKER)).toBeGreaterThan(0)
    copy.close()
    db.close()
  })

  it('gives no file in place once the database has outgrown the room (sql.js moved it)', async () => {
    const { SQL, bytes, db } = await grownInRoom(2)
    expect(fileImage(db, bytes)).toBeNull()
    // Export still gives the whole database.
    const copy = new SqliteDb(new SQL.Database(db.export()))
    expect(noteCount(copy)).toBe(30)
    copy.close()
    db.close()
  })

  it('gives no file in place once sql.js has cut the file short (a VACUUM moves it too)', async () => {
    const { bytes, db } = await grownInRoom(64)
    db.run('DELETE FROM notes WHERE id > 5')
    db.exec('VACUUM')
    expect(fileImage(db, bytes)).toBeNull()
    db.close()
  })

  it('makes a new workbook with room to grow (newWorkbookBytes), which saves from its buffer', async () => {
    const SQL = await loadSqlEngine()
    const bytes = newWorkbookBytes(SQL)
    expect(bytes.buffer.byteLength - bytes.byteOffset).toBe(
      bytes.length + workbookRoom(bytes.length),
    )
    expect(workbookRoom(bytes.length)).toBeGreaterThanOrEqual(16 * 1024 * 1024)
    const db = new SqliteDb(openDatabase(SQL, bytes))
    expect(db.get<{ user_version: number }>('PRAGMA user_version')?.user_version).toBe(
      LATEST_SCHEMA_VERSION,
    )
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)')
    grow(db, 100)
    expect(fileImage(db, bytes)?.buffer).toBe(bytes.buffer)
    db.close()
  })
})

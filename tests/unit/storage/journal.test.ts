import { appendFileSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { journalPath } from '../../../electron/storage/journal'
import { ScenarioStore } from '../../../electron/storage/scenario-store'
import { Workbook } from '../../../electron/storage/workbook'
import { useTempDirs } from '../../helpers/temp-dir'
import {
  bytesOf,
  newWorkbook,
  scenarioNamed,
  sqlite3,
  useOpenWorkbooks,
} from '../../helpers/workbooks'

const tempDir = useTempDirs()
const open = useOpenWorkbooks()
beforeEach(() => vi.stubEnv('LEVIER_JOURNAL_ABOVE_BYTES', '0'))
afterEach(() => vi.unstubAllEnvs())

/** A workbook saving through its journal, with three scenarios saved and not yet checkpointed. */
async function journaled() {
  const dir = tempDir()
  const { workbook, store, path } = await newWorkbook(dir)
  open.push(workbook)
  for (const name of ['A', 'B', 'C']) store.create(scenarioNamed(name), 'ana')
  return { dir, path, workbook, store }
}

/** What a crash leaves: the files as they are on disk now, in another folder. */
function crashCopy(path: string): string {
  const copy = join(tempDir(), 'crashed.levier')
  copyFileSync(path, copy)
  if (existsSync(journalPath(path))) copyFileSync(journalPath(path), journalPath(copy))
  return copy
}

describe('the change journal of large workbooks', () => {
  it('puts each change on disk in the journal, leaving the SQLite file as of the last checkpoint', async () => {
    const { path } = await journaled()
    expect(existsSync(journalPath(path))).toBe(true)
    expect(sqlite3(path, 'SELECT count(*) FROM scenarios')).toBe('0')
    expect(sqlite3(path, 'PRAGMA integrity_check')).toBe('ok')
  })

  it('replays the journal after a crash, then folds it into the file', async () => {
    const { path } = await journaled()
    const copy = crashCopy(path)
    const reopened = await Workbook.open(copy)
    expect(
      new ScenarioStore(reopened)
        .list()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['A', 'B', 'C'])
    reopened.close()
    expect(existsSync(journalPath(copy))).toBe(false)
    expect(sqlite3(copy, 'SELECT count(*) FROM scenarios')).toBe('3')
  })

  it('checkpoints on close', async () => {
    const { path, workbook } = await journaled()
    open.splice(open.indexOf(workbook), 1)
    workbook.close()
    expect(existsSync(journalPath(path))).toBe(false)
    expect(sqlite3(path, 'SELECT count(*) FROM scenarios')).toBe('3')
  })

  it('drops a torn last change, which was never acknowledged', async () => {
    const { path } = await journaled()
    const copy = crashCopy(path)
    appendFileSync(journalPath(copy), '{"h":"00","s":[["INSERT INTO sc')
    const reopened = await Workbook.open(copy, { readOnly: true })
    expect(new ScenarioStore(reopened).list()).toHaveLength(3)
    reopened.close()
  })

  it('refuses a journal damaged before its end, leaving both files untouched', async () => {
    const { path } = await journaled()
    const copy = crashCopy(path)
    const lines = readFileSync(journalPath(copy), 'utf8').split('\n')
    lines[2] = (lines[2] as string).replace('"h":"', '"h":"ff')
    writeFileSync(journalPath(copy), lines.join('\n'))
    const before = [bytesOf(copy), bytesOf(journalPath(copy))]
    await expect(Workbook.open(copy)).rejects.toThrow(/damaged at change 2/)
    expect(bytesOf(copy).equals(before[0] as Buffer)).toBe(true)
    expect(bytesOf(journalPath(copy)).equals(before[1] as Buffer)).toBe(true)
  })

  it('ignores a journal left from before the last checkpoint (its changes are in the file)', async () => {
    const { path, workbook } = await journaled()
    const stale = readFileSync(journalPath(path))
    open.splice(open.indexOf(workbook), 1)
    workbook.close()
    writeFileSync(journalPath(path), stale)
    const reopened = await Workbook.open(path)
    open.push(reopened)
    expect(new ScenarioStore(reopened).list()).toHaveLength(3)
    expect(existsSync(journalPath(path))).toBe(false)
  })
})

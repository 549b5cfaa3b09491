import { copyFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { identityOfPath } from '../../../electron/storage/regular-file'
import { ScenarioStore } from '../../../electron/storage/scenario-store'
import { SqliteDb } from '../../../electron/storage/sqlite'
import { VerifiedFiles } from '../../../electron/storage/verified-files'
import { Workbook } from '../../../electron/storage/workbook'
import { damageIndexKey } from '../../helpers/damage'
import { useTempDirs } from '../../helpers/temp-dir'
import { scenarioNamed, sqlite3 } from '../../helpers/workbooks'

const tempDir = useTempDirs()

/** How many full integrity checks the openings inside `action` ran. */
async function integrityChecks(action: () => Promise<unknown>): Promise<number> {
  const get = vi.spyOn(SqliteDb.prototype, 'get')
  try {
    await action()
    return get.mock.calls.filter(([sql]) => String(sql).includes('integrity_check')).length
  } finally {
    get.mockRestore()
  }
}

async function writtenByLevier() {
  const dir = tempDir()
  const verified = new VerifiedFiles(join(dir, 'verified.json'))
  const path = join(dir, 'w.levier')
  const workbook = await Workbook.create(path, verified)
  new ScenarioStore(workbook).create(scenarioNamed('TSN 6 %'), 'ana')
  workbook.close()
  return { dir, path, verified }
}

async function openAndClose(path: string, verified?: VerifiedFiles): Promise<void> {
  ;(await Workbook.open(path, { verified })).close()
}

afterEach(() => vi.restoreAllMocks())

describe('workbooks checked once', () => {
  it('a workbook Levier wrote reopens without a second full check, as long as it is unchanged', async () => {
    const { path, verified } = await writtenByLevier()
    expect(verified.isUnchanged(path, identityOfPath(path) as string)).toBe(true)
    expect(await integrityChecks(() => openAndClose(path, verified))).toBe(0)
    // Without the record (the command line), every opening checks in full.
    expect(await integrityChecks(() => openAndClose(path))).toBe(1)
  })

  it('a change made outside Levier is checked in full again, even with the time put back', async () => {
    const { path, verified } = await writtenByLevier()
    damageIndexKey(path, true)
    expect(sqlite3(path, 'PRAGMA quick_check')).toBe('ok')
    await expect(Workbook.open(path, { verified })).rejects.toThrow(`${path} is damaged (`)
    // …and stays refused: the damaged state is not remembered.
    await expect(Workbook.open(path, { verified })).rejects.toThrow(`${path} is damaged (`)
  })

  it('another file put in its place (same bytes, another inode) is checked in full', async () => {
    const { dir, path, verified } = await writtenByLevier()
    copyFileSync(path, join(dir, 'copy.levier'))
    renameSync(join(dir, 'copy.levier'), path)
    expect(await integrityChecks(() => openAndClose(path, verified))).toBe(1)
    // Checked once in that state, it is then trusted like a file Levier wrote.
    expect(await integrityChecks(() => openAndClose(path, verified))).toBe(0)
  })

  it('a record that cannot be read only means checking in full', async () => {
    const { dir, path, verified } = await writtenByLevier()
    writeFileSync(join(dir, 'verified.json'), '{"files": [1, 2')
    expect(await integrityChecks(() => openAndClose(path, verified))).toBe(1)
    writeFileSync(join(dir, 'verified.json'), JSON.stringify({ files: { [path]: 42 } }))
    expect(await integrityChecks(() => openAndClose(path, verified))).toBe(1)
  })

  it('a copy saved with Save as is trusted; its original still is too', async () => {
    const { dir, path, verified } = await writtenByLevier()
    const workbook = await Workbook.open(path, { verified })
    const copy = join(dir, 'copie.levier')
    ;(await workbook.saveAs(copy)).close()
    workbook.close()
    expect(await integrityChecks(() => openAndClose(copy, verified))).toBe(0)
    expect(await integrityChecks(() => openAndClose(path, verified))).toBe(0)
  })
})

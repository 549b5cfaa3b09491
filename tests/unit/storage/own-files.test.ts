import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { journalPath } from '../../../electron/storage/journal'
import { lockPath } from '../../../electron/storage/lock'
import { ScenarioStore } from '../../../electron/storage/scenario-store'
import { Workbook } from '../../../electron/storage/workbook'
import { useTempDirs } from '../../helpers/temp-dir'
import { bytesOf, newWorkbook, scenarioNamed, useOpenWorkbooks } from '../../helpers/workbooks'

const tempDir = useTempDirs()
const open = useOpenWorkbooks()
afterEach(() => vi.unstubAllEnvs())

async function savedWorkbook(name = 'X.levier') {
  const dir = tempDir()
  const { workbook, store, path } = await newWorkbook(dir, name)
  store.create(scenarioNamed('TSN 6 %'), 'ana')
  workbook.close()
  return { dir, path }
}

const HOUR_AGO = (Date.now() - 3600_000) / 1000

describe('files beside a workbook that Levier did not make', () => {
  it('a user file named like the lock or the journal stops a new workbook, and is kept as it was', async () => {
    const dir = tempDir()
    const path = join(dir, 'X.levier')
    writeFileSync(lockPath(path), 'my own notes about locks')
    await expect(Workbook.create(path)).rejects.toMatchObject({ code: 'conflict' })
    await expect(Workbook.create(path)).rejects.toThrow(`${lockPath(path)} exists and is not`)
    expect(readFileSync(lockPath(path), 'utf8')).toBe('my own notes about locks')
    rmSync(lockPath(path))
    writeFileSync(journalPath(path), 'a list of changes\nof my own\n')
    await expect(Workbook.create(path)).rejects.toThrow(`${journalPath(path)} exists and is not`)
    expect(readFileSync(journalPath(path), 'utf8')).toBe('a list of changes\nof my own\n')
    expect(existsSync(path)).toBe(false)
    expect(existsSync(lockPath(path))).toBe(false)
  })

  it('a user file named like the journal is neither read, removed nor appended to by an opening', async () => {
    const { path } = await savedWorkbook()
    writeFileSync(journalPath(path), 'line one\nline two\n')
    await expect(Workbook.open(path)).rejects.toThrow(`${journalPath(path)} exists and is not`)
    const reader = await Workbook.open(path, { readOnly: true })
    expect(new ScenarioStore(reader).list()).toHaveLength(1)
    reader.close()
    expect(readFileSync(journalPath(path), 'utf8')).toBe('line one\nline two\n')
  })

  it('saving never removes the user’s own X.levier.bak, and leaves no backup of its own', async () => {
    const { dir, path } = await savedWorkbook()
    writeFileSync(`${path}.bak`, 'my backup')
    const workbook = await Workbook.open(path)
    const store = new ScenarioStore(workbook)
    for (const name of ['A', 'B']) store.create(scenarioNamed(name), 'ana')
    workbook.close()
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('my backup')
    expect(readdirSync(dir).sort()).toEqual(['X.levier', 'X.levier.bak'])
  })

  it('opening a missing workbook renames nothing that is not provably a backup of ours', async () => {
    const { dir, path } = await savedWorkbook()
    // The user's own backup (even a real workbook), and a hidden file of ours by name only.
    copyFileSync(path, `${path}.bak`)
    writeFileSync(join(dir, '.X.levier.0123456789ab.bak'), 'not a workbook')
    copyFileSync(path, join(dir, '.Y.levier.0123456789ab.bak'))
    rmSync(path)
    const before = readdirSync(dir).sort()
    await expect(Workbook.open(path)).rejects.toThrow(`${path} does not exist.`)
    expect(readdirSync(dir).sort()).toEqual(before)
  })
})

describe('only regular files are read', () => {
  const fifo = (path: string) => execFileSync('mkfifo', [path])

  it('refuses a FIFO, a symbolic link to one, a folder and /dev/zero without blocking or reading', async () => {
    const dir = tempDir()
    fifo(join(dir, 'pipe.levier'))
    symlinkSync(join(dir, 'pipe.levier'), join(dir, 'link.levier'))
    for (const path of [join(dir, 'pipe.levier'), join(dir, 'link.levier'), dir, '/dev/zero'])
      await expect(Workbook.open(path), path).rejects.toThrow(
        `${path} is not a regular file (a folder, a device or a pipe): it is not a workbook.`,
      )
  })

  it('a FIFO named like the lock or the journal is refused, never waited on', async () => {
    const { path } = await savedWorkbook()
    fifo(lockPath(path))
    await expect(Workbook.open(path)).rejects.toThrow(`${lockPath(path)} exists and is not`)
    rmSync(lockPath(path))
    fifo(journalPath(path))
    await expect(Workbook.open(path)).rejects.toThrow(`${journalPath(path)} exists and is not`)
    const reader = await Workbook.open(path, { readOnly: true })
    expect(new ScenarioStore(reader).list()).toHaveLength(1)
    reader.close()
  })
})

describe('leftovers of killed saves', () => {
  it('are removed when old, ours by name and content; nothing else is', async () => {
    const { dir, path } = await savedWorkbook()
    const workbookBytes = bytesOf(path)
    const ours = {
      '.X.levier.0123456789ab.tmp': workbookBytes,
      '.X.levier.aaaaaaaaaaaa.tmp': workbookBytes.subarray(0, 10), // cut short by the kill
      '.X.levier.bbbbbbbbbbbb.bak': workbookBytes,
      '.X.levier.lock.cccccccccccc.tmp': '{"levierLock":1,"pid":1',
      '.X.levier.changes.dddddddddddd.tmp': '{"levierJournal":1,"checkpoint":"x"}\n',
    }
    const notOurs = {
      '.X.levier.0123456789ab.tmp.keep': workbookBytes,
      '.X.levier.ffffffffffff.tmp': 'a user file by that name',
      '.X.levier.12345.tmp': workbookBytes,
      '.Y.levier.0123456789ab.tmp': workbookBytes,
      'X.levier.0123456789ab.tmp': workbookBytes,
    }
    for (const [name, content] of Object.entries({ ...ours, ...notOurs })) {
      writeFileSync(join(dir, name), content)
      utimesSync(join(dir, name), HOUR_AGO, HOUR_AGO)
    }
    // A recent one may be a save under way: kept.
    writeFileSync(join(dir, '.X.levier.eeeeeeeeeeee.tmp'), workbookBytes)
    const workbook = await Workbook.open(path)
    open.push(workbook)
    expect(readdirSync(dir).sort()).toEqual(
      ['X.levier', 'X.levier.lock', '.X.levier.eeeeeeeeeeee.tmp', ...Object.keys(notOurs)].sort(),
    )
  })
})

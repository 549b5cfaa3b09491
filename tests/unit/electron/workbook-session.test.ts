import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { lockPath } from '../../../electron/storage/lock'
import { WorkbookSession } from '../../../electron/services/workbook-session'
import { useTempDirs } from '../../helpers/temp-dir'
import { bytesOf, scenarioNamed, sqlite3 } from '../../helpers/workbooks'
import { flipInSchema } from '../../helpers/damage'

const tempDir = useTempDirs()
const sessions: WorkbookSession[] = []
afterEach(() => {
  for (const s of sessions.splice(0)) s.close()
})

function session(dataDir = tempDir()): WorkbookSession {
  const s = new WorkbookSession(dataDir, () => undefined)
  sessions.push(s)
  return s
}

/** A session on a workbook of its own, holding one scenario. */
async function withScenario() {
  const s = session()
  const folder = tempDir()
  await s.newWorkbook(join(folder, 'Mine.levier'))
  ;(await s.current()).store.create(scenarioNamed('TSN 6 %'), 'ana')
  return { s, folder, path: join(folder, 'Mine.levier') }
}

function lockOwner(path: string): number {
  return (JSON.parse(readFileSync(lockPath(path), 'utf8')) as { pid: number }).pid
}

describe('a failed “Save as”', () => {
  it('answers the real error and leaves the workbook open, usable, and still locked by us', async () => {
    const { s, folder, path } = await withScenario()
    const before = (await s.current()).workbook
    writeFileSync(join(folder, 'Taken.levier'), 'a file of the user')
    const attempts: Array<[string, string, string]> = [
      [join(folder, 'Taken.levier'), 'conflict', 'already exists'],
      [join(folder, 'nul\0byte.levier'), 'bad_request', 'control characters (NUL'],
      [join(folder, `${'n'.repeat(300)}.levier`), 'bad_request', 'file name longer than'],
    ]
    for (const [target, code, words] of attempts) {
      const failure = await s.saveAs(target).then(
        () => null,
        (error: { code: string; message: string }) => error,
      )
      expect(failure?.code, target).toBe(code)
      expect(failure?.message).toContain(words)
      expect(failure?.message).not.toMatch(/locked|process \d+/)
      // Same workbook object, lock still ours, and usable.
      expect((await s.current()).workbook).toBe(before)
      expect(lockOwner(path)).toBe(process.pid)
      expect(s.info().scenarioCount).toBe(1)
    }
    expect(readFileSync(join(folder, 'Taken.levier'), 'utf8')).toBe('a file of the user')
    // A good name afterwards: saved, and edits go to the copy.
    const copy = await s.saveAs(join(folder, 'Copy'))
    expect(copy.path).toBe(join(folder, 'Copy.levier'))
    ;(await s.current()).store.create(scenarioNamed('Directive'), 'ana')
    expect(sqlite3(copy.path, 'SELECT count(*) FROM scenarios')).toBe('2')
    expect(sqlite3(path, 'SELECT count(*) FROM scenarios')).toBe('1')
  })

  it('a name the file system refuses (the session check bypassed) still answers clearly', async () => {
    const { s, folder, path } = await withScenario()
    const { workbook } = await s.current()
    const target = join(folder, `${'n'.repeat(300)}.levier`)
    await expect(workbook.saveAs(target)).rejects.toMatchObject({
      code: 'storage',
      message: `Could not use ${target}: the name is too long.`,
    })
    await expect(workbook.saveAs(join(folder, 'a\0b.levier'))).rejects.toMatchObject({
      code: 'storage',
    })
    expect((await s.current()).workbook).toBe(workbook)
    expect(lockOwner(path)).toBe(process.pid)
    ;(await s.current()).store.create(scenarioNamed('Encore'), 'ana')
    expect(sqlite3(path, 'SELECT count(*) FROM scenarios')).toBe('2')
  })
})

describe('reopening the workbook already open', () => {
  it('answers its information instead of calling it in use by another Levier', async () => {
    const { s, folder, path } = await withScenario()
    const before = (await s.current()).workbook
    const again = await s.openWorkbook(path)
    expect(again).toMatchObject({ path, readOnly: false, scenarioCount: 1 })
    expect((await s.current()).workbook).toBe(before)
    // Through another spelling of the same path, too.
    expect((await s.openWorkbook(join(folder, '.', 'Mine.levier'))).path).toBe(path)
  })

  it('reopens it read-only when asked, releasing the lock, then writable again', async () => {
    const { s, path } = await withScenario()
    expect(await s.openWorkbook(path, true)).toMatchObject({ readOnly: true, scenarioCount: 1 })
    expect(() => readFileSync(lockPath(path))).toThrow()
    expect(await s.openWorkbook(path)).toMatchObject({ readOnly: false, scenarioCount: 1 })
    expect(lockOwner(path)).toBe(process.pid)
  })
})

describe('a remembered workbook that cannot be opened at start-up', () => {
  it('is reported, the default workbook is opened instead and comes first in the recent list', async () => {
    const dataDir = tempDir()
    const first = session(dataDir)
    const folder = tempDir()
    const damaged = join(folder, 'Damaged.levier')
    await first.newWorkbook(damaged)
    ;(await first.current()).store.create(scenarioNamed('TSN 6 %'), 'ana')
    first.close()
    flipInSchema(damaged, 'current_version')
    const before = bytesOf(damaged)
    const notices: string[] = []
    const next = new WorkbookSession(dataDir, (m) => notices.push(m))
    sessions.push(next)
    const info = (await next.current(), next.arrival())
    expect(info.path).toBe(next.defaultPath)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain(`${damaged} is damaged`)
    // The interface is told why, once.
    expect(info.lastWorkbookRefused).toContain(`${damaged} is damaged`)
    expect(next.arrival().lastWorkbookRefused).toBeUndefined()
    expect(next.recent()[0]).toBe(next.defaultPath)
    expect(bytesOf(damaged).equals(before)).toBe(true)
    // And it is refused if asked for by name, never becoming the remembered one.
    await expect(next.openWorkbook(damaged)).rejects.toMatchObject({ code: 'refused' })
    expect(next.recent()[0]).toBe(next.defaultPath)
    expect(next.info().path).toBe(next.defaultPath)
  })

  it('one locked by another host is reported too, and the default one opened', async () => {
    const dataDir = tempDir()
    const folder = tempDir()
    mkdirSync(join(folder, 'sub'))
    const path = join(folder, 'sub', 'Shared.levier')
    const first = session(dataDir)
    await first.newWorkbook(path)
    first.close()
    const holder = session(tempDir())
    await holder.openWorkbook(path)
    const next = session(dataDir)
    await next.current()
    expect(next.info().path).toBe(next.defaultPath)
    expect(next.notices[0]).toMatch(/open for writing in/)
  })
})

describe('a newcomer’s first start', () => {
  const welcoming = (dataDir: string) => {
    const s = new WorkbookSession(dataDir, () => undefined, { firstPreset: 'current-law' })
    sessions.push(s)
    return s
  }

  it('puts a current-law scenario in the brand-new default workbook and says once to open it', async () => {
    const s = welcoming(tempDir())
    const { store } = await s.current()
    const [only, ...others] = store.list()
    expect(others).toEqual([])
    expect(only?.name).toBe('Droit constant (leviers non réformés)')
    expect(s.arrival().welcomeScenario).toBe(only?.id)
    expect(s.arrival().welcomeScenario).toBeUndefined()
  })

  it('adds nothing to a default workbook that already exists, nor to a workbook the user creates', async () => {
    const dataDir = tempDir()
    const first = welcoming(dataDir)
    const { store } = await first.current()
    store.delete(store.list()[0]?.id ?? '')
    first.close()
    const again = welcoming(dataDir)
    expect((await again.current()).store.list()).toEqual([])
    expect(again.arrival().welcomeScenario).toBeUndefined()
    const created = await again.newWorkbook(join(tempDir(), 'Mine.levier'))
    expect(created.scenarioCount).toBe(0)
    expect(again.arrival().welcomeScenario).toBeUndefined()
  })

  it('is not done unless the host asks for it (the CLI and tests get the workbook as created)', async () => {
    const s = session()
    expect((await s.current()).store.list()).toEqual([])
  })
})

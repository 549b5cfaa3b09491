import { EventEmitter } from 'node:events'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  WorkbookFileOpener,
  openHandedOverFiles,
  workbookPathIn,
} from '../../../electron/main/workbook-files'
import type { FileEvents, OpenOutcome } from '../../../electron/main/workbook-files'
import { WorkbookSession } from '../../../electron/services/workbook-session'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const sessions: WorkbookSession[] = []
afterEach(() => {
  for (const s of sessions.splice(0)) s.close()
})

/** A session whose last workbook is `Last.levier`, and two other workbooks beside it. */
async function machineWithWorkbooks() {
  const dataDir = tempDir()
  const folder = tempDir()
  const maker = new WorkbookSession(dataDir, () => undefined)
  for (const name of ['Budget.levier', 'Other.levier', 'Last.levier'])
    await maker.newWorkbook(join(folder, name))
  maker.close()
  const session = new WorkbookSession(dataDir, () => undefined)
  sessions.push(session)
  return { session, folder }
}

/** Electron's `app`, for the two events a file arrives by. */
function fakeApp() {
  const emitter = new EventEmitter()
  return { app: emitter as unknown as FileEvents, emitter }
}

function opener(session: WorkbookSession) {
  const outcomes: OpenOutcome[] = []
  return { opener: new WorkbookFileOpener(session, (o) => outcomes.push(o)), outcomes }
}

describe('the workbook on a command line', () => {
  it('is the last .levier argument that is not a switch, made absolute', () => {
    expect(
      workbookPathIn(['/opt/Levier/levier', '--no-sandbox', 'Budget.levier'], '/home/ana'),
    ).toBe('/home/ana/Budget.levier')
    expect(workbookPathIn(['electron', '/app', '/data/A.LEVIER', '--x=y.levier'], '/')).toBe(
      '/data/A.LEVIER',
    )
    expect(workbookPathIn(['electron', '/app'], '/')).toBeNull()
  })
})

describe('a workbook handed over by the system', () => {
  it('opens at launch the file on the command line (Windows, Linux), not the last workbook', async () => {
    const { session, folder } = await machineWithWorkbooks()
    const { opener: files, outcomes } = opener(session)
    openHandedOverFiles(fakeApp().app, files, ['levier', 'Budget.levier'], folder, vi.fn())
    await files.idle()
    expect((await session.current()).workbook.path).toBe(join(folder, 'Budget.levier'))
    expect(outcomes).toEqual([
      {
        path: join(folder, 'Budget.levier'),
        info: expect.objectContaining({ name: 'Budget.levier' }),
      },
    ])
  })

  it('opens the file macOS sends with open-file, and tells macOS it was taken', async () => {
    const { session, folder } = await machineWithWorkbooks()
    const { opener: files } = opener(session)
    const { app, emitter } = fakeApp()
    openHandedOverFiles(app, files, ['Levier'], '/', vi.fn())
    const event = { preventDefault: vi.fn() }
    emitter.emit('open-file', event, join(folder, 'Other.levier'))
    await files.idle()
    expect(event.preventDefault).toHaveBeenCalled()
    expect(session.info().path).toBe(join(folder, 'Other.levier'))
  })

  it('opens in the running instance the file a second instance was started with', async () => {
    const { session, folder } = await machineWithWorkbooks()
    await session.current()
    const { opener: files } = opener(session)
    const { app, emitter } = fakeApp()
    const focus = vi.fn()
    openHandedOverFiles(app, files, ['levier'], '/', focus)
    emitter.emit('second-instance', {}, ['levier', '--flag', 'Other.levier'], folder)
    await files.idle()
    expect(focus).toHaveBeenCalledOnce()
    expect(session.info().path).toBe(join(folder, 'Other.levier'))
    // A second instance started with no file only brings the window forward.
    emitter.emit('second-instance', {}, ['levier'], folder)
    await files.idle()
    expect(focus).toHaveBeenCalledTimes(2)
    expect(session.info().path).toBe(join(folder, 'Other.levier'))
  })

  it('opens files in the order they came, and says why one was refused, keeping the open one', async () => {
    const { session, folder } = await machineWithWorkbooks()
    const { opener: files, outcomes } = opener(session)
    const notAWorkbook = join(folder, 'Notes.levier')
    writeFileSync(notAWorkbook, 'not SQLite')
    void files.open(join(folder, 'Budget.levier'))
    void files.open(notAWorkbook)
    await files.idle()
    expect(outcomes.map((o) => ('error' in o ? `refused ${o.path}` : o.info.name))).toEqual([
      'Budget.levier',
      `refused ${notAWorkbook}`,
    ])
    expect(session.info().path).toBe(join(folder, 'Budget.levier'))
  })
})

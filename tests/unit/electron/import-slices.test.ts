import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApiHandlers } from '../../../electron/services/api-handlers'
import { createDispatch } from '../../../electron/services/dispatch'
import type { Dispatch } from '../../../electron/services/dispatch'
import { WorkbookSession } from '../../../electron/services/workbook-session'
import { scenarioDocuments } from '../../bench/import-stall'
import { useTempDirs } from '../../helpers/temp-dir'

// Issue #12 item 9: importing 2,000 scenarios blocked every other request for seconds. The import
// now works in slices, yielding between them; these tests check what that must not break (the
// time figures are in tests/bench/workbook.bench.ts).

const tempDir = useTempDirs()
let session: WorkbookSession
let dispatch: Dispatch
let dataDir: string
/** Enough documents that parsing and re-running them spans many slices on any machine. */
const COUNT = 300

beforeEach(async () => {
  dataDir = tempDir()
  session = new WorkbookSession(dataDir)
  dispatch = createDispatch(createApiHandlers({ host: 'loopback', dataDir }, session), {
    logError: () => undefined,
  })
  await dispatch('getWorkbook', {})
})
afterEach(() => session.close())

/** Starts `work` and reports, once it settles, what happened meanwhile. */
function tracked<T>(work: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let done = false
  const promise = work.finally(() => (done = true))
  return { promise, settled: () => done }
}

const names = (result: { ok: boolean; value?: unknown }) =>
  result.ok ? (result.value as Array<{ name: string }>).map((s) => s.name) : []

/** A call arriving as a new event, like a request on a socket. */
const later = <T>(fn: () => Promise<T>) =>
  new Promise<T>((resolve, reject) => setImmediate(() => fn().then(resolve, reject)))

describe('importing many scenarios', () => {
  it('answers other calls while the import runs, and shows none of it before it is whole', async () => {
    const importing = tracked(
      dispatch('importScenarios', { documents: scenarioDocuments(COUNT), onConflict: 'refuse' }),
    )
    const info = await later(() => dispatch('getAppInfo', {}))
    expect(info.ok).toBe(true)
    expect(importing.settled()).toBe(false)
    const listed = await later(() => dispatch('listScenarios', {}))
    expect(importing.settled()).toBe(false)
    expect(listed).toEqual({ ok: true, value: [] })
    const imported = await importing.promise
    expect(imported.ok && imported.value).toHaveLength(COUNT)
    const after = await dispatch('listScenarios', {})
    expect(after.ok && after.value).toHaveLength(COUNT)
  })

  it('runs two imports into one workbook one after the other, never interleaved', async () => {
    const documents = scenarioDocuments(COUNT / 2)
    const [first, second] = await Promise.all([
      dispatch('importScenarios', { documents, onConflict: 'refuse' }),
      dispatch('importScenarios', { documents, onConflict: 'refuse' }),
    ])
    expect(first.ok).toBe(true)
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const renamed = await dispatch('importScenarios', { documents, onConflict: 'rename' })
    expect(names(renamed).at(-1)).toBe(`Imported ${COUNT / 2 - 1} (2)`)
    const listed = await dispatch('listScenarios', {})
    expect(listed.ok && listed.value).toHaveLength(COUNT)
  })

  it('refuses at the write a name another call took during the import, importing nothing', async () => {
    const importing = dispatch('importScenarios', {
      documents: scenarioDocuments(COUNT),
      onConflict: 'refuse',
    })
    const taken = await later(() => dispatch('createScenario', { name: `Imported ${COUNT - 1}` }))
    expect(taken.ok).toBe(true)
    expect(await importing).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const listed = await dispatch('listScenarios', {})
    expect(names(listed)).toEqual([`Imported ${COUNT - 1}`])
  })

  it('imports nothing, and says so, when the workbook is closed during the import', async () => {
    const importing = dispatch('importScenarios', {
      documents: scenarioDocuments(COUNT),
      onConflict: 'refuse',
    })
    const other = join(dataDir, 'other.levier')
    expect((await later(() => dispatch('newWorkbook', { path: other }))).ok).toBe(true)
    const result = await importing
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } })
    if (!result.ok) expect(result.error.message).toMatch(/closed .* nothing was imported/)
    expect(await dispatch('listScenarios', {})).toEqual({ ok: true, value: [] })
    const first = join(dataDir, 'workbooks', 'Levier.levier')
    expect((await dispatch('openWorkbook', { path: first })).ok).toBe(true)
    expect(await dispatch('listScenarios', {})).toEqual({ ok: true, value: [] })
  })
})

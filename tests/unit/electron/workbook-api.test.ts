import { join } from 'node:path'
import { mkdirSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PLAIN_CSV } from '@shared/format/csv'
import { readCsv } from '@shared/format/csv-read'
import { startLoopbackServer } from '../../../electron/loopback/server'
import type { LoopbackServer } from '../../../electron/loopback/server'
import { createApiHandlers } from '../../../electron/services/api-handlers'
import { createDispatch } from '../../../electron/services/dispatch'
import { WorkbookSession } from '../../../electron/services/workbook-session'
import { rawRequest } from '../../helpers/http'
import { useTempDirs } from '../../helpers/temp-dir'
import { bytesOf, sqlite3 } from '../../helpers/workbooks'

const tempDir = useTempDirs()
let server: LoopbackServer
let session: WorkbookSession
let dataDir: string

async function start() {
  session = new WorkbookSession(dataDir)
  const dispatch = createDispatch(createApiHandlers({ host: 'loopback', dataDir }, session), {
    logError: () => undefined,
  })
  server = await startLoopbackServer({ rendererDir: dataDir, dispatch })
}

beforeEach(async () => {
  dataDir = tempDir()
  await start()
})
afterEach(async () => {
  session.close()
  await server.close()
})

async function call<T = unknown>(
  name: string,
  body: unknown = {},
): Promise<{ status: number; ok: boolean; value: T; message: string; code: string }> {
  const res = await rawRequest(server.port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const parsed = JSON.parse(res.body)
  return {
    status: res.status,
    ok: parsed.ok,
    value: parsed.value,
    message: parsed.error?.message ?? '',
    code: parsed.error?.code ?? '',
  }
}

describe('workbooks through the loopback API', () => {
  it('create the default workbook in the data directory on first start', async () => {
    const info = await call<{ path: string; name: string; scenarioCount: number }>('getWorkbook')
    expect(info.value.path).toBe(join(dataDir, 'workbooks', 'Levier.levier'))
    expect(info.value.scenarioCount).toBe(0)
    expect(sqlite3(info.value.path, 'PRAGMA integrity_check')).toBe('ok')
  })

  it('create, save, diff, restore and export scenarios, and find them after a restart', async () => {
    const created = await call<{ id: string; name: string }>('createScenario', { preset: 'dst-6' })
    expect(created.ok).toBe(true)
    const { id } = created.value
    const got = await call<{ scenario: { levers: { dst: { rate: number } } } }>('getScenario', {
      id,
    })
    const edited = structuredClone(got.value.scenario)
    edited.levers.dst.rate = 0.1
    expect((await call('saveScenario', { id, scenario: edited, note: 'rate 10 %' })).ok).toBe(true)
    const diff = await call<Array<{ path: string; before: number; after: number; unit: string }>>(
      'diffScenarios',
      { a: { id, version: 1 }, b: { id, version: 2 } },
    )
    expect(diff.value).toEqual([
      { path: 'levers.dst.rate', group: 'levers', unit: 'share', before: 0.06, after: 0.1 },
    ])
    expect(
      (await call<{ version: number }>('restoreVersion', { id, version: 1 })).value.version,
    ).toBe(3)
    const csv = await call<{ csv: string; fileName: string }>('exportResultsCsv', { id })
    // What produced it first (the saved version restored is the third), then the table.
    const read = readCsv(csv.value.csv, PLAIN_CSV)
    expect(read.head).toContainEqual(['Scenario version', '3'])
    expect(read.rows[0]?.slice(0, 3)).toEqual(['series', 'unit', '2024'])
    session.close()
    await server.close()
    await start()
    const list = await call<Array<{ name: string; currentVersion: number }>>('listScenarios')
    expect(list.value.map((s) => [s.name, s.currentVersion])).toEqual([[created.value.name, 3]])
  })

  it('refuse malformed and hostile input with the error shape, writing nothing', async () => {
    const path = (await call<{ path: string }>('getWorkbook')).value.path
    const before = bytesOf(path)
    const cases: Array<[string, unknown, string]> = [
      ['createScenario', { preset: 'dst-99' }, 'bad_request'],
      ['createScenario', { scenario: { schemaVersion: 1, name: 'x' } }, 'invalid_input'],
      ['saveScenario', { id: 'nope', scenario: {} }, 'invalid_input'],
      ['getScenario', { id: 'nope' }, 'not_found'],
      [
        'importScenarios',
        { documents: [{ __proto__: { admin: true } }], onConflict: 'rename' },
        'invalid_input',
      ],
      ['openWorkbook', { path: 'relative.levier' }, 'bad_request'],
      ['renameScenario', { id: 'x', name: '' }, 'bad_request'],
    ]
    for (const [name, body, code] of cases) {
      const res = await call(name, body)
      expect(res.ok, name).toBe(false)
      expect(res.code, `${name}: ${res.message}`).toBe(code)
    }
    expect(bytesOf(path).equals(before)).toBe(true)
  })

  it('refuse to open a damaged file, keep the current workbook, and leave the file as it was', async () => {
    await call('getWorkbook')
    const broken = join(tempDir(), 'broken.levier')
    writeFileSync(broken, 'SQLite format 3\0 but not really')
    const res = await call('openWorkbook', { path: broken })
    expect(res.code).toBe('refused')
    expect(bytesOf(broken).toString()).toBe('SQLite format 3\0 but not really')
    expect((await call<{ name: string }>('getWorkbook')).value.name).toBe('Levier.levier')
  })

  it('create, save as and reopen workbooks, remembering the recent ones', async () => {
    const folder = join(tempDir(), 'projets')
    mkdirSync(folder)
    const created = await call<{ path: string }>('newWorkbook', {
      path: join(folder, 'PLFSS 2027'),
    })
    expect(created.value.path).toBe(join(folder, 'PLFSS 2027.levier'))
    await call('createScenario', { preset: 'dst-6' })
    const copy = await call<{ path: string; scenarioCount: number }>('saveWorkbookAs', {
      path: join(folder, 'copie.levier'),
    })
    expect(copy.value.scenarioCount).toBe(1)
    expect((await call('newWorkbook', { path: join(folder, 'copie.levier') })).code).toBe(
      'conflict',
    )
    const recent = await call<{ paths: string[] }>('listRecentWorkbooks')
    expect(recent.value.paths.slice(0, 2)).toEqual([
      join(folder, 'copie.levier'),
      join(folder, 'PLFSS 2027.levier'),
    ])
    const reopened = await call<{ scenarioCount: number }>('openWorkbook', {
      path: join(folder, 'PLFSS 2027.levier'),
    })
    expect(reopened.value.scenarioCount).toBe(1)
  })

  it('tell a second host that the workbook is in use, and let it open read-only', async () => {
    const path = (await call<{ path: string }>('getWorkbook')).value.path
    const other = new WorkbookSession(tempDir())
    await expect(other.openWorkbook(path)).rejects.toMatchObject({ code: 'locked' })
    const readOnly = await other.openWorkbook(path, true)
    expect(readOnly.readOnly).toBe(true)
    other.close()
  })
})

describe('the workbook session', () => {
  it('opens the workbook once when many calls arrive together at start-up', async () => {
    const fresh = new WorkbookSession(tempDir())
    const results = await Promise.all([fresh.current(), fresh.current(), fresh.current()])
    expect(new Set(results.map((r) => r.workbook)).size).toBe(1)
    fresh.close()
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { ipcChannelOf } from '@shared/api/calls'
import type { ApiCallName } from '@shared/api/calls'
import { COMPARISON_SETTINGS_MAX_BYTES } from '@shared/api/comparison-schema'
import { ipcMain } from '../../helpers/fake-electron'
import { registerApi } from '../../../electron/main/ipc/register'
import { startLoopbackServer } from '../../../electron/loopback/server'
import { createApiHandlers } from '../../../electron/services/api-handlers'
import { createDispatch } from '../../../electron/services/dispatch'
import { WorkbookSession } from '../../../electron/services/workbook-session'
import { rawRequest } from '../../helpers/http'
import { useTempDirs } from '../../helpers/temp-dir'
import { bytesOf, sqlite3 } from '../../helpers/workbooks'

vi.mock('electron', () => import('../../helpers/fake-electron'))

const tempDir = useTempDirs()
const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

interface Answer<T> {
  ok: boolean
  value: T
  error?: { code: string; message: string }
}
type Call = <T = unknown>(name: ApiCallName, body?: unknown) => Promise<Answer<T>>

/** The loopback host: the API over HTTP, as the browser interface calls it. */
async function loopback(dataDir: string): Promise<Call> {
  const session = new WorkbookSession(dataDir)
  const dispatch = createDispatch(createApiHandlers({ host: 'loopback', dataDir }, session), {
    logError: () => undefined,
  })
  const server = await startLoopbackServer({ rendererDir: dataDir, dispatch })
  cleanups.push(
    () => session.close(),
    () => server.close(),
  )
  return async (name, body = {}) => {
    const res = await rawRequest(server.port, {
      method: 'POST',
      path: `/api/${name}`,
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    return JSON.parse(res.body)
  }
}

/** The desktop host: the same dispatcher behind the IPC handlers, called from our window. */
async function desktop(dataDir: string): Promise<Call> {
  const session = new WorkbookSession(dataDir)
  const dispatch = createDispatch(createApiHandlers({ host: 'desktop', dataDir }, session), {
    logError: () => undefined,
  })
  const unregister = registerApi(dispatch, () => true)
  cleanups.push(
    () => session.close(),
    () => unregister(),
  )
  const ourWindow = { sender: { id: 1 }, senderFrame: { url: 'levier://app/', parent: null } }
  return async (name, body = {}) =>
    ipcMain.invoke(ipcChannelOf(name), ourWindow, body) as Promise<never>
}

async function threeScenarios(call: Call): Promise<[string, string, string]> {
  const ids: string[] = []
  for (const preset of ['dst-6', 'platform-profit-10', 'current-law']) {
    const made = await call<{ id: string }>('createScenario', { preset })
    expect(made.ok).toBe(true)
    ids.push(made.value.id)
  }
  return ids as [string, string, string]
}

interface Comparison {
  id: string
  name: string
  reference: { kind: string; preset?: string; id?: string }
  scenarioIds: string[]
  createdAt: string
  updatedAt: string
}

describe.each([
  ['loopback', loopback],
  ['desktop', desktop],
])('comparisons through the %s host', (_host, start) => {
  it('are saved, listed, read, replaced and deleted', async () => {
    const call = await start(tempDir())
    const [a, b, c] = await threeScenarios(call)
    const made = await call<Comparison>('saveComparison', {
      name: 'Leviers',
      reference: { kind: 'preset', preset: 'current-law' },
      scenarioIds: [a, b],
      settings: { measure: { kind: 'indicator', id: 'robss_balance_final' } },
    })
    expect(made.ok, made.error?.message).toBe(true)
    expect((await call<Comparison[]>('listComparisons')).value).toEqual([made.value])
    expect((await call<Comparison>('getComparison', { id: made.value.id })).value).toEqual(
      made.value,
    )
    const replaced = await call<Comparison>('saveComparison', {
      id: made.value.id,
      name: 'Leviers (3)',
      reference: { kind: 'scenario', id: c },
      scenarioIds: [b, a, c],
      settings: {},
    })
    expect(replaced.value.createdAt).toBe(made.value.createdAt)
    expect(replaced.value.updatedAt > made.value.updatedAt).toBe(true)
    expect(replaced.value.scenarioIds).toEqual([b, a, c])
    expect((await call('deleteComparison', { id: made.value.id })).value).toEqual({})
    expect((await call<Comparison[]>('listComparisons')).value).toEqual([])
    expect((await call('getComparison', { id: made.value.id })).error?.code).toBe('not_found')
  })

  it('refuse malformed requests and impossible comparisons with the error shape, writing nothing', async () => {
    const call = await start(tempDir())
    const [a, b, c] = await threeScenarios(call)
    const ok = {
      name: 'Prise',
      reference: { kind: 'preset', preset: 'no-lever' },
      scenarioIds: [a, b],
      settings: {},
    }
    // A model-1 reference is still accepted, and answered as what it means now: current law.
    const saved = await call<Comparison>('saveComparison', ok)
    expect(saved.ok).toBe(true)
    expect(saved.value.reference).toEqual({ kind: 'preset', preset: 'current-law' })
    const path = (await call<{ path: string }>('getWorkbook')).value.path
    const before = bytesOf(path)
    const cases: Array<[ApiCallName, unknown, string, RegExp]> = [
      ['saveComparison', { ...ok, name: '  ' }, 'bad_request', /name: must not be empty/],
      ['saveComparison', { ...ok, scenarioIds: [a] }, 'bad_request', /scenarioIds/],
      [
        'saveComparison',
        { ...ok, scenarioIds: [a, b, c, a, b, c, a] },
        'bad_request',
        /scenarioIds/,
      ],
      [
        'saveComparison',
        { ...ok, reference: { kind: 'file', path: '/etc' } },
        'bad_request',
        /reference/,
      ],
      [
        'saveComparison',
        { ...ok, reference: { kind: 'preset', preset: 'dst-6' } },
        'bad_request',
        /reference/,
      ],
      ['saveComparison', { ...ok, colour: 'red' }, 'bad_request', /colour/],
      ['saveComparison', { ...ok, settings: [1, 2] }, 'bad_request', /settings/],
      [
        'saveComparison',
        { ...ok, name: 'Autre', scenarioIds: [a, a] },
        'invalid_input',
        /more than once/,
      ],
      [
        'saveComparison',
        { ...ok, name: 'Autre', scenarioIds: [a, 'nope'] },
        'invalid_input',
        /no scenario nope/,
      ],
      [
        'saveComparison',
        {
          ...ok,
          name: 'Autre',
          settings: { text: 'é'.repeat(COMPARISON_SETTINGS_MAX_BYTES / 2 + 1) },
        },
        'invalid_input',
        /settings: \d+ bytes/,
      ],
      ['saveComparison', ok, 'conflict', /“Prise” already exists/],
      ['saveComparison', { ...ok, id: 'nope' }, 'not_found', /No comparison nope/],
      ['getComparison', {}, 'bad_request', /id/],
      ['deleteComparison', { id: 'nope' }, 'not_found', /No comparison nope/],
      ['listComparisons', { all: true }, 'bad_request', /all/],
    ]
    for (const [name, body, code, message] of cases) {
      const res = await call(name, body)
      expect(res.ok, `${name} ${JSON.stringify(body).slice(0, 60)}`).toBe(false)
      expect(res.error?.code, res.error?.message).toBe(code)
      expect(res.error?.message).toMatch(message)
    }
    expect(bytesOf(path).equals(before)).toBe(true)
    expect(sqlite3(path, 'SELECT count(*) FROM comparisons')).toBe('1')
  })

  it('are listed but not changed in a workbook opened read-only', async () => {
    const call = await start(tempDir())
    const [a, b] = await threeScenarios(call)
    const draft = {
      name: 'Figée',
      reference: { kind: 'preset', preset: 'no-lever' },
      scenarioIds: [a, b],
      settings: {},
    }
    const made = await call<Comparison>('saveComparison', draft)
    const path = (await call<{ path: string }>('getWorkbook')).value.path
    expect((await call('openWorkbook', { path, readOnly: true })).ok).toBe(true)
    const before = bytesOf(path)
    expect((await call<Comparison[]>('listComparisons')).value).toEqual([made.value])
    for (const [name, body] of [
      ['saveComparison', { ...draft, name: 'Nouvelle' }],
      ['saveComparison', { ...draft, id: made.value.id, scenarioIds: [b, a] }],
      ['deleteComparison', { id: made.value.id }],
    ] as const) {
      const res = await call(name, body)
      expect(res.error?.code, name).toBe('read_only')
      expect(res.error?.message).toMatch(/read-only/)
    }
    expect(bytesOf(path).equals(before)).toBe(true)
  })
})

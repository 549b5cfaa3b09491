import { describe, expect, it, vi } from 'vitest'
import type { ApiCallName } from '@shared/api/calls'
import { createApiClient } from '../../../renderer/src/api/client'
import type { Transport } from '../../../renderer/src/api/transport'
import { httpTransport } from '../../../renderer/src/api/transport'
import { createLevierStore } from '../../../renderer/src/store'

const INFO = {
  name: 'Levier',
  version: '0.1.0',
  host: 'loopback',
  platform: 'linux',
  dataDir: '/d',
}

/** A host in memory that answers like a real one, with switches to make it fail. */
function fakeHost(options: { failSave?: boolean; savedLanguage?: 'fr' | 'en' } = {}) {
  let language = options.savedLanguage ?? 'fr'
  const invoke = vi.fn(async (name: ApiCallName, request: unknown): Promise<unknown> => {
    if (name === 'getAppInfo') return { ok: true, value: INFO }
    if (name === 'getPreferences') return { ok: true, value: { language } }
    if (name === 'getWorkbook')
      return {
        ok: true,
        value: {
          path: '/d/Levier.levier',
          name: 'Levier.levier',
          readOnly: false,
          scenarioCount: 0,
          trashCount: 0,
        },
      }
    if (name === 'listRecentWorkbooks') return { ok: true, value: { paths: ['/d/Levier.levier'] } }
    if (name === 'whatChanged')
      return { ok: true, value: { modelVersion: '2.0.0', entries: [], unreadable: [] } }
    if (name === 'listScenarios') return { ok: true, value: [] }
    if (name === 'listComparisons') return { ok: true, value: [] }
    if (options.failSave) return { ok: false, error: { code: 'storage', message: 'Disque plein' } }
    language = (request as { language: 'fr' | 'en' }).language
    return { ok: true, value: { language } }
  })
  const transport: Transport = { kind: 'http', invoke, sendOnClose: () => undefined }
  return { transport, invoke }
}

describe('API client', () => {
  it('returns what a valid host answers', async () => {
    const api = createApiClient(fakeHost().transport)
    expect(await api.getAppInfo({})).toEqual({ ok: true, value: INFO })
  })

  it('turns a host that is gone into an error result', async () => {
    const api = createApiClient({
      kind: 'http',
      invoke: async () => Promise.reject(new TypeError('fetch failed')),
    })
    expect(await api.getPreferences({})).toMatchObject({ ok: false, error: { code: 'internal' } })
  })

  it('turns an answer that breaks the contract into an error result', async () => {
    for (const answer of [null, 'ok', { ok: true, value: { language: 'de' } }, { ok: true }]) {
      const api = createApiClient({ kind: 'http', invoke: async () => answer })
      expect(await api.getPreferences({})).toMatchObject({ ok: false, error: { code: 'internal' } })
    }
  })

  it('posts JSON to the host-relative API path over HTTP, with the token as a Bearer header', async () => {
    const fetchImpl = vi.fn(
      async () => new Response(JSON.stringify({ ok: true, value: { language: 'en' } })),
    )
    const token = 'a'.repeat(64)
    const api = createApiClient(httpTransport(token, fetchImpl as unknown as typeof fetch))
    expect(await api.setPreferences({ language: 'en' })).toEqual({
      ok: true,
      value: { language: 'en' },
    })
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('./api/setPreferences')
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{"language":"en"}',
    })
  })
})

describe('store', () => {
  it('starts with the host info and the saved language', async () => {
    const store = createLevierStore(createApiClient(fakeHost({ savedLanguage: 'en' }).transport))
    expect(store.getState().appInfo).toBeNull()
    await store.getState().start()
    expect(store.getState().appInfo).toEqual(INFO)
    expect(store.getState().language).toBe('en')
    expect(store.getState().error).toBeNull()
    expect(store.getState().workbook?.name).toBe('Levier.levier')
    expect(store.getState().whatChanged?.entries).toEqual([])
  })

  it('switches language and saves the choice', async () => {
    const host = fakeHost()
    const store = createLevierStore(createApiClient(host.transport))
    await store.getState().setLanguage('en')
    expect(store.getState().language).toBe('en')
    expect(host.invoke).toHaveBeenCalledWith('setPreferences', { language: 'en' })
  })

  it('keeps a language chosen while the saved one was still on its way at start-up', async () => {
    const host = fakeHost({ savedLanguage: 'fr' })
    // The preferences answer as they stood when asked ('fr'), but only once the analyst has
    // clicked « English ».
    let release: () => void = () => undefined
    const clicked = new Promise<void>((resolve) => (release = resolve))
    const answer = host.transport.invoke
    const transport: Transport = {
      ...host.transport,
      invoke: async (name, request) => {
        if (name !== 'getPreferences') return answer(name, request)
        const stored = await answer(name, request)
        await clicked
        return stored
      },
    }
    const store = createLevierStore(createApiClient(transport))
    const starting = store.getState().start()
    await store.getState().setLanguage('en')
    release()
    await starting
    expect(store.getState().language).toBe('en')
    expect(host.invoke).toHaveBeenCalledWith('setPreferences', { language: 'en' })
  })

  it('puts the old language back and shows the error when saving fails', async () => {
    const store = createLevierStore(createApiClient(fakeHost({ failSave: true }).transport))
    await store.getState().setLanguage('en')
    expect(store.getState().language).toBe('fr')
    expect(store.getState().error).toBe('Disque plein')
    store.getState().dismissError()
    expect(store.getState().error).toBeNull()
  })

  it('reports a host that does not answer at start-up', async () => {
    const store = createLevierStore(
      createApiClient({ kind: 'http', invoke: async () => Promise.reject(new Error()) }),
    )
    await store.getState().start()
    expect(store.getState().appInfo).toBeNull()
    expect(store.getState().error).toMatch(/did not answer/)
  })
})

import { describe, expect, it, vi } from 'vitest'
import {
  TOKEN_STORAGE_KEY,
  forgetLoopbackToken,
  loopbackToken,
  takeLoopbackToken,
} from '../../../renderer/src/api/loopback-token'
import { httpTransport } from '../../../renderer/src/api/transport'
import { browserLanguage } from '../../../renderer/src/components/missing-token'

const TOKEN = '0123456789abcdef'.repeat(4)

function page(hash: string, stored?: string) {
  const items = new Map<string, string>(stored ? [[TOKEN_STORAGE_KEY, stored]] : [])
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
  const history = { state: null, replaceState: vi.fn() }
  return { location: { hash, pathname: '/', search: '' }, storage, history, items }
}

describe('the loopback token in the page', () => {
  it('is read from the fragment, kept in session storage, and the fragment is removed', () => {
    const p = page(`#token=${TOKEN}`)
    expect(takeLoopbackToken(p.location, p.storage, p.history)).toBe(TOKEN)
    expect(p.items.get(TOKEN_STORAGE_KEY)).toBe(TOKEN)
    expect(p.history.replaceState).toHaveBeenCalledWith(null, '', '/')
    expect(loopbackToken()).toBe(TOKEN)
  })

  it('survives a reload from session storage; a fresh fragment wins over it', () => {
    const reload = page('', TOKEN)
    expect(takeLoopbackToken(reload.location, reload.storage, reload.history)).toBe(TOKEN)
    expect(reload.history.replaceState).not.toHaveBeenCalled()
    const other = 'f'.repeat(64)
    const fresh = page(`#token=${other}`, TOKEN)
    expect(takeLoopbackToken(fresh.location, fresh.storage, fresh.history)).toBe(other)
  })

  it('is absent without fragment or storage, or when malformed (the fragment still leaves)', () => {
    const none = page('')
    expect(takeLoopbackToken(none.location, none.storage, none.history)).toBeUndefined()
    const bad = page('#token=nope')
    expect(takeLoopbackToken(bad.location, bad.storage, bad.history)).toBeUndefined()
    expect(bad.history.replaceState).toHaveBeenCalled()
    const noStorage = page(`#token=${TOKEN}`)
    expect(takeLoopbackToken(noStorage.location, undefined, noStorage.history)).toBe(TOKEN)
  })

  it('goes with the last edit as the page closes: a keepalive fetch with the header, no beacon', () => {
    const fetchImpl = vi.fn(async () => new Response('{}'))
    httpTransport(TOKEN, fetchImpl as unknown as typeof fetch).sendOnClose('saveScenario', {
      id: 'x',
    })
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('./api/saveScenario')
    expect(init).toMatchObject({
      keepalive: true,
      credentials: 'omit',
      headers: { Authorization: `Bearer ${TOKEN}` },
    })
  })

  it('refused by the host (a key from an earlier run): reported once, then forgotten', async () => {
    const fetchImpl = vi.fn(
      async () => new Response('{"ok":false,"error":{"code":"unauthorized"}}', { status: 401 }),
    )
    const refused = vi.fn()
    const transport = httpTransport(TOKEN, fetchImpl as unknown as typeof fetch, refused)
    await transport.invoke('getAppInfo', {})
    await transport.invoke('getAppInfo', {})
    expect(refused).toHaveBeenCalledTimes(1)
    const kept = page('', TOKEN)
    expect(takeLoopbackToken(kept.location, kept.storage, kept.history)).toBe(TOKEN)
    forgetLoopbackToken({ removeItem: (key) => void kept.items.delete(key) })
    expect(loopbackToken()).toBeUndefined()
    expect(takeLoopbackToken(kept.location, kept.storage, kept.history)).toBeUndefined()
  })

  it('accepted, a call never reports a refusal', async () => {
    const refused = vi.fn()
    const fetchImpl = vi.fn(async () => new Response('{"ok":true,"value":{}}'))
    await httpTransport(TOKEN, fetchImpl as unknown as typeof fetch, refused).invoke(
      'getAppInfo',
      {},
    )
    expect(refused).not.toHaveBeenCalled()
  })

  it('without it, the page speaks the browser’s language, French by default', () => {
    expect(browserLanguage(['en-GB', 'fr'])).toBe('en')
    expect(browserLanguage(['fr-FR'])).toBe('fr')
    expect(browserLanguage(['de'])).toBe('fr')
    expect(browserLanguage([])).toBe('fr')
  })
})

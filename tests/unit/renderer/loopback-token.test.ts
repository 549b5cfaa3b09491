import { describe, expect, it, vi } from 'vitest'
import {
  TOKEN_STORAGE_KEY,
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

  it('without it, the page speaks the browser’s language, French by default', () => {
    expect(browserLanguage(['en-GB', 'fr'])).toBe('en')
    expect(browserLanguage(['fr-FR'])).toBe('fr')
    expect(browserLanguage(['de'])).toBe('fr')
    expect(browserLanguage([])).toBe('fr')
  })
})

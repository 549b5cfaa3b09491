import { describe, expect, it, vi } from 'vitest'
import { ApiFailure } from '@shared/api/result'
import { createDispatch } from '../../../electron/services/dispatch'
import { fakeHandlers } from '../../helpers/fake-handlers'

const handlers = fakeHandlers

describe('dispatch', () => {
  it('runs a valid call and returns its value', async () => {
    const dispatch = createDispatch(handlers())
    expect(await dispatch('setPreferences', { language: 'en' })).toEqual({
      ok: true,
      value: { language: 'en' },
    })
  })

  it('refuses unknown calls, including names inherited from Object', async () => {
    const dispatch = createDispatch(handlers())
    for (const name of ['deleteEverything', 'toString', '__proto__', 'constructor']) {
      const result = await dispatch(name, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } })
    }
  })

  it('refuses a malformed payload before the handler sees it, naming the field', async () => {
    const setPreferences = vi.fn(async () => ({ language: 'fr' as const }))
    const dispatch = createDispatch(handlers({ setPreferences }))
    const result = await dispatch('setPreferences', { language: 'klingon' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('bad_request')
    expect(result.error.message).toContain('language')
    expect(result.error.message).toContain('klingon')
    expect(setPreferences).not.toHaveBeenCalled()
  })

  it("passes a service's own failure through with its code and message", async () => {
    const dispatch = createDispatch(
      handlers({
        getPreferences: async () => {
          throw new ApiFailure('storage', 'The disk is full.')
        },
      }),
    )
    expect(await dispatch('getPreferences', {})).toEqual({
      ok: false,
      error: { code: 'storage', message: 'The disk is full.' },
    })
  })

  it('hides unexpected errors behind a generic message, and logs them in full', async () => {
    const logError = vi.fn()
    const secret = new Error('ENOENT /home/alice/secret/path')
    const dispatch = createDispatch(
      handlers({
        getAppInfo: async () => {
          throw secret
        },
      }),
      { logError },
    )
    const result = await dispatch('getAppInfo', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toContain('secret')
    expect(JSON.stringify(result)).not.toContain(' at ')
    expect(logError).toHaveBeenCalledWith(secret, 'getAppInfo')
  })

  it('refuses to send an answer that breaks the contract', async () => {
    const logError = vi.fn()
    const broken = handlers({ getPreferences: async () => ({ language: 'xx' }) as never })
    const result = await createDispatch(broken, { logError })('getPreferences', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(logError).toHaveBeenCalledOnce()
  })

  it('answers bad_request, never internal, to a payload nested 100,000 deep in any field', async () => {
    const logError = vi.fn()
    const dispatch = createDispatch(handlers(), { logError })
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000))
    const payloads: Array<[string, unknown]> = [
      ['getScenario', { id: deep }],
      ['setPreferences', { openScenarios: deep }],
      ['createScenario', { scenario: deep }],
      ['importScenarios', { documents: [deep], onConflict: 'refuse' }],
      ['getAppInfo', deep],
    ]
    for (const [name, payload] of payloads) {
      const result = await dispatch(name, payload)
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } })
      if (!result.ok) expect(result.error.message).toContain('nest deeper than')
    }
  })

  it('answers bad_request when the validator itself throws on a hostile value', async () => {
    const logError = vi.fn()
    const dispatch = createDispatch(handlers(), { logError })
    const hostile = JSON.parse('{"id":{"length":[{"toString":null}]}}')
    for (const name of ['getScenario', 'deleteScenario', 'listVersions', 'getComparison']) {
      const result = await dispatch(name, hostile)
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } })
      if (!result.ok) expect(result.error.message).toMatch(/^Invalid request for \w+: /)
    }
  })

  it('answers bad_request to NUL bytes and over-long names in file paths', async () => {
    const newWorkbook = vi.fn()
    const dispatch = createDispatch(handlers({ newWorkbook }))
    for (const path of ['/tmp/a\u0000b.levier', `/tmp/${'n'.repeat(300)}.levier`]) {
      const result = await dispatch('newWorkbook', { path })
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    }
    expect(newWorkbook).not.toHaveBeenCalled()
  })

  it('names an unknown call safely, whatever was sent as its name', async () => {
    const dispatch = createDispatch(handlers())
    const odd = JSON.parse('{"toString":null}') as string
    expect(await dispatch(odd, {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } })
    const long = await dispatch('x'.repeat(100_000), {})
    expect(long.ok || long.error.message.length < 200).toBe(true)
  })
})

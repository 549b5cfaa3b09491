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
})

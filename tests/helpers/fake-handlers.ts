import { API_CALL_NAMES } from '@shared/api/calls'
import type { ApiHandlers } from '@shared/api/contract'
import { ApiFailure } from '@shared/api/result'

/**
 * Services in memory: the app-info and preference calls answer validly, every other call fails as
 * not found; override any of them to make it misbehave.
 */
export function fakeHandlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  const notFaked = Object.fromEntries(
    API_CALL_NAMES.map((name) => [
      name,
      async () => {
        throw new ApiFailure('not_found', `${name} is not faked`)
      },
    ]),
  ) as unknown as ApiHandlers
  return {
    ...notFaked,
    getAppInfo: async () => ({
      name: 'Levier',
      version: '0.1.0',
      host: 'desktop',
      platform: 'linux',
      dataDir: '/d',
    }),
    getPreferences: async () => ({ language: 'fr' }),
    setPreferences: async (changes) => ({ language: changes.language ?? 'fr' }),
    ...overrides,
  }
}

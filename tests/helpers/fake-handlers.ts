import type { ApiHandlers } from '@shared/api/contract'

/** Services in memory that answer every call validly; override one to make it misbehave. */
export function fakeHandlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  return {
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

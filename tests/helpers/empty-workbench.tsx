import { act, render } from '@testing-library/react'
import { createApiClient } from '../../renderer/src/api/client'
import { App } from '../../renderer/src/app'
import { createLevierStore, StoreProvider } from '../../renderer/src/store'
import type { LevierStore } from '../../renderer/src/store'

/** An answer for one call, or undefined to let the empty workbench answer it. */
type Override = (name: string, request: unknown) => unknown

export interface EmptyWorkbench {
  readonly dataDir?: string
  readonly workbookPath?: string
  readonly readOnly?: boolean
  /** The language the host's preferences hold, changed by setPreferences. */
  readonly language?: string
  readonly override?: Override
}

/**
 * The whole workbench (jsdom) on a host whose workbook holds no scenario and no comparison; calls
 * a test cares about are answered by `override`. Returns the store, started.
 */
export async function renderEmptyWorkbench(options: EmptyWorkbench = {}): Promise<LevierStore> {
  const dataDir = options.dataDir ?? '/data'
  const path = options.workbookPath ?? `${dataDir}/workbooks/Levier.levier`
  let language = options.language ?? 'fr'
  const api = createApiClient({
    kind: 'http',
    invoke: async (name, request) => {
      const answer = options.override?.(name, request)
      if (answer !== undefined) return answer as never
      switch (name) {
        case 'getAppInfo': {
          const value = { name: 'Levier', version: '0.1.0', host: 'loopback', platform: 'linux' }
          return { ok: true, value: { ...value, dataDir } }
        }
        case 'getWorkbook': {
          const name = path.split('/').pop() ?? path
          const value = { path, name, readOnly: options.readOnly ?? false }
          return { ok: true, value: { ...value, scenarioCount: 0, trashCount: 0 } }
        }
        case 'listRecentWorkbooks':
          return { ok: true, value: { paths: [] } }
        case 'whatChanged':
          return { ok: true, value: { modelVersion: '1.0.0', entries: [] } }
        case 'listScenarios':
        case 'listComparisons':
          return { ok: true, value: [] }
        case 'setPreferences':
          language = (request as { language: string }).language
      }
      return { ok: true, value: { language } }
    },
  })
  const store = createLevierStore(api)
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  )
  await act(() => store.getState().start())
  return store
}

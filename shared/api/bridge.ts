import type { ApiCallName, MenuCommand } from './calls'
import type { ApiRequest, ApiResponse } from './contract'
import type { ApiResult } from './result'

/**
 * What the desktop preload exposes on `window.levier`: one named function per call, and a menu
 * subscription that returns its own unsubscribe function. Nothing else crosses the bridge.
 */
export type LevierBridge = {
  readonly [K in ApiCallName]: (request: ApiRequest<K>) => Promise<ApiResult<ApiResponse<K>>>
} & {
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void
}

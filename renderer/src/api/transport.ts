import type { ApiCallName } from '@shared/api/calls'
import type { LevierBridge } from '@shared/api/bridge'
import { authorizationHeader } from './loopback-token'

/** How a call reaches a host: the desktop preload bridge, or HTTP to the loopback host. */
export interface Transport {
  readonly kind: 'bridge' | 'http'
  invoke(name: ApiCallName, request: unknown): Promise<unknown>
  /**
   * Send a call that must survive the page closing (the last edit): a keepalive fetch over HTTP, a plain
   * IPC message on the desktop, which main receives even as the window goes.
   */
  sendOnClose(name: ApiCallName, request: unknown): void
  onMenuCommand?: LevierBridge['onMenuCommand']
}

export function bridgeTransport(bridge: LevierBridge): Transport {
  return {
    kind: 'bridge',
    invoke: (name, request) => (bridge[name] as (r: unknown) => Promise<unknown>)(request),
    sendOnClose: (name, request) =>
      void (bridge[name] as (r: unknown) => Promise<unknown>)(request),
    onMenuCommand: bridge.onMenuCommand,
  }
}

/**
 * Calls to the loopback host, each with the launch token as a Bearer header (the host accepts it
 * nowhere else). No cookies: `credentials: 'omit'`. A call refused for its token (401: the page
 * holds the key of an earlier run on the same port) is reported once to `onTokenRefused`.
 */
export function httpTransport(
  token: string,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
  onTokenRefused: () => void = () => undefined,
): Transport {
  let refusalReported = false
  const headers = { 'Content-Type': 'application/json', ...authorizationHeader(token) }
  return {
    kind: 'http',
    async invoke(name, request) {
      const response = await fetchImpl(`./api/${encodeURIComponent(name)}`, {
        method: 'POST',
        credentials: 'omit',
        headers,
        body: JSON.stringify(request),
      })
      if (response.status === 401 && !refusalReported) {
        refusalReported = true
        onTokenRefused()
      }
      return response.json()
    },
    sendOnClose(name, request) {
      // A beacon cannot carry the header; a keepalive fetch can, and also outlives the page.
      fetchImpl(`./api/${encodeURIComponent(name)}`, {
        method: 'POST',
        credentials: 'omit',
        headers,
        body: JSON.stringify(request),
        keepalive: true,
      }).catch(() => undefined)
    },
  }
}

/** Picked once at start-up; components never know which one answers. */
export function pickTransport(
  bridge: LevierBridge | undefined,
  token: string | undefined,
  onTokenRefused?: () => void,
): Transport {
  if (bridge) return bridgeTransport(bridge)
  if (token === undefined) throw new Error('The loopback host needs its token.')
  return httpTransport(token, undefined, onTokenRefused)
}

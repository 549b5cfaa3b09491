import type { ApiCallName } from '@shared/api/calls'
import type { LevierBridge } from '@shared/api/bridge'

/** How a call reaches a host: the desktop preload bridge, or HTTP to the loopback host. */
export interface Transport {
  readonly kind: 'bridge' | 'http'
  invoke(name: ApiCallName, request: unknown): Promise<unknown>
  /**
   * Send a call that must survive the page closing (the last edit): a beacon over HTTP, a plain
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
 * Calls to the loopback host. The page was opened with the launch token, which the host traded for
 * a same-site cookie; `same-origin` credentials send it with every call.
 */
export function httpTransport(fetchImpl: typeof fetch = fetch.bind(globalThis)): Transport {
  return {
    kind: 'http',
    async invoke(name, request) {
      const response = await fetchImpl(`./api/${encodeURIComponent(name)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      })
      return response.json()
    },
    sendOnClose(name, request) {
      const body = new Blob([JSON.stringify(request)], { type: 'application/json' })
      navigator.sendBeacon(`./api/${encodeURIComponent(name)}`, body)
    },
  }
}

/** Picked once at start-up; components never know which one answers. */
export function pickTransport(bridge: LevierBridge | undefined): Transport {
  return bridge ? bridgeTransport(bridge) : httpTransport()
}

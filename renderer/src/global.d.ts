import type { LevierBridge } from '@shared/api/bridge'

declare global {
  interface Window {
    /** Present only in the desktop app, exposed by the preload script. */
    readonly levier?: LevierBridge
  }
}

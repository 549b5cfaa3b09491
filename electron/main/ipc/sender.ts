import type { AppOrigin } from '../trusted-url'
import { isAppUrl } from '../trusted-url'

/** The parts of an IPC event the trust check reads (a structural subset of IpcMainInvokeEvent). */
export interface SenderFacts {
  readonly sender: { readonly id: number }
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null
}

/**
 * Treat the renderer as untrusted: a call is served only when it comes from one of our windows,
 * from its top-level frame, showing our own page.
 */
export function isTrustedSender(
  event: SenderFacts,
  ownWebContentsIds: ReadonlySet<number>,
  origins: readonly AppOrigin[],
): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  if (!ownWebContentsIds.has(event.sender.id)) return false
  if (frame.parent !== null) return false
  return isAppUrl(frame.url, origins)
}

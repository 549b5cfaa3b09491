import { protocol } from 'electron'
import { APP_SCHEME } from '@shared/app-identity'
import { SECURITY_HEADERS } from '@shared/security/csp'
import { readStaticFile } from '../services/static-files'

/** Must run before the app is ready: levier:// behaves like https (standard, secure, fetchable). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/**
 * Serve the built renderer on levier://app/ with the same files, rules and headers (CSP included)
 * as the loopback host. A real origin, unlike file://, lets IPC senders be checked by origin.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = await readStaticFile(rendererDir, new URL(request.url).pathname)
    return new Response(new Uint8Array(file.body), {
      status: file.status,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': file.contentType,
        'Cache-Control': file.cacheControl,
      },
    })
  })
}

import { APP_HOST, APP_SCHEME } from '@shared/app-identity'

/** The renderer's own address: levier://app/ in the built app, the dev server under electron-vite dev. */
export interface AppOrigin {
  readonly protocol: string
  readonly host: string
}

export const BUILT_APP_ORIGIN: AppOrigin = { protocol: `${APP_SCHEME}:`, host: APP_HOST }

export function appOrigins(devServerUrl: string | undefined): AppOrigin[] {
  const origins = [BUILT_APP_ORIGIN]
  if (devServerUrl) {
    const dev = new URL(devServerUrl)
    origins.push({ protocol: dev.protocol, host: dev.host })
  }
  return origins
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * Whether a URL belongs to the app. Compared by scheme and host: Node's URL gives custom schemes an
 * opaque "null" origin, so `origin` cannot be used for levier://.
 */
export function isAppUrl(url: string, origins: readonly AppOrigin[]): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  return origins.some((o) => parsed.protocol === o.protocol && parsed.host === o.host)
}

/** Only web pages and e-mail addresses may be handed to the operating system. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url)
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'mailto:')
}

/** Where the page keeps the loopback host's token: per origin (port included) and per tab. */
export const TOKEN_STORAGE_KEY = 'levier-token'
const TOKEN = /^[0-9a-f]{64}$/

let current: string | undefined

/**
 * Read the loopback host's token once at start-up. The host prints `http://127.0.0.1:<port>/#token=…`:
 * a fragment is never sent to any server, and the token then lives in this tab's sessionStorage
 * (so a reload keeps working) and in API calls' `Authorization` header, never in a cookie, which a
 * browser would send to every other server on 127.0.0.1. The fragment leaves the address bar (and
 * history) at once. Undefined when the page was opened without it.
 */
export function takeLoopbackToken(
  location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = safeSessionStorage(),
  history: Pick<History, 'replaceState' | 'state'> = window.history,
): string | undefined {
  const fromFragment = new URLSearchParams(location.hash.replace(/^#/, '')).get('token')
  if (fromFragment !== null) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`)
  }
  if (fromFragment !== null && TOKEN.test(fromFragment)) {
    current = fromFragment
    try {
      storage?.setItem(TOKEN_STORAGE_KEY, fromFragment)
    } catch {
      // Storage full or refused: this load still works; a reload will ask for the URL again.
    }
    return current
  }
  const stored = storage?.getItem(TOKEN_STORAGE_KEY) ?? null
  current = stored !== null && TOKEN.test(stored) ? stored : undefined
  return current
}

/** Drop a token the host refused (from an earlier run), so that a reload asks for the new address. */
export function forgetLoopbackToken(
  storage: Pick<Storage, 'removeItem'> | undefined = safeSessionStorage(),
): void {
  current = undefined
  try {
    storage?.removeItem(TOKEN_STORAGE_KEY)
  } catch {
    // Storage refused: nothing was kept there either.
  }
}

/** The token read at start-up, for the few calls made outside the transport (the PDF download). */
export function loopbackToken(): string | undefined {
  return current
}

export function authorizationHeader(token: string | undefined): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {}
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage
  } catch {
    // Storage disabled by the browser's settings.
    return undefined
  }
}

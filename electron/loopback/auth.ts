import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** A fresh secret for one launch of the host, like Jupyter's: 256 bits, hex. */
export function newToken(): string {
  return randomBytes(32).toString('hex')
}

/** The cookie name carries the port so two hosts on one machine don't overwrite each other's. */
export function cookieName(port: number): string {
  return `levier-token-${port}`
}

export function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented, 'utf8')
  const b = Buffer.from(expected, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

/** The token a request presents: in the URL, as a bearer token, or in the session cookie. */
export function presentedToken(req: IncomingMessage, url: URL, port: number): string | undefined {
  const fromQuery = url.searchParams.get('token')
  if (fromQuery) return fromQuery
  const authorization = req.headers.authorization
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length)
  return cookieValue(req.headers.cookie, cookieName(port))
}

/** Host headers accepted: the loopback address we are bound to (DNS-rebinding defence). */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false
  const host = hostHeader.toLowerCase()
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}

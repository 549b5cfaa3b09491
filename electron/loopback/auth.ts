import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** A fresh secret for one launch of the host, like Jupyter's: 256 bits, hex. */
export function newToken(): string {
  return randomBytes(32).toString('hex')
}

export function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented, 'utf8')
  const b = Buffer.from(expected, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The token a request presents: only as `Authorization: Bearer`, which the page sets itself on its
 * own calls. Never a cookie (a browser sends cookies for 127.0.0.1 to every port of it, so any other
 * local server would receive one) and never the query string (it lands in logs and history).
 */
export function presentedToken(req: IncomingMessage): string | undefined {
  const authorization = req.headers.authorization
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length)
  return undefined
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

import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Dispatch } from '../services/dispatch'
import { readStaticFile } from '../services/static-files'
import {
  cookieName,
  isLoopbackHost,
  isOwnOrigin,
  newToken,
  presentedToken,
  sameSecret,
} from './auth'
import { BodyTooLargeError, readBody, send, sendError, sendResult } from './http-io'
import { BRIEF_PDF_PATH } from '@shared/brief/brief-pdf-request'
import { DEFAULT_PDF_PRINTER, createBriefPdfRoute } from './brief-pdf-route'
import type { PdfPrinter } from './brief-pdf-route'

export const LOOPBACK_ADDRESS = '127.0.0.1'
const API_PREFIX = '/api/'
const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024

export interface LoopbackOptions {
  readonly rendererDir: string
  readonly dispatch: Dispatch
  /** 0 (the default) picks a free port. */
  readonly port?: number
  readonly token?: string
  readonly maxBodyBytes?: number
  /** How "Download PDF" prints the brief (tests give a fake). */
  readonly pdfPrinter?: PdfPrinter
}

export interface LoopbackServer {
  readonly port: number
  readonly token: string
  /** The URL to open, token included. */
  readonly url: string
  close(): Promise<void>
}

const TEXT = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }

/**
 * The loopback host: the built renderer and the API over HTTP, on 127.0.0.1 only, for machines
 * where the Electron runtime cannot be installed. Every request must name our loopback address in
 * its Host header (else 403) and present the per-launch token (else 401).
 */
export async function startLoopbackServer(options: LoopbackOptions): Promise<LoopbackServer> {
  const token = options.token ?? newToken()
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  let port = 0
  const briefPdf = createBriefPdfRoute(
    options.rendererDir,
    () => port,
    options.pdfPrinter ?? DEFAULT_PDF_PRINTER,
  )
  // Our own Host check answers a missing Host too, with the same 403 as a foreign one.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[levier] loopback request failed:', error)
      if (!res.headersSent) sendError(res, 'internal', 'Unexpected error in the loopback host.')
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const isApi = (req.url ?? '').startsWith(API_PREFIX)
    const refuse = (status: 401 | 403, code: 'unauthorized' | 'forbidden', message: string) =>
      isApi ? sendError(res, code, message) : send(res, status, message, TEXT)
    if (!isLoopbackHost(req.headers.host, port)) {
      return refuse(403, 'forbidden', 'Forbidden: this host answers only to its loopback address.')
    }
    const url = new URL(req.url ?? '/', `http://${LOOPBACK_ADDRESS}:${port}`)
    // The brief being printed, for the headless browser: its one-time id stands for the token.
    if (
      (req.method === 'GET' || req.method === 'HEAD') &&
      (await briefPdf.get(res, url.pathname, req.method === 'HEAD'))
    )
      return
    const presented = presentedToken(req, url, port)
    if (!presented || !sameSecret(presented, token)) {
      return refuse(
        401,
        'unauthorized',
        'Unauthorized: open the URL printed by the host, token included.',
      )
    }
    if (isApi) return handleApi(req, res, url)
    if (url.searchParams.has('token')) {
      // Trade the token in the URL for a session cookie, so it leaves the address bar and history.
      url.searchParams.delete('token')
      return send(res, 302, '', {
        Location: url.pathname + url.search,
        'Set-Cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      })
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'Method not allowed', { ...TEXT, Allow: 'GET, HEAD' })
    }
    const file = await readStaticFile(options.rendererDir, url.pathname)
    send(
      res,
      file.status,
      file.body,
      { 'Content-Type': file.contentType, 'Cache-Control': file.cacheControl },
      req.method === 'HEAD',
    )
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 'method_not_allowed', 'API calls use POST.')
    if (!isOwnOrigin(req.headers.origin, port)) {
      return sendError(res, 'forbidden', 'Forbidden: the request comes from another origin.')
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(res, 'unsupported_media_type', 'API requests must be application/json.')
    }
    if (url.pathname === BRIEF_PDF_PATH) return briefPdf.post(req, res)
    let body: Buffer
    try {
      body = await readBody(req, maxBodyBytes)
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error
      const limitMb = Math.round(maxBodyBytes / (1024 * 1024))
      res.setHeader('Connection', 'close')
      return sendError(res, 'payload_too_large', `The request is larger than ${limitMb} MB.`)
    }
    let payload: unknown
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
    } catch {
      return sendError(res, 'bad_request', 'The request body is not valid JSON.')
    }
    let name: string
    try {
      name = decodeURIComponent(url.pathname.slice(API_PREFIX.length))
    } catch {
      return sendError(res, 'bad_request', 'The API path is not valid.')
    }
    sendResult(res, await options.dispatch(name, payload))
  }

  await listen(server, options.port ?? 0)
  port = (server.address() as AddressInfo).port
  return {
    port,
    token,
    url: `http://${LOOPBACK_ADDRESS}:${port}/?token=${token}`,
    close: () => closeServer(server),
  }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, LOOPBACK_ADDRESS, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()))
    server.closeAllConnections()
  })
}

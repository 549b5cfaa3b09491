import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Dispatch } from '../services/dispatch'
import { readStaticFile } from '../services/static-files'
import { isLoopbackHost, isOwnOrigin, newToken, presentedToken, sameSecret } from './auth'
import {
  BodyTooLargeError,
  readBody,
  send,
  sendError,
  sendErrorBeforeBody,
  sendResult,
} from './http-io'
import { BRIEF_PDF_PATH } from '@shared/brief/brief-pdf-request'
import type { BriefPdfRoute, PdfPrinter } from './brief-pdf-route'

/** `application/json`, whatever its parameters (`; charset=utf-8`) — not `application/jsonp`. */
function isJsonMediaType(header: string | undefined): boolean {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json'
}
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
  /** The URL to open: the token rides in its fragment, which the browser never sends anywhere. */
  readonly url: string
  close(): Promise<void>
}

const TEXT = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }

/**
 * The loopback host: the built renderer and the API over HTTP, on 127.0.0.1 only, for machines
 * where the Electron runtime cannot be installed. Every request must name our loopback address in
 * its Host header (else 403). The built renderer is public code and is served without a secret; every
 * API call must carry the per-launch token as `Authorization: Bearer` (else 401), which the page
 * read from the fragment of the URL it was opened with.
 */
export async function startLoopbackServer(options: LoopbackOptions): Promise<LoopbackServer> {
  const token = options.token ?? newToken()
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  let port = 0
  // Loaded at the first brief: printing (and its request schema) is not needed to serve the page.
  let briefPdf: Promise<BriefPdfRoute> | undefined
  const loadBriefPdf = () =>
    (briefPdf ??= import('./brief-pdf-route').then((route) =>
      route.createBriefPdfRoute(
        options.rendererDir,
        options.pdfPrinter ?? route.DEFAULT_PDF_PRINTER,
      ),
    ))
  // Our own Host check answers a missing Host too, with the same 403 as a foreign one.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[levier] loopback request failed:', error)
      if (!res.headersSent) sendError(res, 'internal', 'Unexpected error in the loopback host.')
      else res.destroy()
    })
  })
  // "Expect: 100-continue" reaches the same handler, which says "continue" only when it is about to
  // read the body: a body refused on its headers alone is then never sent.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) =>
    server.emit('request', req, res),
  )

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const isApi = (req.url ?? '').startsWith(API_PREFIX)
    if (!isLoopbackHost(req.headers.host, port)) {
      const message = 'Forbidden: this host answers only to its loopback address.'
      return isApi
        ? sendErrorBeforeBody(req, res, 'forbidden', message)
        : send(res, 403, message, TEXT)
    }
    const url = new URL(req.url ?? '/', `http://${LOOPBACK_ADDRESS}:${port}`)
    if (isApi) {
      const presented = presentedToken(req)
      if (!presented || !sameSecret(presented, token)) {
        return sendErrorBeforeBody(
          req,
          res,
          'unauthorized',
          'Unauthorized: open the URL printed by the host, token included.',
        )
      }
      return handleApi(req, res, url)
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
    if (req.method !== 'POST') {
      return sendErrorBeforeBody(req, res, 'method_not_allowed', 'API calls use POST.')
    }
    if (!isOwnOrigin(req.headers.origin, port)) {
      const message = 'Forbidden: the request comes from another origin.'
      return sendErrorBeforeBody(req, res, 'forbidden', message)
    }
    if (!isJsonMediaType(req.headers['content-type'])) {
      const message = 'API requests must be application/json.'
      return sendErrorBeforeBody(req, res, 'unsupported_media_type', message)
    }
    if (url.pathname === BRIEF_PDF_PATH) return (await loadBriefPdf()).post(req, res)
    let body: Buffer
    try {
      body = await readBody(req, res, maxBodyBytes)
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error
      const limitMb = Math.round(maxBodyBytes / (1024 * 1024))
      const message = `The request is larger than ${limitMb} MB.`
      return sendErrorBeforeBody(req, res, 'payload_too_large', message)
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
    url: `http://${LOOPBACK_ADDRESS}:${port}/#token=${token}`,
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

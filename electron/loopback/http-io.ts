import type { IncomingMessage, ServerResponse } from 'node:http'
import { SECURITY_HEADERS } from '@shared/security/csp'
import { fail } from '@shared/api/result'
import type { ApiErrorCode, ApiResult } from '@shared/api/result'

/**
 * HTTP status of each failure. Protocol failures (no token, wrong method, malformed request,
 * unknown call) get their HTTP status; failures of the request's meaning (a name in use, a file
 * that is not a workbook, a scenario with an invalid field) are ordinary answers, 200 with
 * `ok: false`, which the browser does not report as network errors.
 */
export const HTTP_STATUS_OF: Readonly<Record<ApiErrorCode, number>> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  unknown_call: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
  not_found: 200,
  conflict: 200,
  read_only: 200,
  locked: 200,
  refused: 200,
  invalid_input: 200,
  storage: 200,
}

/** Send a response with the security headers every answer of the host carries. */
export function send(
  res: ServerResponse,
  status: number,
  body: Buffer | string,
  headers: Record<string, string>,
  headOnly = false,
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Length': String(bytes.length) })
  res.end(headOnly ? undefined : bytes)
}

export function sendResult(res: ServerResponse, result: ApiResult<unknown>): void {
  const status = result.ok ? 200 : HTTP_STATUS_OF[result.error.code]
  send(res, status, JSON.stringify(result), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
}

export function sendError(res: ServerResponse, code: ApiErrorCode, message: string): void {
  sendResult(res, fail(code, message))
}

export class BodyTooLargeError extends Error {}

/** How much of a refused body the host still reads, and for how long, before it hangs up. */
export const DRAIN_MAX_BYTES = 64 * 1024 * 1024
export const DRAIN_MAX_MS = 5_000

/** Requests to which the host has said "100 Continue": their client is sending the body. */
const continued = new WeakSet<IncomingMessage>()

function expectsContinue(req: IncomingMessage): boolean {
  return (req.headers.expect ?? '').toLowerCase() === '100-continue'
}

/** Whether bytes of the request's body may still be on their way (declared and not all read). */
function bodyPending(req: IncomingMessage): boolean {
  if (req.complete) return false
  const declared = Number(req.headers['content-length'] ?? '0')
  return declared > 0 || req.headers['transfer-encoding'] !== undefined
}

/**
 * Read a request body, refusing anything over `limit` bytes: at once when its Content-Length says
 * so (before a byte of it is read, and before "100 Continue", so a client that waits for it never
 * sends the body), else as soon as the bytes read pass it (without buffering more).
 */
export function readBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0')
    if (declared > limit) {
      reject(new BodyTooLargeError())
      return
    }
    if (expectsContinue(req) && !continued.has(req)) {
      continued.add(req)
      res.writeContinue()
    }
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.off('data', onData)
        chunks.length = 0
        reject(new BodyTooLargeError())
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * Answer an API request without reading (the rest of) its body: a refusal, often a 413. Answering
 * and closing while the client is still writing makes the kernel reset the connection, and the
 * client then sees a broken pipe instead of the answer. So the answer goes out whole (its length
 * declared) with `Connection: close`, and the host keeps reading and discarding the body (up to
 * DRAIN_MAX_BYTES or DRAIN_MAX_MS) before it hangs up. A client that asked "100 Continue" and was
 * never told to continue sends no body: no wait then.
 */
export function sendErrorBeforeBody(
  req: IncomingMessage,
  res: ServerResponse,
  code: ApiErrorCode,
  message: string,
): void {
  if (!bodyPending(req)) return sendError(res, code, message)
  const bytes = Buffer.from(JSON.stringify(fail(code, message)), 'utf8')
  res.writeHead(HTTP_STATUS_OF[code], {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(bytes.length),
    Connection: 'close',
  })
  if (expectsContinue(req) && !continued.has(req)) {
    res.end(bytes)
    return
  }
  res.write(bytes)
  let drained = 0
  const finish = () => {
    clearTimeout(timer)
    req.off('data', count)
    if (!res.writableEnded) res.end()
  }
  const count = (chunk: Buffer) => {
    drained += chunk.length
    if (drained > DRAIN_MAX_BYTES) finish()
  }
  const timer = setTimeout(finish, DRAIN_MAX_MS)
  req.on('data', count)
  req.once('end', finish)
  req.once('error', finish)
  req.once('close', finish)
  req.resume()
}

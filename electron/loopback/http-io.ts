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

/** Read a request body, refusing (without buffering it) anything over `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0')
    if (declared > limit) {
      reject(new BodyTooLargeError())
      req.resume()
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        // Stop buffering but keep draining, so the 413 answer reaches the client intact.
        req.removeAllListeners('data')
        req.resume()
        reject(new BodyTooLargeError())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

import { execFile } from 'node:child_process'
import { request } from 'node:http'
import { join } from 'node:path'
import { promisify } from 'node:util'

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * A raw HTTP request, for what fetch will not let a test set (a forged Host header, no Origin).
 */
export function rawRequest(
  port: number,
  options: {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string | Buffer
  },
): Promise<RawResponse> {
  const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, ...options.headers }
  // An empty Host means "send none at all"; Node would otherwise fill in its own.
  const setHost = headers.Host !== ''
  if (!setHost) delete headers.Host
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers,
        setHost,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

/**
 * POST a large body in chunks from another process, as a real client does, reading the answer
 * whenever it comes: the status it got (0 if none), the error if the connection broke before the
 * answer was read whole, how much of the body it sent, whether it was told "100 Continue".
 */
export async function postInChunks(
  port: number,
  options: { path: string; headers: Record<string, string>; bytes: number; chunk?: number },
): Promise<{ status: number; error?: string; sent: number; continued: boolean }> {
  const client = join(import.meta.dirname, 'chunked-client.mjs')
  const headers = { Host: `127.0.0.1:${port}`, ...options.headers }
  const { stdout } = await promisify(execFile)(process.execPath, [
    client,
    String(port),
    JSON.stringify({ ...options, headers }),
  ])
  return JSON.parse(stdout) as { status: number; error?: string; sent: number; continued: boolean }
}

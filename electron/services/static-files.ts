import { readFile, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

export type StaticFile =
  | { status: 200; body: Buffer; contentType: string; cacheControl: string }
  | { status: 400 | 404; body: Buffer; contentType: string; cacheControl: string }

function notFound(status: 400 | 404, text: string): StaticFile {
  return {
    status,
    body: Buffer.from(text),
    contentType: 'text/plain; charset=utf-8',
    cacheControl: 'no-store',
  }
}

/**
 * Map a URL path to a file inside the built renderer, refusing anything that would leave it
 * (encoded dot-segments, backslashes, NUL bytes). Shared by the desktop app's levier:// protocol and
 * the loopback host, so both serve exactly the same files with the same rules.
 */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return notFound(400, 'Bad path')
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return notFound(400, 'Bad path')
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  if (relative.split('/').some((segment) => segment === '..')) return notFound(400, 'Bad path')
  const root = resolve(rootDir)
  const target = resolve(root, relative)
  if (!target.startsWith(root + sep)) return notFound(400, 'Bad path')
  try {
    const info = await stat(target)
    if (!info.isFile()) return notFound(404, 'Not found')
    const body = await readFile(target)
    const extension = extname(target).toLowerCase()
    return {
      status: 200,
      body,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      // Hashed assets never change; the page itself must always be fetched anew.
      cacheControl: extension === '.html' ? 'no-store' : 'private, max-age=31536000, immutable',
    }
  } catch {
    return notFound(404, 'Not found')
  }
}

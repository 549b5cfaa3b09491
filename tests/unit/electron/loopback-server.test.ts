import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CSP_HEADER } from '@shared/security/csp'
import { startLoopbackServer } from '../../../electron/loopback/server'
import type { LoopbackServer } from '../../../electron/loopback/server'
import { createApiHandlers } from '../../../electron/services/api-handlers'
import { createDispatch } from '../../../electron/services/dispatch'
import { postInChunks, rawRequest } from '../../helpers/http'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const INDEX = '<!doctype html><title>Levier</title>'
let server: LoopbackServer
let dataDir: string

beforeEach(async () => {
  const root = tempDir()
  const rendererDir = join(root, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), INDEX)
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.txt'), 'do not serve')
  dataDir = join(root, 'data')
  mkdirSync(dataDir)
  const dispatch = createDispatch(createApiHandlers({ host: 'loopback', dataDir }), {
    logError: () => undefined,
  })
  server = await startLoopbackServer({ rendererDir, dispatch, maxBodyBytes: 64 * 1024 })
})
afterEach(() => server.close())

const auth = () => ({ Authorization: `Bearer ${server.token}` })
const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  rawRequest(server.port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { ...auth(), 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('loopback host: access', () => {
  it('listens on 127.0.0.1 with a long random token in the fragment of its URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`)
    expect(server.token).toMatch(/^[0-9a-f]{64}$/)
  })

  it('serves the page and its assets without a secret: they are public code', async () => {
    const page = await rawRequest(server.port, {})
    expect(page.status).toBe(200)
    expect(page.body).toBe(INDEX)
    expect((await rawRequest(server.port, { path: '/assets/app.js' })).status).toBe(200)
  })

  it('answers API calls only with the token as a Bearer header: not a cookie, not the query', async () => {
    const call = (path: string, headers: Record<string, string>) =>
      rawRequest(server.port, {
        method: 'POST',
        path,
        headers: { 'Content-Type': 'application/json', ...headers },
        body: '{}',
      })
    const cases: Array<[string, Record<string, string>, number]> = [
      ['/api/getAppInfo', {}, 401],
      ['/api/getAppInfo', { Cookie: `levier-token-${server.port}=${server.token}` }, 401],
      ['/api/getAppInfo', { Cookie: `token=${server.token}` }, 401],
      [`/api/getAppInfo?token=${server.token}`, {}, 401],
      ['/api/getAppInfo', { Authorization: 'Bearer ' + 'a'.repeat(64) }, 401],
      ['/api/getAppInfo', { Authorization: server.token }, 401],
      ['/api/getAppInfo', { Authorization: `Bearer ${server.token}` }, 200],
    ]
    for (const [path, headers, status] of cases) {
      const res = await call(path, headers)
      expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(status)
      if (status === 401) {
        expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
      }
    }
  })

  it('never sets a cookie, whatever it is asked', async () => {
    const answers = await Promise.all([
      rawRequest(server.port, {}),
      rawRequest(server.port, { path: `/?token=${server.token}` }),
      rawRequest(server.port, { path: '/assets/app.js' }),
      rawRequest(server.port, { path: '/nope' }),
      rawRequest(server.port, { headers: { Host: 'evil.example' } }),
      api('getAppInfo', {}),
      api('getAppInfo', {}, { Authorization: 'Bearer nope' }),
      api('getPreferences', '{'),
    ])
    for (const res of answers) expect(res.headers['set-cookie']).toBeUndefined()
  })

  it('answers 403 to a foreign Host header, even with the token (DNS rebinding)', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      `127.0.0.1:${server.port + 1}`,
      '',
    ]) {
      const page = await rawRequest(server.port, { headers: { Host: host } })
      expect(page.status).toBe(403)
      const call = await api('getAppInfo', {}, { Host: host })
      expect(call.status).toBe(403)
    }
    const localhost = await rawRequest(server.port, {
      headers: { Host: `localhost:${server.port}` },
    })
    expect(localhost.status).toBe(200)
  })
})

describe('loopback host: files', () => {
  it('serves index.html with the CSP header and no caching', async () => {
    const res = await rawRequest(server.port, { headers: auth() })
    expect(res.status).toBe(200)
    expect(res.headers['content-security-policy']).toBe(CSP_HEADER)
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
  })

  it('carries the CSP on refusals too', async () => {
    const res = await rawRequest(server.port, { headers: { Host: 'evil.example' } })
    expect(res.status).toBe(403)
    expect(res.headers['content-security-policy']).toBe(CSP_HEADER)
  })

  it('serves assets with their type', async () => {
    const res = await rawRequest(server.port, { path: '/assets/app.js', headers: auth() })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toContain('text/javascript')
    expect(res.body).toBe('console.log(1)')
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00',
    '/%E0%A4%A',
  ])('never serves anything outside the renderer: %s', async (path) => {
    const res = await rawRequest(server.port, { path, headers: auth() })
    expect([400, 404]).toContain(res.status)
    expect(res.body).not.toContain('do not serve')
  })

  it('answers 404 for missing files and 405 for other methods', async () => {
    expect((await rawRequest(server.port, { path: '/nope.js', headers: auth() })).status).toBe(404)
    expect((await rawRequest(server.port, { method: 'DELETE', headers: auth() })).status).toBe(405)
  })
})

describe('loopback host: API', () => {
  it('round-trips a preference through the data directory', async () => {
    const before = await api('getPreferences', {})
    expect(JSON.parse(before.body)).toEqual({ ok: true, value: { language: 'fr' } })
    const set = await api('setPreferences', { language: 'en' })
    expect(set.status).toBe(200)
    expect(JSON.parse(set.body)).toEqual({ ok: true, value: { language: 'en' } })
    const after = await api('getPreferences', {})
    expect(JSON.parse(after.body)).toEqual({ ok: true, value: { language: 'en' } })
  })

  it('tells which host answers and where the data lives', async () => {
    const res = JSON.parse((await api('getAppInfo', {})).body)
    expect(res.value).toMatchObject({ name: 'Levier', host: 'loopback', dataDir })
  })

  it('answers malformed requests with the error shape and the right status', async () => {
    const cases: Array<[Promise<Awaited<ReturnType<typeof api>>>, number, string]> = [
      [api('setPreferences', { language: 'de' }), 400, 'bad_request'],
      [api('setPreferences', '{"language":'), 400, 'bad_request'],
      [api('noSuchCall', {}), 404, 'unknown_call'],
      [api('getAppInfo', {}, { 'Content-Type': 'text/plain' }), 415, 'unsupported_media_type'],
      [
        api('getAppInfo', {}, { 'Content-Type': 'application/jsonp' }),
        415,
        'unsupported_media_type',
      ],
      [
        api('getAppInfo', {}, { 'Content-Type': 'application/json-seq' }),
        415,
        'unsupported_media_type',
      ],
      [api('getAppInfo', {}, { Origin: 'https://evil.example' }), 403, 'forbidden'],
      [api('setPreferences', { language: 'x'.repeat(100_000) }), 413, 'payload_too_large'],
    ]
    for (const [pending, status, code] of cases) {
      const res = await pending
      expect(res.status).toBe(status)
      const body = JSON.parse(res.body)
      expect(body).toEqual({ ok: false, error: { code, message: expect.any(String) } })
    }
  })

  it('takes JSON however its media type is cased or parameterised', async () => {
    const res = await api('getAppInfo', {}, { 'Content-Type': 'Application/JSON ; charset=UTF-8' })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ ok: true })
  })

  it('answers GET on the API with 405', async () => {
    const res = await rawRequest(server.port, { path: '/api/getAppInfo', headers: auth() })
    expect(res.status).toBe(405)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'method_not_allowed' } })
  })

  it('refuses a second host on a port already taken, with EADDRINUSE', async () => {
    const dispatch = createDispatch(createApiHandlers({ host: 'loopback', dataDir }))
    await expect(
      startLoopbackServer({ rendererDir: dataDir, dispatch, port: server.port }),
    ).rejects.toMatchObject({
      code: 'EADDRINUSE',
    })
  })
})

describe('loopback host: bodies too large', () => {
  const FORTY_MB = 40 * 1024 * 1024

  it('answers 413 to a declared oversized body before reading it, and the client reads it (20 of 20)', async () => {
    const outcomes = []
    for (let i = 0; i < 20; i += 1) {
      outcomes.push(
        await postInChunks(server.port, {
          path: '/api/setPreferences',
          headers: { ...auth(), 'Content-Type': 'application/json' },
          bytes: FORTY_MB,
        }),
      )
    }
    expect(outcomes.map((o) => o.error ?? o.status)).toEqual(Array(20).fill(413))
  }, 120_000)

  it('answers refusals the same way: no token, or another origin, with a large body', async () => {
    const noToken = await postInChunks(server.port, {
      path: '/api/setPreferences',
      headers: { 'Content-Type': 'application/json' },
      bytes: FORTY_MB,
    })
    expect(noToken.error ?? noToken.status).toBe(401)
    const foreign = await postInChunks(server.port, {
      path: '/api/setPreferences',
      headers: { ...auth(), 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      bytes: FORTY_MB,
    })
    expect(foreign.error ?? foreign.status).toBe(403)
  }, 30_000)

  it('tells a client that asks "100 Continue" first that the body is too large: it sends none', async () => {
    const big = await postInChunks(server.port, {
      path: '/api/setPreferences',
      headers: { ...auth(), 'Content-Type': 'application/json', Expect: '100-continue' },
      bytes: FORTY_MB,
    })
    expect(big).toEqual({ status: 413, sent: 0, continued: false })
    // A body within the limit is asked for, and answered.
    const small = await postInChunks(server.port, {
      path: '/api/getAppInfo',
      headers: { ...auth(), 'Content-Type': 'application/json', Expect: '100-continue' },
      bytes: 2,
      chunk: 2,
    })
    expect(small).toMatchObject({ continued: true, status: 400 })
  }, 30_000)
})

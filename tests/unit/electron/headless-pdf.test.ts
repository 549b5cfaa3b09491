import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findChromium } from '../../../electron/loopback/find-chromium'
import { PrintFailedError, printPageToPdf } from '../../../electron/loopback/headless-pdf'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
/** A stand-in browser: a shell script given Chromium's arguments. */
function fakeBrowser(body: string): string {
  const file = join(tempDir(), 'browser.sh')
  writeFileSync(file, `#!/bin/sh\n${body}\n`)
  chmodSync(file, 0o755)
  return file
}
const ours = () => readdirSync(tmpdir()).filter((name) => name.startsWith('levier-pdf-'))

function rendererDir(): string {
  const dir = join(tempDir(), 'renderer')
  mkdirSync(join(dir, 'assets'), { recursive: true })
  writeFileSync(join(dir, 'assets', 'brief.css'), 'h1 { color: rgb(10, 20, 30) }')
  return dir
}
const page = (body: string, head = '') => ({
  html: `<!doctype html><html><head><meta charset="utf-8">${head}<link rel="stylesheet" href="assets/brief.css"></head><body>${body}</body></html>`,
  rendererDir: rendererDir(),
})

/** A plain local server that records every connection and request it receives. */
const servers: Server[] = []
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  )
})
async function recordingServer() {
  const seen = { connections: 0, requests: [] as string[] }
  const server = createServer((req, res) => {
    seen.requests.push(req.url ?? '')
    res.end('<p>OTHER PAGE</p>')
  })
  server.on('connection', () => (seen.connections += 1))
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { seen, port: (server.address() as AddressInfo).port }
}

describe('printPageToPdf: failures', () => {
  it('kills a browser that takes too long, says so, and removes its temp folder', async () => {
    const before = ours().length
    await expect(
      printPageToPdf(fakeBrowser('sleep 10'), page('x'), { timeoutMs: 300 }),
    ).rejects.toThrow(/more than 0.3 s/)
    expect(ours().length).toBe(before)
  })

  it('makes the page while the browser starts; a page that cannot be made is the answer, at once', async () => {
    const before = ours().length
    const startedAt = performance.now()
    let madeWhileRunning = false
    const failing = () => {
      madeWhileRunning = ours().length > before
      throw new RangeError('scenarios on different baselines')
    }
    await expect(
      printPageToPdf(fakeBrowser('sleep 10'), failing, { timeoutMs: 5000 }),
    ).rejects.toThrow(RangeError)
    // Made after the browser was launched (its temp folder existed), and not after the time limit.
    expect(madeWhileRunning).toBe(true)
    expect(performance.now() - startedAt).toBeLessThan(4000)
    expect(ours().length).toBe(before)
  })

  it('fails clearly when the browser ends before printing, or cannot start', async () => {
    await expect(printPageToPdf(fakeBrowser('echo boom >&2; exit 3'), page('x'))).rejects.toThrow(
      /ended before printing \(exit 3\)\. boom/,
    )
    await expect(printPageToPdf(fakeBrowser('exit 0'), page('x'))).rejects.toThrow(PrintFailedError)
    await expect(printPageToPdf('/nowhere/chromium', page('x'))).rejects.toThrow(
      /could not be started/,
    )
  })
})

const chromium = findChromium()

describe.skipIf(!chromium)('printPageToPdf with the real Chromium', { timeout: 60_000 }, () => {
  it('prints the page handed over the DevTools pipe; its command line names no URL', async () => {
    const commandLines: string[][] = []
    const recordingSpawn = ((command: string, args: string[], options: object) => {
      commandLines.push([command, ...args])
      return spawn(command, args, options)
    }) as typeof spawn
    const pdf = await printPageToPdf(
      chromium!,
      page('<h1>Note de synthèse TSN à 6 %</h1><p>Solde final de la branche</p>'),
      { spawn: recordingSpawn },
    )
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const file = join(tempDir(), 'brief.pdf')
    writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    expect(text).toContain('Note de synthèse TSN à 6 %')
    expect(text).toContain('Solde final de la branche')
    expect(commandLines).toHaveLength(1)
    const args = commandLines[0]!.slice(1)
    expect(args).toContain('--remote-debugging-pipe')
    // The only address: the empty page it starts on.
    for (const arg of args.filter((a) => a !== 'about:blank')) {
      expect(arg).not.toMatch(/^[a-z][a-z0-9+.-]*:|:\/\//i)
      expect(arg).not.toMatch(/127\.0\.0\.1|localhost|levier\.invalid|[0-9a-f]{32}/)
    }
  })

  it('waits for the web fonts the printed page uses, print-only ones included, before printing', async () => {
    const dir = rendererDir()
    const font = 'source-serif-4-latin-600-normal.woff2'
    copyFileSync(
      join(import.meta.dirname, '../../../node_modules/@fontsource/source-serif-4/files', font),
      join(dir, 'assets', font),
    )
    const css = `@font-face { font-family: 'Brief Serif'; font-weight: 600; src: url(${font}) format('woff2') }
      h1 { font-family: sans-serif } @media print { h1 { font-family: 'Brief Serif'; font-weight: 600 } }`
    writeFileSync(join(dir, 'assets', 'brief.css'), css)
    const pdf = await printPageToPdf(chromium!, {
      ...page('<h1>Une police qui n’arrive qu’à l’impression</h1>'),
      rendererDir: dir,
    })
    const file = join(tempDir(), 'fonts.pdf')
    writeFileSync(file, pdf)
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/SourceSerif4/)
  })

  it('refuses a brief that navigates elsewhere (meta refresh, frame); the other server receives nothing', async () => {
    const other = await recordingServer()
    const origin = `http://127.0.0.1:${other.port}`
    const refresh = page(
      `<h1>Brief</h1><img src="${origin}/y">`,
      `<meta http-equiv="refresh" content="0;url=${origin}/x">`,
    )
    await expect(printPageToPdf(chromium!, refresh)).rejects.toThrow(
      /tried to open another address \(http:\/\/127\.0\.0\.1:\d+\/x\); nothing was printed/,
    )
    const frame = page(`<h1>Brief</h1><iframe src="${origin}/f"></iframe>`)
    await expect(printPageToPdf(chromium!, frame)).rejects.toThrow(/\/f\); nothing was printed/)
    expect(other.seen.requests).toEqual([])
    expect(other.seen.connections).toBe(0)
  })

  it('prints a brief that only tries to load things from elsewhere, from the brief alone', async () => {
    const other = await recordingServer()
    const origin = `http://127.0.0.1:${other.port}`
    const greedy = page(
      `<h1>Brief seul</h1><img src="${origin}/y">` +
        `<video src="${origin}/v"></video><p style="background:url(${origin}/bg)">fin</p>`,
      `<link rel="stylesheet" href="${origin}/s.css"><link rel="preconnect" href="${origin}">` +
        `<link rel="prefetch" href="${origin}/p"><link rel="icon" href="${origin}/favicon.ico">`,
    )
    const pdf = await printPageToPdf(chromium!, greedy)
    const file = join(tempDir(), 'brief.pdf')
    writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    expect(text).toContain('Brief seul')
    expect(text).not.toContain('OTHER PAGE')
    expect(other.seen.requests).toEqual([])
    expect(other.seen.connections).toBe(0)
  })
})

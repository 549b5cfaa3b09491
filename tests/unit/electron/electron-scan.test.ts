import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * The security gate `npm test` runs (scripts/electron-scan.mjs), run here on small folders: it must
 * fail on what the scanner calls HIGH, and pass Levier's own window and page as they are written.
 */
const root = join(import.meta.dirname, '../../..')
const work = mkdtempSync(join(tmpdir(), 'levier-scan-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Report {
  counts: Record<string, number>
  findings: { check: string; severity: string; file: string }[]
  unreadable: { file: string }[]
}

function scan(name: string, files: Record<string, string>) {
  const input = join(work, name)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(input, path)), { recursive: true })
    writeFileSync(join(input, path), text)
  }
  const report = join(work, `${name}.json`)
  const result = spawnSync(
    process.execPath,
    [join(root, 'scripts/electron-scan.mjs'), '--input', input, '--report', report],
    { encoding: 'utf8' },
  )
  return {
    status: result.status,
    stdout: result.stdout,
    report: JSON.parse(readFileSync(report, 'utf8')) as Report,
  }
}

const checksAt = (report: Report, file: string) =>
  report.findings.filter((finding) => finding.file === file).map((finding) => finding.check)

describe('the Electron security scan of npm test', { timeout: 60_000 }, () => {
  it('fails on a window whose options are spread from a constant it cannot see through', () => {
    const { status, stdout, report } = scan('spread', {
      'main.js': [
        "const { BrowserWindow } = require('electron')",
        'const PREFS = { contextIsolation: true, sandbox: true, nodeIntegration: false }',
        'new BrowserWindow({ webPreferences: { ...PREFS } })',
      ].join('\n'),
    })
    expect(status).toBe(1)
    expect(report.counts.HIGH).toBeGreaterThan(0)
    expect(checksAt(report, 'main.js')).toContain('CONTEXT_ISOLATION_JS_CHECK')
    expect(stdout).toMatch(/\d+ HIGH, \d+ MEDIUM, \d+ LOW/)
  })

  it("passes Levier's own window, policy and page: no HIGH, sandbox and CSP both seen", () => {
    const files: Record<string, string> = {}
    for (const path of [
      'electron/main/window.ts',
      'electron/main/security.ts',
      'electron/main/trusted-url.ts',
      'renderer/index.html',
    ])
      files[path] = readFileSync(join(root, path), 'utf8')
    const { status, report } = scan('levier', files)
    expect(report.counts.HIGH).toBe(0)
    expect(status).toBe(0)
    const window = checksAt(report, 'electron/main/window.ts')
    expect(window).not.toContain('CONTEXT_ISOLATION_JS_CHECK')
    expect(window).not.toContain('SANDBOX_JS_CHECK')
    expect(window).not.toContain('NODE_INTEGRATION_JS_CHECK')
    // "No CSP has been detected" is reported without a file; a policy found in the page is not.
    const csp = report.findings.filter((finding) => finding.check === 'CSP_GLOBAL_CHECK')
    expect(csp.map((finding) => finding.file)).toEqual(['renderer/index.html'])
    expect(csp.every((finding) => finding.severity === 'LOW')).toBe(true)
  })

  it('fails on a file it cannot read, since it would have seen nothing in it', () => {
    const { status, stdout, report } = scan('unreadable', {
      'broken.ts': 'export const = new BrowserWindow({',
    })
    expect(report.unreadable.map((entry) => entry.file)).toEqual(['broken.ts'])
    expect(status).toBe(1)
    expect(stdout).toContain('UNREADABLE')
  })
})

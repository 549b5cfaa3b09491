// `npm test`: every check, in order, then one line with the real totals.
// The tool check, static checks and the build count as one test each; unit and end-to-end tests count one per test,
// read from the runners' JSON reports. The last line is `N passed, N failed[, N skipped]`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { runnerImport } from 'vite'

const root = join(import.meta.dirname, '..')
const results = join(root, 'test-results')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []

function run(label, command, args) {
  console.log(`\n▶ ${label}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env })
  return result.status === 0
}

function check(label, command, args) {
  const ok = run(label, command, args)
  totals[ok ? 'passed' : 'failed'] += 1
  if (!ok) failures.push(label)
  return ok
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

function count(label, ok, report, passed, failed, skipped) {
  if (!report) {
    totals.failed += 1
    failures.push(`${label} (no report)`)
    return
  }
  totals.passed += passed
  totals.failed += failed
  totals.skipped += skipped
  if (failed > 0 || !ok) failures.push(label)
  if (!ok && failed === 0) totals.failed += 1
}

rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })

function finish() {
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''
  const summary = `${totals.passed} passed, ${totals.failed} failed${skipped}`
  writeFileSync(join(results, 'summary.txt'), `${summary}\n`)
  if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`)
  console.log(`\n${summary}`)
  process.exit(totals.failed > 0 ? 1 : 0)
}

// Before anything runs: a missing browser or tool would otherwise fail deep inside a test. The
// check is TypeScript shared with the tests (the brief printer's browser finder), loaded by Vite.
console.log('\n▶ tools the tests need (browser, sqlite3, poppler, LibreOffice)')
const { module: tools } = await runnerImport(join(root, 'tests', 'helpers', 'test-tools.ts'), {
  configFile: false,
  logLevel: 'silent',
})
const missing = tools.missingTools(tools.probeMachine(() => chromium.executablePath()))
if (missing.length > 0) {
  for (const line of missing) console.log(line)
  totals.failed += 1
  failures.push('tools the tests need (nothing else run)')
  finish()
}
totals.passed += 1

check('typecheck (everything, tests included)', bin('tsc'), ['-p', 'tsconfig.json'])
check('typecheck (electron/: Node, no DOM)', bin('tsc'), ['-p', 'tsconfig.node.json'])
check('typecheck (renderer/: DOM, no Node)', bin('tsc'), ['-p', 'tsconfig.web.json'])
check('typecheck (shared/ alone: no DOM, no Node)', bin('tsc'), ['-p', 'tsconfig.shared.json'])
check('lint (zero warnings)', bin('eslint'), ['.', '--max-warnings', '0'])
check('format', bin('prettier'), ['--check', '.'])

const vitestReport = join(results, 'vitest.json')
const unitOk = run('unit tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
])
const unit = readJson(vitestReport)
count(
  'unit tests',
  unitOk,
  unit,
  unit?.numPassedTests ?? 0,
  unit?.numFailedTests ?? 0,
  (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0),
)

const built = check('build (electron-vite)', bin('electron-vite'), ['build'])
// After the build, so the bundle that ships is scanned with its sources; offline, fails on any HIGH.
check('Electron security scan (Electronegativity, no HIGH finding)', process.execPath, [
  join(root, 'scripts', 'electron-scan.mjs'),
  '--report',
  join(results, 'electronegativity.json'),
])

if (built) {
  check('CLI round trip (built levier)', process.execPath, [join(root, 'scripts', 'cli-smoke.mjs')])
  // electron-builder --dir on a stand-in Electron: what app.asar holds, and the fuses, offline.
  check('package (electron-builder --dir, stand-in Electron)', process.execPath, [
    join(root, 'scripts', 'package-check.mjs'),
  ])
  const e2eReport = join(results, 'playwright.json')
  const e2eOk = run('end-to-end tests (Playwright, Chromium, loopback host)', bin('playwright'), [
    'test',
  ])
  const stats = existsSync(e2eReport) ? readJson(e2eReport)?.stats : null
  count(
    'end-to-end tests',
    e2eOk,
    stats,
    stats?.expected ?? 0,
    (stats?.unexpected ?? 0) + (stats?.flaky ?? 0),
    stats?.skipped ?? 0,
  )
} else {
  failures.push('end-to-end tests (not run: the build failed)')
  totals.failed += 1
}

finish()

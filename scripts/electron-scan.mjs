// `node scripts/electron-scan.mjs [--input DIR] [--report FILE]`: run the Electron security scanner
// Electronegativity (@doyensec/electronegativity) offline, print every finding and the count per
// severity, write them as JSON, and exit 1 on any HIGH finding or any file the scanner could not read.
//
// Without --input it scans what Levier ships or builds from: package.json, electron/, renderer/,
// shared/ and, once built, out/. They are copied to a temporary folder first, because the scanner
// takes one folder and would otherwise walk node_modules, dist/ and test output too.
//
// The scanner's own library API is used rather than its command line: the CLI writes its CSV
// report with two unordered asynchronous writes (header, then findings), so a reader can see a
// file that lost its findings; the API hands them over as objects.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = join(import.meta.dirname, '..')
const SHIPPED = ['package.json', 'electron', 'renderer', 'shared', 'out']
const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
// Asks GitHub for Electron's release notes: network, and an answer that changes from day to day.
// Keeping Electron current is a dependency update, not a configuration this gate can judge.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

/** The Electron version package.json pins, so the checks judge the runtime Levier really uses. */
function pinnedElectronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const version = /\d+\.\d+\.\d+/.exec(pkg.devDependencies?.electron ?? '')?.[0]
  if (!version) throw new Error('package.json pins no Electron version in devDependencies')
  return version
}

function stageShippedFiles() {
  const staged = mkdtempSync(join(tmpdir(), 'levier-scan-'))
  for (const name of SHIPPED) {
    const from = join(root, name)
    if (existsSync(from)) cpSync(from, join(staged, name), { recursive: true })
  }
  return staged
}

/**
 * The scanner fetches its translations from the web on every run (and release notes, in the check
 * excluded above). The gate stays offline by construction rather than by waiting for a timeout: its
 * HTTP client is replaced by one that always fails, which the scanner already handles (it falls
 * back to the English messages of its own package).
 */
function loadScannerOffline() {
  const require = createRequire(import.meta.url)
  const clientPath = createRequire(require.resolve('@doyensec/electronegativity')).resolve('got')
  const refuse = () => Promise.reject(new Error('Levier runs the scanner offline'))
  refuse.head = refuse
  require.cache[clientPath] = {
    id: clientPath,
    filename: clientPath,
    loaded: true,
    exports: refuse,
  }
  return require('@doyensec/electronegativity')
}

async function scan(input, electronVersion) {
  const run = loadScannerOffline()
  const result = await run(
    {
      input,
      electronVersionOverride: electronVersion,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      isRelative: true,
      parserPlugins: [],
    },
    false,
  )
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    manualReview: Boolean(issue.manualReview),
    description: issue.description,
  }))
  const unreadable = result.errors
    .filter((error) => !error.tolerable)
    .map((error) => ({ file: error.file.replace(`${input}/`, ''), message: error.message }))
  return { checks: result.globalChecks + result.atomicChecks, findings, unreadable }
}

const { values } = parseArgs({ options: { input: { type: 'string' }, report: { type: 'string' } } })
const electronVersion = pinnedElectronVersion()
const input = values.input ? resolve(values.input) : stageShippedFiles()
let outcome
try {
  outcome = await scan(input, electronVersion)
} finally {
  if (!values.input) rmSync(input, { recursive: true, force: true })
}

const counts = Object.fromEntries(SEVERITIES.map((name) => [name, 0]))
for (const finding of outcome.findings)
  counts[finding.severity] = (counts[finding.severity] ?? 0) + 1

const order = (finding) => SEVERITIES.indexOf(finding.severity)
for (const finding of [...outcome.findings].sort((a, b) => order(a) - order(b))) {
  const review = finding.manualReview ? ', to review' : ''
  console.log(
    `${finding.severity.padEnd(13)} ${finding.check} ${finding.file}:${finding.line} (${finding.confidence.toLowerCase()}${review})`,
  )
}
for (const { file, message } of outcome.unreadable) {
  console.log(`UNREADABLE    ${file}: ${message} (the scanner saw nothing in it)`)
}
console.log(
  `Electronegativity, Electron ${electronVersion}, ${outcome.checks} checks: ` +
    SEVERITIES.map((name) => `${counts[name]} ${name}`).join(', ') +
    (outcome.unreadable.length > 0 ? `, ${outcome.unreadable.length} unreadable files` : ''),
)

const report = values.report ?? join(root, 'test-results', 'electronegativity.json')
mkdirSync(dirname(report), { recursive: true })
writeFileSync(report, `${JSON.stringify({ electronVersion, counts, ...outcome }, null, 2)}\n`)

if (counts.HIGH > 0)
  console.log('Failed: the scanner reports HIGH findings (see docs/security.md).')
process.exit(counts.HIGH > 0 || outcome.unreadable.length > 0 ? 1 : 0)

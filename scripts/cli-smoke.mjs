// A real round trip through the built CLI, as analysts' scripts use it: write a scenario file,
// simulate it, read the JSON back; then check a broken file exits 2 with a clear message.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'out', 'main', 'cli.js')
const dir = mkdtempSync(join(tmpdir(), 'levier-cli-'))
const levier = (...args) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 })
const fail = (message) => {
  console.error(`CLI smoke test failed: ${message}`)
  process.exit(1)
}

try {
  const scenarioFile = join(dir, 'scenario.json')
  const created = levier('scenario', 'default', '--preset', 'dst-6', '--out', scenarioFile)
  if (created.status !== 0) fail(`scenario default exited ${created.status}: ${created.stderr}`)
  const simulated = levier('simulate', scenarioFile, '--draws', '100', '--seed', '5')
  if (simulated.status !== 0) fail(`simulate exited ${simulated.status}: ${simulated.stderr}`)
  const out = JSON.parse(simulated.stdout)
  const series = (id) => out.series.find((s) => s.id === id).values
  // The ROBSS balance is the current-law path plus the scenario's effect, exactly.
  const balance = series('robss_balance')
  const expected = series('robss_balance_baseline').map(
    (b, i) => b + series('robss_balance_change')[i],
  )
  if (balance.some((g, i) => g !== expected[i]))
    fail('the ROBSS balance identity does not hold in the CLI output')
  if (!series('increment_dst').some((v) => v > 0))
    fail('the DST at 6 % yields nothing over current law in the CLI output')
  if (out.monteCarlo?.draws !== 100) fail('no Monte Carlo bands in the output')

  const broken = JSON.parse(readFileSync(scenarioFile, 'utf8'))
  broken.levers.dst.rate = 3
  writeFileSync(scenarioFile, JSON.stringify(broken))
  const refused = levier('simulate', scenarioFile)
  if (refused.status !== 2) fail(`an invalid scenario exited ${refused.status}, not 2`)
  if (!refused.stderr.includes('levers.dst.rate: must be between 0 and 0.5 (got 3)'))
    fail(`unclear error: ${refused.stderr}`)
  if (/\n\s+at /.test(refused.stderr)) fail('a stack trace reached the user')

  // The verbs of issue #13 through the built CLI: a new workbook, a comparison, a goal-seek, a brief.
  const book = join(dir, 'Budget')
  const made = levier('workbook', 'new', book)
  if (made.status !== 0) fail(`workbook new exited ${made.status}: ${made.stderr}`)
  const again = levier('workbook', 'new', book)
  if (again.status !== 2 || !again.stderr.includes('already exists'))
    fail(`workbook new on an existing workbook exited ${again.status}: ${again.stderr}`)
  const good = join(dir, 'good.json')
  if (levier('scenario', 'default', '--preset', 'dst-6', '--out', good).status !== 0)
    fail('scenario default failed')
  const compared = levier('compare', good, '--format', 'json')
  if (compared.status !== 0) fail(`compare exited ${compared.status}: ${compared.stderr}`)
  const row = JSON.parse(compared.stdout).indicators.find((r) => r.id === 'increment_dst_final')
  if (!(row.deltas[0] > 0) || row.deltas[0] !== row.values[0] - row.reference)
    fail('compare: the DST at 6 % does not yield more than current law')
  const sought = levier(
    'seek',
    good,
    '--lever',
    'levers.dst.rate',
    '--target',
    'robss_balance_change=0@2030',
    '--format',
    'json',
  )
  if (sought.status !== 0 || JSON.parse(sought.stdout).status !== 'found')
    fail(`seek exited ${sought.status}: ${sought.stderr}`)
  // The browser starts before the rest of the CLI loads; whatever happens, none is left behind.
  const browserProfiles = () =>
    new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('levier-pdf-')))
  const profilesBefore = browserProfiles()
  const leftBehind = () => [...browserProfiles()].filter((name) => !profilesBefore.has(name))
  const briefRefused = levier('brief', join(dir, 'missing.json'), '--out', join(dir, 'never.pdf'))
  if (briefRefused.status !== 2 || !briefRefused.stderr.includes('cannot be read'))
    fail(`brief of a missing file exited ${briefRefused.status}: ${briefRefused.stderr}`)
  if (leftBehind().length) fail(`a refused brief left its browser's profile: ${leftBehind()}`)
  const pdf = join(dir, 'note.pdf')
  const brief = levier('brief', good, '--out', pdf)
  if (leftBehind().length) fail(`a brief left its browser's profile: ${leftBehind()}`)
  if (brief.status === 0) {
    if (readFileSync(pdf).subarray(0, 5).toString() !== '%PDF-') fail('brief wrote no PDF')
  } else if (brief.status !== 2 || !brief.stderr.includes('CHROMIUM_PATH'))
    fail(`brief exited ${brief.status}: ${brief.stderr}`)
  console.log(
    `CLI round trip: scenario default → simulate → JSON, and exit 2 on an invalid file; workbook new, compare, seek, brief (${brief.status === 0 ? 'PDF written' : 'no browser: said so'}): ok`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}

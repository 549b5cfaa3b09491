import { findChromium } from '../../electron/loopback/find-chromium'
import { cliBenchmarks } from './cli.bench'
import { compareBenchmarks } from './compare.bench'
import { briefBenchmarks } from './brief.bench'
import { engineBenchmarks } from './engine.bench'
import type { BenchLine } from './harness'
import { machine, printTable } from './harness'
import { uiBenchmarks } from './ui.bench'
import { workbookBenchmarks } from './workbook.bench'

// `npm run bench`: every figure the issues ask for, as medians over repeated runs.
// `npm run bench -- ui` (or engine, workbook, compare, brief, cli) runs one group only.
// The last column: the group drives a Chromium-family browser of this machine's (find-chromium.ts).
type Group = [string, string, () => BenchLine[] | Promise<BenchLine[]>, boolean]
const GROUPS: readonly Group[] = [
  ['engine', 'Projection engine (issue #3)', engineBenchmarks, false],
  ['workbook', 'Workbooks (issue #4)', workbookBenchmarks, false],
  ['ui', 'Workbench in Chromium (issue #5)', uiBenchmarks, true],
  ['compare', 'Comparing levers (issue #6)', compareBenchmarks, false],
  ['brief', 'Briefs to PDF in Chromium (issue #7)', briefBenchmarks, true],
  ['cli', 'Command line (issue #13)', cliBenchmarks, true],
]
const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !GROUPS.some(([id]) => id === name))
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark group ${unknown.join(', ')}; groups: ${GROUPS.map((g) => g[0]).join(', ')}`,
  )
  process.exit(2)
}
console.log(`Levier benchmarks — ${machine()}`)
const failed: BenchLine[] = []
const floors: BenchLine[] = []
const unmeasured: string[] = []
const browser = findChromium()
for (const [id, title, run, needsBrowser] of GROUPS) {
  if (wanted.length > 0 && !wanted.includes(id)) continue
  if (needsBrowser && !browser) {
    // Playwright would suggest downloading its own browser, which these machines cannot reach.
    console.log(
      `\n${title}\n  not measured: no Chromium-family browser found (Debian: apt-get install chromium; or set CHROMIUM_PATH)`,
    )
    unmeasured.push(id)
    continue
  }
  const lines = await run()
  printTable(title, lines)
  failed.push(...lines.filter((line) => line.ok === false))
  floors.push(...lines.filter((line) => line.floor))
}
if (failed.length > 0)
  console.log(`\n${failed.length} figure(s) miss their target on this machine.`)
if (floors.length > 0)
  console.log(
    `Issue #18's goals: ${floors.filter((line) => line.floor?.ok).length} of ${floors.length} met on this machine.`,
  )
if (unmeasured.length > 0) {
  console.log(`Not measured here: ${unmeasured.join(', ')} (no browser).`)
  process.exitCode = 1
}

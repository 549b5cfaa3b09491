import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findChromium, findPdfBrowser } from '../../electron/loopback/find-chromium'
import type { BenchLine } from './harness'
import { median } from './harness'

const RUNS = 5
const LIMIT_MS = 2000

/**
 * Issue #13: `levier brief` as a batch script runs it, one process per brief: Node starting the
 * built CLI, the projection, the brief rendered, a headless Chromium started and printing, the PDF
 * written. Timed from outside the process, so nothing of it is left out.
 */
export function cliBenchmarks(): BenchLine[] {
  const root = join(import.meta.dirname, '..', '..')
  const cli = join(root, 'out', 'main', 'cli.js')
  const dir = mkdtempSync(join(tmpdir(), 'levier-bench-cli-'))
  const levier = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
    execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: 'pipe', env })
  try {
    const scenario = join(dir, 's.json')
    levier(['scenario', 'default', '--preset', 'dst-6', '--out', scenario])
    const out = join(dir, 'note.pdf')
    const briefTimes = (env?: NodeJS.ProcessEnv) => {
      const times: number[] = []
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now()
        levier(['brief', scenario, '--out', out], env)
        times.push(performance.now() - started)
      }
      return times
    }
    const times = briefTimes()
    const ms = median(times)
    const printer = findPdfBrowser()
    // Where the brief printed with a headless shell, the same with the browser users mostly have.
    const fullBrowser = findChromium()
    const fullTimes =
      fullBrowser && fullBrowser !== printer
        ? briefTimes({ ...process.env, CHROMIUM_PATH: fullBrowser })
        : []
    // The floor on this machine: the full browser started headless to print nothing, then gone.
    const browser = fullBrowser
    const bare: number[] = []
    for (let i = 0; browser && i < RUNS; i++) {
      const started = performance.now()
      execFileSync(
        browser,
        [
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
          '--headless',
          '--disable-gpu',
          `--user-data-dir=${join(dir, 'profile')}`,
          '--dump-dom',
          'about:blank',
        ],
        { stdio: 'ignore' },
      )
      bare.push(performance.now() - started)
    }
    return [
      {
        name: 'levier brief of one scenario, browser start included',
        median: `${ms.toFixed(0)} ms`,
        detail: `${RUNS} runs (${times.map((t) => t.toFixed(0)).join(', ')} ms) with ${printer ?? 'no browser'}; ${(statSync(out).size / 1024).toFixed(0)} KB; the full browser alone, started to print nothing: ${bare.length ? `${median(bare).toFixed(0)} ms` : 'none found'}`,
        target: `≤ ${LIMIT_MS / 1000} s`,
        ok: ms <= LIMIT_MS,
      },
      ...(fullTimes.length > 0
        ? [
            {
              name: 'the same with the full browser (no headless shell installed)',
              median: `${median(fullTimes).toFixed(0)} ms`,
              detail: `${RUNS} runs (${fullTimes.map((t) => t.toFixed(0)).join(', ')} ms) with ${fullBrowser}`,
              target: `≤ ${LIMIT_MS / 1000} s`,
              ok: median(fullTimes) <= LIMIT_MS,
            },
          ]
        : []),
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

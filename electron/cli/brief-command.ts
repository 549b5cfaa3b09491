import { existsSync, lstatSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { ApiFailure } from '@shared/api/result'
import type { BriefScenarioInput } from '@shared/brief/brief-content'
import { DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import type { BriefOptions } from '@shared/brief/brief-options'
import { composeBrief } from '@shared/brief/compose-brief'
import type { BriefInputs } from '@shared/brief/compose-brief'
import type { LevierCommand } from './levier-args'
import { getBaseline } from '@shared/model/baseline/baselines'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { compileScenario } from '@shared/model/engine/compile'
import { simulate } from '@shared/model/engine/simulate'
import { runWithLeverEffects } from '@shared/model/uncertainty/lever-effects'
import { FAN_SERIES } from '../../renderer/src/sim/uncertainty-job'
import { briefPrintHtml } from '../../renderer/src/brief/brief-print-html'
import { briefPage } from '../loopback/brief-pdf-route'
import { findPdfBrowser } from '../loopback/find-chromium'
import { launchBrowser, PrintFailedError, printWithBrowser } from '../loopback/headless-pdf'
import type { PrintablePage } from '../loopback/headless-pdf'
import { APP_VERSION } from '../services/app-version'
import { writeFileAtomic } from '../services/atomic-write'
import { briefPdfPath } from '../services/brief-pdf'
import type { CliIo } from './cli-io'
import { InvalidInput } from './cli-io'
import { readReference, readScenario } from './scenario-files'
import { workbookScenario } from './workbook-commands'

type BriefCommand = Extract<LevierCommand, { command: 'brief' }>

export const NO_BROWSER =
  'no Chromium-family browser found to print the PDF: install Chromium, Google Chrome or Microsoft Edge, or set CHROMIUM_PATH to one'

/** The built renderer beside the CLI (out/main/cli.js → out/renderer), or the repository's build. */
function defaultRendererDir(): string {
  const candidates = [
    join(import.meta.dirname, '../renderer'),
    join(process.cwd(), 'out', 'renderer'),
  ]
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? (candidates[0] as string)
}

/** The app's own style sheets, as its page links them (the brief's and its fonts among them). */
function appStylesheets(rendererDir: string): string[] {
  let html: string
  try {
    html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  } catch {
    throw new InvalidInput([
      `the workbench is not built (${join(rendererDir, 'index.html')} is missing): run npm run build`,
    ])
  }
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((tag) => /\bhref="([^"]+)"/.exec(tag[0])?.[1] ?? '')
    .filter((href) => /^\.?\/?assets\/[A-Za-z0-9._-]+\.css$/.test(href))
}

/**
 * Where the PDF goes: the app's rule (`.pdf` added, an existing folder). An existing PDF is
 * replaced atomically, as `--out` of the other verbs replaces its file (a batch run again);
 * anything else there (a folder, a file that is not a PDF) is refused, nothing written.
 */
function outputPath(out: string): string {
  let full: string
  try {
    full = briefPdfPath(resolve(out))
  } catch (error) {
    if (error instanceof ApiFailure) throw new InvalidInput([`--out: ${error.message}`])
    throw error
  }
  if (!existsSync(full)) return full
  const info = lstatSync(full)
  const isPdf =
    info.isFile() && readFileSync(full, { encoding: null }).subarray(0, 5).toString() === '%PDF-'
  if (!isPdf) throw new InvalidInput([`--out: ${full} exists and is not a PDF; not replaced`])
  return full
}

async function briefInputs(
  io: CliIo,
  c: BriefCommand,
  options: BriefOptions,
): Promise<BriefInputs> {
  const main = c.workbook
    ? await workbookScenario(c.workbook, c.scenario as string).then((s) => ({
        id: s.id,
        version: s.currentVersion,
        scenario: s.scenario,
      }))
    : { id: basename(c.file as string), version: 1, ...(await readScenario(io, c.file as string)) }
  const others: Array<{ id: string; version: number; scenario: Scenario }> = []
  for (const file of c.compare)
    others.push({ id: basename(file), version: 1, ...(await readScenario(io, file)) })
  const input = (s: { id: string; version: number; scenario: Scenario }): BriefScenarioInput => ({
    id: s.id,
    name: s.scenario.name,
    version: s.version,
    scenario: s.scenario,
    projection: simulate(s.scenario, getBaseline(s.scenario.baseline)),
  })
  const scenarios = [main, ...others].map(input)
  const baseline = getBaseline(main.scenario.baseline)
  if (others.length === 0) {
    const [only] = scenarios as [BriefScenarioInput]
    const run = c.draws === undefined ? {} : monteCarlo(only.scenario, c.draws, c.seed ?? 1)
    return {
      kind: 'scenario',
      scenarios: [{ ...only, ...run }],
      reference: null,
      baseline,
      appVersion: APP_VERSION,
    }
  }
  const reference = await readReference(io, c.reference, main.scenario, options.language)
  return {
    kind: 'comparison',
    scenarios,
    reference: { ...reference, projection: simulate(reference.scenario, reference.baseline) },
    baseline,
    appVersion: APP_VERSION,
  }
}

/**
 * The app's Monte Carlo run of one scenario, as its brief prints it: the fans of the series the
 * uncertainty panel draws, what the levers change over droit constant on the same draws, and the
 * percentiles of every indicator (the consumer section's bands).
 */
function monteCarlo(
  scenario: Scenario,
  draws: number,
  seed: number,
): Pick<BriefScenarioInput, 'fans' | 'leverEffects' | 'indicatorBands'> {
  const model = compileScenario(scenario, getBaseline(scenario.baseline))
  const { monteCarlo: result, effects } = runWithLeverEffects(model, draws, seed, FAN_SERIES)
  const fans = FAN_SERIES.flatMap((id) => {
    const band = result.series.find((s) => s.id === id)
    if (!band) return []
    const { p5, p25, p50, p75, p95 } = band
    return [{ series: id, years: result.years, p5, p25, p50, p75, p95 }]
  })
  return { fans, leverEffects: effects, indicatorBands: result.indicators }
}

/** The brief's whole page, as the host's "Download PDF" hands it to the browser. */
function composedPage(
  inputs: BriefInputs,
  options: BriefOptions,
  page: { stylesheets: string[]; rendererDir: string; fileName: string },
): PrintablePage {
  let content
  try {
    content = composeBrief(inputs, options, new Date())
  } catch (error) {
    // Scenarios on different baselines cannot share one brief: the builder names them.
    throw new InvalidInput([(error as Error).message])
  }
  if (!content) throw new Error('the brief could not be composed')
  const html = briefPage({
    html: briefPrintHtml({ content, inputs }, options),
    stylesheets: page.stylesheets,
    fileName: page.fileName,
  })
  return { html, rendererDir: page.rendererDir }
}

/**
 * `levier brief`: the app's PDF brief of a scenario (a file, or a workbook's), or of a comparison
 * with --compare. The content comes from the same builder (composeBrief), the markup from the
 * app's print components, and the PDF from a headless Chromium as the loopback host's "Download
 * PDF" prints it, with the app's built style sheets and fonts. Written atomically, readable by
 * others like the app's.
 */
export async function briefCommand(io: CliIo, c: BriefCommand): Promise<void> {
  const full = outputPath(c.out)
  const options: BriefOptions = {
    ...DEFAULT_BRIEF_OPTIONS,
    language: c.lang,
    paper: c.paper === 'letter' ? 'Letter' : 'A4',
  }
  const inputs = await briefInputs(io, c, options)
  const rendererDir = io.rendererDir ?? defaultRendererDir()
  const stylesheets = appStylesheets(rendererDir)
  const browser = (io.findBrowser ?? findPdfBrowser)()
  if (!browser) throw new InvalidInput([NO_BROWSER])
  const fileName = basename(full)
  let pdf: Buffer
  try {
    // The browser takes about a second to start: the brief is composed and rendered meanwhile.
    const started = io.startedBrowser
    const launching = started?.path === browser ? started.launching : launchBrowser(browser)
    pdf = await printWithBrowser(launching, () =>
      composedPage(inputs, options, { stylesheets, rendererDir, fileName }),
    )
  } catch (error) {
    if (error instanceof PrintFailedError)
      throw new Error(`the PDF could not be made: ${error.message}`, { cause: error })
    throw error
  }
  writeFileAtomic(full, pdf, undefined, 0o644)
  io.stdout(`wrote ${full} (${pdf.length} bytes)\n`)
}

import { plfssPath, unedicForecast } from '@shared/brief/brief-reference'
import { LEVIER_USAGE, parseLevierArgs } from './levier-args'
import type { LevierCommand } from './levier-args'
import {
  adoptionFitBackcast,
  backcastMarkdown,
  dstBackcast,
  plfssBackcast,
} from '@shared/model/baseline/backcast'
import { BASELINE_IDS, DEFAULT_BASELINE_ID, getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { monteCarloRows, projectionRows, resultsCsv, tornadoRows } from '@shared/format/export-csv'
import { runMonteCarlo } from '@shared/model/uncertainty/monte-carlo'
import { findPreset, PRESETS } from '@shared/model/scenario/presets'
import { scenarioJsonSchema } from '@shared/model/scenario/scenario-json-schema'
import type { IndicatorId } from '@shared/model/engine/series'
import { simulate } from '@shared/model/engine/simulate'
import { tornado } from '@shared/model/uncertainty/tornado'
import { MODEL_VERSION } from '@shared/model/engine/version'
import { APP_VERSION } from '../services/app-version'
import { workbookCommand } from './workbook-commands'
import { compareCommand } from './compare-command'
import { seekCommand } from './seek-command'
import { briefCommand } from './brief-command'
import { readScenario } from './scenario-files'
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, InvalidInput } from './cli-io'
import type { CliIo } from './cli-io'

export type { CliIo } from './cli-io'

function emit(io: CliIo, text: string, out: string | undefined): void {
  if (out) io.writeText(out, text)
  else io.stdout(text)
}

/** With `--series`, only the named series, in the order named; the indicators are all kept. */
function keepSeries<T extends { readonly series: ReadonlyArray<{ readonly id: string }> }>(
  result: T,
  ids: readonly string[] | undefined,
): T {
  if (!ids) return result
  return {
    ...result,
    series: ids.flatMap((id) => result.series.filter((s) => s.id === id)),
  }
}

async function simulateCommand(
  io: CliIo,
  c: Extract<LevierCommand, { command: 'simulate' }>,
): Promise<void> {
  const { scenario, baseline } = await readScenario(io, c.file)
  const projection = keepSeries(simulate(scenario, baseline), c.series)
  const model =
    c.draws !== undefined || c.tornado !== undefined ? compileScenario(scenario, baseline) : null
  // Only the series printed are kept draw by draw (each once, however often it is named).
  const kept = c.series && [...new Set(c.series)]
  const monteCarlo =
    model && c.draws !== undefined
      ? keepSeries(runMonteCarlo(model, c.draws, c.seed ?? 1, kept), c.series)
      : null
  const sensitivity =
    model && c.tornado !== undefined ? tornado(model, c.tornado as IndicatorId) : null
  if (c.format === 'csv') {
    const provenance = {
      scenario: scenario.name,
      appVersion: APP_VERSION,
      modelVersion: MODEL_VERSION,
      baselineId: baseline.id,
      baselineVintage: baseline.vintage,
      exportedAt: new Date(),
    }
    const tables = [projectionRows(projection)]
    if (monteCarlo) tables.push(monteCarloRows(monteCarlo))
    if (sensitivity) tables.push(tornadoRows(sensitivity))
    emit(io, resultsCsv(provenance, tables), c.out)
    return
  }
  const document = {
    modelVersion: MODEL_VERSION,
    appVersion: APP_VERSION,
    baselineId: baseline.id,
    baselineVintage: baseline.vintage,
    // What the increments and balances are measured against, named from the baseline.
    currentLaw: {
      robss: plfssPath(baseline, 'en'),
      unedic: unedicForecast(baseline, 'en'),
    },
    ...projection,
    ...(monteCarlo ? { monteCarlo } : {}),
    ...(sensitivity ? { tornado: sensitivity } : {}),
  }
  emit(io, `${JSON.stringify(document, null, 2)}\n`, c.out)
}

async function execute(io: CliIo, c: LevierCommand): Promise<void> {
  switch (c.command) {
    case 'help':
      return io.stdout(`${LEVIER_USAGE}\n`)
    case 'version':
      return io.stdout(`levier ${APP_VERSION} (model ${MODEL_VERSION})\n`)
    case 'presets':
      if (c.format === 'json')
        return io.stdout(
          `${JSON.stringify(
            PRESETS.map(({ levers: _l, ...p }) => p),
            null,
            2,
          )}\n`,
        )
      return io.stdout(
        PRESETS.map(
          (p) => `${p.id.padEnd(24)} ${p.label.en}\n${' '.repeat(25)}${p.note.en}\n`,
        ).join(''),
      )
    case 'scenario-default': {
      if (c.preset && !findPreset(c.preset)) {
        throw new InvalidInput([
          `--preset: unknown preset ${JSON.stringify(c.preset)} (known: ${PRESETS.map((p) => p.id).join(', ')})`,
        ])
      }
      return emit(io, `${JSON.stringify(defaultScenario(c.preset), null, 2)}\n`, c.out)
    }
    case 'simulate':
      return simulateCommand(io, c)
    case 'workbook-list':
    case 'workbook-export':
    case 'workbook-import':
    case 'workbook-check':
    case 'workbook-run':
    case 'workbook-new':
      return workbookCommand(io, c, (text, out) => emit(io, text, out))
    case 'compare':
      return compareCommand(io, c, (text, out) => emit(io, text, out))
    case 'seek':
      return seekCommand(io, c, (text) => emit(io, text, undefined))
    case 'brief':
      return briefCommand(io, c)
    case 'schema':
      return emit(io, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`, c.out)
    case 'backcast': {
      const id = c.baseline ?? DEFAULT_BASELINE_ID
      if (!BASELINE_IDS.includes(id))
        throw new InvalidInput([
          `--baseline: unknown baseline ${JSON.stringify(id)} (known: ${BASELINE_IDS.join(', ')})`,
        ])
      const baseline = getBaseline(id)
      if (c.format === 'json') {
        return io.stdout(
          `${JSON.stringify(
            {
              dst: dstBackcast(baseline),
              plfss: plfssBackcast(baseline),
              adoption: adoptionFitBackcast(baseline),
            },
            null,
            2,
          )}\n`,
        )
      }
      return io.stdout(`${backcastMarkdown(baseline)}\n`)
    }
  }
}

/** Run one command line; resolves to the process exit code. */
export async function runLevier(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseLevierArgs(argv)
  if (!parsed.ok) {
    for (const error of parsed.errors) io.stderr(`levier: ${error}\n`)
    io.stderr(`\n${LEVIER_USAGE}\n`)
    return EXIT_INVALID
  }
  try {
    await execute(io, parsed.command)
    return EXIT_OK
  } catch (error) {
    if (error instanceof InvalidInput) {
      for (const problem of error.problems) io.stderr(`levier: ${problem}\n`)
      return EXIT_INVALID
    }
    io.stderr(`levier: ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT_FAILURE
  }
}

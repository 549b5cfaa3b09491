import { csvText, PLAIN_CSV } from '@shared/format/csv'
import type { CsvCell } from '@shared/format/csv'
import { existsSync } from 'node:fs'
import { dirname, extname, resolve } from 'node:path'
import { ApiFailure } from '@shared/api/result'
import { pathProblem } from '@shared/api/workbook-schemas'
import type { ScenarioSummary } from '@shared/api/workbook-schemas'
import type { LevierCommand } from './levier-args'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { INDICATORS } from '@shared/model/engine/series'
import { MODEL_VERSION } from '@shared/model/engine/version'
import { ComparisonStore } from '../storage/comparison-store'
import { WorkbookLocked } from '../storage/lock'
import { LATEST_SCHEMA_VERSION } from '../storage/migrations'
import { ScenarioStore } from '../storage/scenario-store'
import { Workbook } from '../storage/workbook'
import { exportScenarios, importScenarios, rerunScenarios } from '../storage/workbook-exchange'
import { WORKBOOK_EXTENSION, WorkbookRefused } from '../storage/workbook-file'
import { currentAuthor } from '../services/workbook-session'
import type { CliIo } from './cli-io'
import { InvalidInput } from './cli-io'

type WorkbookCommand = Extract<LevierCommand, { command: `workbook-${string}` }>

async function opened<T>(
  file: string,
  readOnly: boolean,
  use: (workbook: Workbook, store: ScenarioStore) => T | Promise<T>,
): Promise<T> {
  let workbook: Workbook
  try {
    workbook = await Workbook.open(file, { readOnly })
  } catch (error) {
    if (
      error instanceof WorkbookRefused ||
      error instanceof WorkbookLocked ||
      error instanceof ApiFailure
    )
      throw new InvalidInput([oneLine(error.message)])
    throw error
  }
  try {
    return await use(workbook, new ScenarioStore(workbook))
  } finally {
    workbook.close()
  }
}

/** The scenario named or numbered so (`--scenario`), refused when none or several answer. */
function oneScenario(store: ScenarioStore, file: string, nameOrId: string) {
  const match = store.list().filter((s) => s.id === nameOrId || s.name === nameOrId)
  if (match.length !== 1) {
    throw new InvalidInput([
      `--scenario: ${match.length === 0 ? 'no' : 'more than one'} scenario is named or numbered ${JSON.stringify(nameOrId)} in ${file}`,
    ])
  }
  return match[0] as ScenarioSummary
}

/** A workbook's scenario as `levier brief` prints it: its document, id and current version. */
export function workbookScenario(file: string, nameOrId: string) {
  return opened(file, true, (_w, store) => {
    const found = oneScenario(store, file, nameOrId)
    return { ...found, scenario: exportScenarios(store, [found.id])[0] as Scenario }
  })
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Checking a workbook is looking for problems: one found while reading it (whatever SQLite or the
 * store throws) is a finding, reported on one line with exit code 2, never a crash.
 */
async function checking<T>(file: string, check: () => Promise<T>): Promise<T> {
  try {
    return await check()
  } catch (error) {
    if (error instanceof InvalidInput) throw error
    throw new InvalidInput([
      `${file} cannot be read as a workbook: ${oneLine((error as Error).message)}`,
    ])
  }
}

/**
 * `workbook new`: the app's rule for a new workbook's path (the shared path rule, `.levier` added
 * when missing, an existing folder), and the app's Workbook.create, which refuses an existing file.
 */
async function createWorkbook(file: string): Promise<string> {
  let full = resolve(file)
  if (extname(full).toLowerCase() !== WORKBOOK_EXTENSION) full += WORKBOOK_EXTENSION
  const problem = pathProblem(full)
  if (problem) throw new InvalidInput([`${full}: the path ${problem}`])
  if (!existsSync(dirname(full)))
    throw new InvalidInput([`${full}: the folder ${dirname(full)} does not exist`])
  try {
    const workbook = await Workbook.create(full)
    workbook.close()
  } catch (error) {
    if (error instanceof ApiFailure || error instanceof WorkbookLocked)
      throw new InvalidInput([oneLine(error.message)])
    throw error
  }
  return full
}

/** `levier workbook …`: the same storage code as the app, on a workbook file. */
export async function workbookCommand(
  io: CliIo,
  c: WorkbookCommand,
  emit: (text: string, out?: string) => void,
): Promise<void> {
  switch (c.command) {
    case 'workbook-new':
      return emit(`created ${await createWorkbook(c.file)}\n`)
    case 'workbook-list':
      return opened(c.file, true, (_w, store) => {
        const rows = store.list()
        if (c.format === 'json') return emit(`${JSON.stringify(rows, null, 2)}\n`)
        emit(
          rows
            .map(
              (s) =>
                `${s.id}  v${s.currentVersion}  ${s.updatedAt}  ${s.name}${s.tags.length ? `  [${s.tags.join(', ')}]` : ''}\n`,
            )
            .join(''),
        )
      })
    case 'workbook-export':
      return opened(c.file, true, (_w, store) => {
        const { id } = oneScenario(store, c.file, c.scenario)
        emit(`${JSON.stringify(exportScenarios(store, [id])[0], null, 2)}\n`, c.out)
      })
    case 'workbook-import': {
      let documents: unknown
      try {
        documents = JSON.parse(await io.readText(c.input))
      } catch (error) {
        throw new InvalidInput([`${c.input}: ${(error as Error).message}`])
      }
      const list = Array.isArray(documents) ? documents : [documents]
      return opened(c.file, false, (workbook, store) => {
        try {
          const imported = importScenarios(
            workbook,
            store,
            list,
            currentAuthor(),
            c.rename ? 'rename' : 'refuse',
          )
          emit(imported.map((s) => `imported ${s.name} (${s.id})\n`).join(''))
        } catch (error) {
          if (
            (error as { code?: string }).code === 'invalid_input' ||
            (error as { code?: string }).code === 'conflict'
          ) {
            throw new InvalidInput([(error as Error).message])
          }
          throw error
        }
      })
    }
    case 'workbook-check':
      return checking(c.file, () =>
        opened(c.file, true, (workbook, store) => {
          const integrity = workbook.db
            .all<{ integrity_check: string }>('PRAGMA integrity_check')
            .map((r) => r.integrity_check)
          const problems: string[] = []
          const all = [...store.list(), ...store.list({ trash: true })]
          for (const s of all) {
            for (const v of store.versions(s.id)) {
              const payload = workbook.db.get<{ payload: string }>(
                'SELECT payload FROM versions WHERE scenario_id = ? AND version = ?',
                [s.id, v.version],
              )
              const parsed = parseScenario(JSON.parse(payload?.payload ?? 'null'))
              if (!parsed.ok)
                problems.push(...parsed.errors.map((e) => `“${s.name}” v${v.version}: ${e}`))
            }
          }
          const comparisons = new ComparisonStore(workbook)
          const comparisonProblems = comparisons.problems()
          const lines = [
            `workbook: ${c.file}`,
            `format: ${LATEST_SCHEMA_VERSION}`,
            `integrity: ${integrity.join('; ')}`,
            `scenarios: ${store.list().length} (+${store.list({ trash: true }).length} in the trash)`,
            `scenario files: ${problems.length === 0 ? 'all valid' : `${problems.length} problem(s)`}`,
            ...problems,
            `comparisons: ${workbook.db.get<{ n: number }>('SELECT count(*) AS n FROM comparisons')?.n ?? 0}${comparisonProblems.length === 0 ? '' : `, ${comparisonProblems.length} problem(s)`}`,
            ...comparisonProblems,
          ]
          emit(`${lines.join('\n')}\n`)
          if (integrity.join() !== 'ok' || problems.length + comparisonProblems.length > 0)
            throw new InvalidInput(['the workbook has problems (see above)'])
        }),
      )
    case 'workbook-run':
      return opened(c.file, true, (workbook, store) => {
        const runs = rerunScenarios(workbook, store).map(({ computedWith: _c, now, ...run }) => ({
          ...run,
          indicators: now,
        }))
        if (c.format === 'csv') {
          const unitOf = new Map(INDICATORS.map((i) => [i.id, i.unit]))
          // Through the one writer (a scenario named like a formula is defused). Full precision:
          // this report exists to show drift between saved and recomputed figures.
          const rows: CsvCell[][] = [
            ['scenario', 'version', 'indicator', 'unit', 'saved', 'now', 'change'],
          ]
          for (const r of runs) {
            for (const i of r.indicators) {
              const saved = r.saved[i.id] ?? Number.NaN
              rows.push([
                r.name,
                r.version,
                i.id,
                unitOf.get(i.id as never) ?? '',
                saved,
                i.value,
                i.value - saved,
              ])
            }
          }
          return emit(csvText(rows, PLAIN_CSV))
        }
        emit(`${JSON.stringify({ modelVersion: MODEL_VERSION, scenarios: runs }, null, 2)}\n`)
      })
  }
}

import { ApiFailure } from '@shared/api/result'
import type { UpgradeRecord, WhatChanged, WhatChangedEntry } from '@shared/api/workbook-schemas'
import { getBaseline } from '@shared/model/baseline/baselines'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { simulate } from '@shared/model/engine/simulate'
import type { IndicatorResult } from '@shared/model/engine/simulate'
import { MODEL_VERSION } from '@shared/model/engine/version'
import type { Row } from './sqlite'
import type { ScenarioStore, ScenarioSummary } from './scenario-store'
import { freeNameAmong, versionRecord } from './version-record'
import type { VersionRecord } from './version-record'
import type { Workbook } from './workbook'
import { unreadableScenarios, upgradeRecord } from './workbook-upgrade'

export type ConflictPolicy = 'refuse' | 'rename'

/**
 * How long an import computes before it lets the host answer other requests. Parsing, checking
 * and re-running 2,000 scenarios takes seconds; in slices this long, a request that arrives
 * meanwhile waits for one slice at most.
 */
export const IMPORT_SLICE_MS = 15

/** What an import's steps pause on: a slice of work is done, or the write is next. */
type ImportPause = 'slice'

/** Does `work` over `items` in order, pausing whenever a slice of IMPORT_SLICE_MS has passed. */
function* inSlices<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => R,
): Generator<ImportPause, R[]> {
  const results: R[] = []
  let sliceStart = performance.now()
  for (let i = 0; i < items.length; i++) {
    results.push(work(items[i] as T, i))
    if (performance.now() - sliceStart >= IMPORT_SLICE_MS) {
      yield 'slice'
      sliceStart = performance.now()
    }
  }
  return results
}

function refuseClashes(store: ScenarioStore, scenarios: readonly Scenario[]): void {
  const live = store.liveNames()
  const seen = new Set<string>()
  const clashes = new Set<string>()
  for (const { name } of scenarios) {
    if (live.has(name) || seen.has(name)) clashes.add(name)
    seen.add(name)
  }
  if (clashes.size > 0) {
    throw new ApiFailure(
      'conflict',
      `Nothing was imported: these names are already in use: ${[...clashes].map((n) => `“${n}”`).join(', ')}. Import again with renaming.`,
    )
  }
}

/** The workbook must still be open when the import writes: another call may have closed it. */
function assertStillOpen(workbook: Workbook): void {
  try {
    workbook.db.get('SELECT 1')
  } catch {
    throw new ApiFailure(
      'conflict',
      `${workbook.name} was closed while the scenarios were being imported: nothing was imported.`,
    )
  }
}

/**
 * The steps of an import, pausing between slices of work. Everything slow (parsing, checking,
 * re-running each scenario) happens before the write; the write is one transaction, with names
 * checked again inside it, since other calls may have changed the workbook during the pauses.
 */
function* importSteps(
  workbook: Workbook,
  store: ScenarioStore,
  documents: readonly unknown[],
  author: string,
  onConflict: ConflictPolicy,
): Generator<ImportPause, ScenarioSummary[]> {
  if (workbook.readOnly) {
    throw new ApiFailure(
      'read_only',
      `${workbook.name} is open read-only: changes cannot be saved.`,
    )
  }
  const scenarios: Scenario[] = []
  const errors: string[] = []
  yield* inSlices(documents, (document, i) => {
    const parsed = parseScenario(document)
    if (parsed.ok) scenarios.push(parsed.scenario)
    else errors.push(...parsed.errors.map((e) => `scenario ${i + 1}: ${e}`))
  })
  if (errors.length > 0)
    throw new ApiFailure('invalid_input', `Nothing was imported.\n${errors.join('\n')}`)
  // Refused early, before the long part, then again at the write (the names may have changed).
  assertStillOpen(workbook)
  if (onConflict === 'refuse') refuseClashes(store, scenarios)
  const records = yield* inSlices(scenarios, versionRecord)
  assertStillOpen(workbook)
  if (onConflict === 'refuse') refuseClashes(store, scenarios)
  return store.change(() => {
    const taken = store.liveNames()
    const named = scenarios.map((scenario, i) => {
      const name = freeNameAmong(scenario.name, taken)
      taken.add(name)
      return { scenario: { ...scenario, name }, record: records[i] as VersionRecord }
    })
    return store.insertMany(named, author, 'Imported')
  })
}

/**
 * Import scenario documents all or nothing: every document is checked first and every problem
 * reported (by document and field path); a name already in use is refused, or renamed when asked,
 * never overwritten. In one go, for the command line, where nothing else waits.
 */
export function importScenarios(
  workbook: Workbook,
  store: ScenarioStore,
  documents: readonly unknown[],
  author: string,
  onConflict: ConflictPolicy,
): ScenarioSummary[] {
  const steps = importSteps(workbook, store, documents, author, onConflict)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** Imports under way, by workbook: a second import into the same workbook waits for the first. */
const importsUnderWay = new WeakMap<Workbook, Promise<unknown>>()

/**
 * The same import for a host, which goes on answering other requests meanwhile: the work is done
 * in slices, yielding to the event loop between them, and imports into one workbook run one after
 * the other. The write is still one transaction: all or nothing.
 */
export function importScenariosInSlices(
  workbook: Workbook,
  store: ScenarioStore,
  documents: readonly unknown[],
  author: string,
  onConflict: ConflictPolicy,
): Promise<ScenarioSummary[]> {
  const previous = importsUnderWay.get(workbook) ?? Promise.resolve()
  const run = previous
    .catch(() => undefined)
    .then(async () => {
      const steps = importSteps(workbook, store, documents, author, onConflict)
      for (;;) {
        const step = steps.next()
        if (step.done) return step.value
        await new Promise((resolve) => setImmediate(resolve))
      }
    })
  importsUnderWay.set(workbook, run)
  return run
}

/** Complete scenario documents, as `levier scenario default` writes them. */
export function exportScenarios(store: ScenarioStore, ids: readonly string[]): Scenario[] {
  return ids.map((id) => store.get(id).scenario)
}

const TOLERANCE = 1e-9

type Cause = WhatChangedEntry['cause']

/** One live scenario re-run now, beside the figures saved with its current version. */
export interface ScenarioRerun {
  readonly id: string
  readonly name: string
  readonly version: number
  readonly cause: Cause
  readonly computedWith: WhatChangedEntry['computedWith']
  readonly saved: Record<string, number>
  readonly now: IndicatorResult[]
  readonly baseline: WhatChangedEntry['baseline']
  readonly upgrade: UpgradeRecord | null
}

interface SavedRow extends Row {
  model_version: string
  baseline_id: string
  baseline_vintage: string
  indicators: string
}

/**
 * Re-run every live scenario's current version and set its headline figures beside those saved
 * with it, saying whether the model, the baseline data or both changed since. Where the current
 * version was written by the upgrade on opening, the figures set beside are those of the version
 * before it, as the analyst saved them.
 */
export function rerunScenarios(workbook: Workbook, store: ScenarioStore): ScenarioRerun[] {
  const rows = workbook.db.all<{ id: string; name: string; version: number } & SavedRow>(
    `SELECT s.id, s.name, v.version, v.model_version, v.baseline_id, v.baseline_vintage, v.indicators
     FROM scenarios s JOIN versions v ON v.scenario_id = s.id AND v.version = s.current_version
     WHERE s.deleted_at IS NULL ORDER BY s.name`,
  )
  const unreadable = new Set(unreadableScenarios(workbook).map((u) => u.id))
  return rows
    .filter((row) => !unreadable.has(row.id))
    .map((row) => {
      const { scenario } = store.get(row.id)
      const baseline = getBaseline(scenario.baseline)
      const record = upgradeRecord(workbook, row.id)
      const upgrade = record?.toVersion === row.version ? record : null
      const before =
        (upgrade &&
          workbook.db.get<SavedRow>(
            'SELECT model_version, baseline_id, baseline_vintage, indicators FROM versions WHERE scenario_id = ? AND version = ?',
            [row.id, upgrade.fromVersion],
          )) ||
        row
      const modelChanged = before.model_version !== MODEL_VERSION
      const dataChanged = before.baseline_vintage !== baseline.vintage
      const cause: Cause =
        modelChanged && dataChanged
          ? 'model and baseline'
          : modelChanged
            ? 'model'
            : dataChanged
              ? 'baseline'
              : 'none'
      return {
        id: row.id,
        name: row.name,
        version: row.version,
        cause,
        computedWith: {
          modelVersion: before.model_version,
          baselineId: before.baseline_id,
          baselineVintage: before.baseline_vintage,
        },
        saved: JSON.parse(before.indicators) as Record<string, number>,
        now: simulate(scenario, baseline).indicators,
        baseline: { id: baseline.id, vintage: baseline.vintage },
        upgrade,
      }
    })
}

/** Equal, or both undefined (NaN: the coverage ratio where it means nothing). */
function same(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b)
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a))
}

/** JSON has no NaN: an undefined figure travels as null and is read back as NaN. */
const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null)

/**
 * The scenarios whose figures moved, or that a newer model or baseline computed differently,
 * and those that could not be read (left as they were).
 */
export function whatChanged(workbook: Workbook, store: ScenarioStore): WhatChanged {
  const entries = rerunScenarios(workbook, store).map(
    ({ saved, now, ...rest }): WhatChangedEntry => {
      const current = new Set(now.map((i) => i.id))
      return {
        ...rest,
        moves: now
          .filter((i) => i.id in saved && !same(i.value, saved[i.id] ?? Number.NaN))
          .map((i) => ({
            indicator: i.id,
            before: finiteOrNull(saved[i.id] as number),
            after: finiteOrNull(i.value),
          })),
        retired: Object.entries(saved)
          .filter(([id]) => !current.has(id))
          .map(([indicator, before]) => ({ indicator, before: finiteOrNull(before) })),
        added: now
          .filter((i) => !(i.id in saved))
          .map((i) => ({ indicator: i.id, after: finiteOrNull(i.value) })),
      }
    },
  )
  return {
    modelVersion: MODEL_VERSION,
    entries: entries.filter(
      (e) => e.cause !== 'none' || e.moves.length + e.retired.length + e.added.length > 0,
    ),
    unreadable: unreadableScenarios(workbook),
  }
}

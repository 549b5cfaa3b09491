import { ApiFailure } from '@shared/api/result'
import { getBaseline } from '@shared/model/baselines'
import { parseScenario } from '@shared/model/scenario-parse'
import type { Scenario } from '@shared/model/scenario-schema'
import { simulate } from '@shared/model/simulate'
import type { IndicatorResult } from '@shared/model/simulate'
import { MODEL_VERSION } from '@shared/model/version'
import type { Row } from './sqlite'
import type { ScenarioStore, ScenarioSummary } from './scenario-store'
import type { Workbook } from './workbook'

export type ConflictPolicy = 'refuse' | 'rename'

/**
 * Import scenario documents all or nothing: every document is checked first and every problem
 * reported (by document and field path); a name already in use is refused, or renamed when asked,
 * never overwritten.
 */
export function importScenarios(
  workbook: Workbook,
  store: ScenarioStore,
  documents: readonly unknown[],
  author: string,
  onConflict: ConflictPolicy,
): ScenarioSummary[] {
  const scenarios: Scenario[] = []
  const errors: string[] = []
  documents.forEach((document, i) => {
    const parsed = parseScenario(document)
    if (parsed.ok) scenarios.push(parsed.scenario)
    else errors.push(...parsed.errors.map((e) => `scenario ${i + 1}: ${e}`))
  })
  if (errors.length > 0)
    throw new ApiFailure('invalid_input', `Nothing was imported.\n${errors.join('\n')}`)
  const clashes = scenarios.filter((s) => store.freeName(s.name) !== s.name)
  const batchNames = scenarios.map((s) => s.name)
  const duplicatesInBatch = batchNames.filter((n, i) => batchNames.indexOf(n) !== i)
  if (onConflict === 'refuse' && (clashes.length > 0 || duplicatesInBatch.length > 0)) {
    const names = [...new Set([...clashes.map((s) => s.name), ...duplicatesInBatch])]
    throw new ApiFailure(
      'conflict',
      `Nothing was imported: these names are already in use: ${names.map((n) => `“${n}”`).join(', ')}. Import again with renaming.`,
    )
  }
  return store.change(() =>
    scenarios.map((scenario) =>
      store.insert({ ...scenario, name: store.freeName(scenario.name) }, author, {
        note: 'Imported',
      }),
    ),
  )
}

/** Complete scenario documents, as `levier scenario default` writes them. */
export function exportScenarios(store: ScenarioStore, ids: readonly string[]): Scenario[] {
  return ids.map((id) => store.get(id).scenario)
}

export interface IndicatorMove {
  readonly indicator: string
  readonly before: number
  readonly after: number
}

export interface WhatChangedEntry {
  readonly id: string
  readonly name: string
  readonly version: number
  readonly cause: 'model' | 'baseline' | 'model and baseline' | 'none'
  readonly computedWith: { modelVersion: string; baselineId: string; baselineVintage: string }
  readonly moves: IndicatorMove[]
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
}

/**
 * Re-run every live scenario's current version and set its headline figures beside those saved
 * with it, saying whether the model, the baseline data or both changed since.
 */
export function rerunScenarios(workbook: Workbook, store: ScenarioStore): ScenarioRerun[] {
  const rows = workbook.db.all<
    {
      id: string
      name: string
      version: number
      model_version: string
      baseline_id: string
      baseline_vintage: string
      indicators: string
    } & Row
  >(
    `SELECT s.id, s.name, v.version, v.model_version, v.baseline_id, v.baseline_vintage, v.indicators
     FROM scenarios s JOIN versions v ON v.scenario_id = s.id AND v.version = s.current_version
     WHERE s.deleted_at IS NULL ORDER BY s.name`,
  )
  return rows.map((row) => {
    const { scenario } = store.get(row.id)
    const baseline = getBaseline(scenario.baseline)
    const modelChanged = row.model_version !== MODEL_VERSION
    const dataChanged = row.baseline_vintage !== baseline.vintage
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
        modelVersion: row.model_version,
        baselineId: row.baseline_id,
        baselineVintage: row.baseline_vintage,
      },
      saved: JSON.parse(row.indicators) as Record<string, number>,
      now: simulate(scenario, baseline).indicators,
    }
  })
}

/** The scenarios whose figures moved, or that a newer model or baseline computed differently. */
export function whatChanged(
  workbook: Workbook,
  store: ScenarioStore,
): { modelVersion: string; entries: WhatChangedEntry[] } {
  const entries = rerunScenarios(workbook, store).map(({ saved, now, ...rest }) => ({
    ...rest,
    moves: now
      .filter(
        (i) =>
          !(i.id in saved) ||
          Math.abs(i.value - (saved[i.id] as number)) > TOLERANCE * Math.max(1, Math.abs(i.value)),
      )
      .map((i) => ({ indicator: i.id, before: saved[i.id] ?? 0, after: i.value })),
  }))
  return {
    modelVersion: MODEL_VERSION,
    entries: entries.filter((e) => e.cause !== 'none' || e.moves.length > 0),
  }
}

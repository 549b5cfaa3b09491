import { getBaseline } from '@shared/model/baseline/baselines'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { compactScenario } from '@shared/model/scenario/scenario-storage'
import { simulate } from '@shared/model/engine/simulate'
import { MODEL_VERSION } from '@shared/model/engine/version'
import type { SqliteDb, SqlParam } from './sqlite'

/**
 * What a version row stores beside its who and when: the compact inputs, and the headline figures
 * this model computes from them. Computing it runs the projection (a few tenths of a millisecond
 * to a millisecond); an import prepares its records before its transaction, a slice at a time,
 * so the host keeps answering while thousands are computed.
 */
export interface VersionRecord {
  readonly schemaVersion: number
  readonly payload: string
  readonly modelVersion: string
  readonly baselineId: string
  readonly baselineVintage: string
  readonly indicators: string
}

export function versionRecord(scenario: Scenario): VersionRecord {
  const baseline = getBaseline(scenario.baseline)
  const projection = simulate(scenario, baseline)
  const indicators = Object.fromEntries(projection.indicators.map((i) => [i.id, i.value]))
  return {
    schemaVersion: scenario.schemaVersion,
    payload: JSON.stringify(compactScenario(scenario, baseline)),
    modelVersion: MODEL_VERSION,
    baselineId: baseline.id,
    baselineVintage: baseline.vintage,
    indicators: JSON.stringify(indicators),
  }
}

/** `name`, or `name (2)`, `name (3)`… whichever is not in `taken`. */
export function freeNameAmong(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name
  for (let i = 2; ; i++) if (!taken.has(`${name} (${i})`)) return `${name} (${i})`
}

/** Rows per INSERT: well under SQLite's limit of bound parameters (32,766) for 11 columns. */
const ROWS_PER_STATEMENT = 200

/** INSERT `rows` (all of one width) in statements of ROWS_PER_STATEMENT rows each. */
export function insertRows(db: SqliteDb, insertInto: string, rows: readonly SqlParam[][]): void {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT)
    const placeholders = batch.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ')
    db.run(`${insertInto} ${placeholders}`, batch.flat())
  }
}

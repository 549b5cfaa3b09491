import { randomUUID } from 'node:crypto'
import {
  COMPARISON_MIN_SCENARIOS,
  COMPARISON_SETTINGS_MAX_BYTES,
  comparisonDraftSchema,
  comparisonReferenceSchema,
  comparisonSchema,
} from '@shared/api/comparison-schema'
import type {
  Comparison,
  ComparisonDraft,
  ComparisonReference,
} from '@shared/api/comparison-schema'
import { ApiFailure } from '@shared/api/result'
import { describeIssues } from '@shared/api/validation'
import type { Row, SqliteDb } from './sqlite'
import type { Workbook } from './workbook'

interface ComparisonRow extends Row {
  id: string
  name: string
  reference: string
  scenario_ids: string
  settings: string
  created_at: string
  updated_at: string
}

function fromRow(row: ComparisonRow): Comparison {
  return {
    id: row.id,
    name: row.name,
    reference: comparisonReferenceSchema.parse(JSON.parse(row.reference)),
    scenarioIds: JSON.parse(row.scenario_ids) as string[],
    settings: JSON.parse(row.settings) as Record<string, unknown>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/**
 * Where `value` stops being plain JSON (the settings travel over IPC, which can carry dates, maps,
 * NaN…, that JSON would silently change), or null when it is JSON throughout.
 */
function notJsonAt(value: unknown, path: string): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null
  if (typeof value === 'number') return Number.isFinite(value) ? null : path
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const at = notJsonAt(item, `${path}[${i}]`)
      if (at) return at
    }
    return null
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const at = notJsonAt(item, `${path}.${key}`)
      if (at) return at
    }
    return null
  }
  return path
}

const SELECT = 'SELECT id, name, reference, scenario_ids, settings, created_at, updated_at'

/**
 * The named comparisons of a workbook. Every change goes through `workbook.mutate`, like the
 * scenarios': one transaction, on disk (file or journal) before it is acknowledged, refused on a
 * read-only workbook. Checks run inside that transaction, so they see what the write will see.
 */
export class ComparisonStore {
  private clock: () => Date = () => new Date()

  constructor(private readonly workbook: Workbook) {}

  /** Tests move time forward by hand. */
  setClock(clock: () => Date): void {
    this.clock = clock
  }

  private get db(): SqliteDb {
    return this.workbook.db
  }

  /** By last change, newest first, then by name. */
  list(): Comparison[] {
    return this.db
      .all<ComparisonRow>(`${SELECT} FROM comparisons ORDER BY updated_at DESC, name`)
      .map(fromRow)
  }

  get(id: string): Comparison {
    const row = this.db.get<ComparisonRow>(`${SELECT} FROM comparisons WHERE id = ?`, [id])
    if (!row) throw new ApiFailure('not_found', `No comparison ${id} in ${this.workbook.name}.`)
    return fromRow(row)
  }

  /** Create (no id) or replace (id) a comparison; `updatedAt` moves forward at every save. */
  save(raw: unknown): Comparison {
    const parsed = comparisonDraftSchema.safeParse(raw)
    if (!parsed.success)
      throw new ApiFailure(
        'invalid_input',
        `Invalid comparison: ${describeIssues(parsed.error, raw).join('; ')}`,
      )
    const draft = parsed.data
    return this.workbook.mutate(() => {
      const previous = draft.id === undefined ? null : this.get(draft.id)
      const settings = this.check(draft, previous?.id ?? null)
      const id = previous?.id ?? randomUUID()
      const now = this.stamp(previous?.updatedAt)
      const values = [
        draft.name,
        JSON.stringify(draft.reference),
        JSON.stringify(draft.scenarioIds),
        settings,
      ]
      if (previous)
        this.db.run(
          'UPDATE comparisons SET name = ?, reference = ?, scenario_ids = ?, settings = ?, updated_at = ? WHERE id = ?',
          [...values, now, id],
        )
      else
        this.db.run(
          'INSERT INTO comparisons (name, reference, scenario_ids, settings, created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [...values, now, now, id],
        )
      return this.get(id)
    })
  }

  delete(id: string): void {
    this.workbook.mutate(() => {
      this.get(id)
      this.db.run('DELETE FROM comparisons WHERE id = ?', [id])
    })
  }

  /** Now, or just after `after` when the clock has not moved past it, so a save always shows. */
  private stamp(after?: string): string {
    const now = this.clock().getTime()
    const floor = after === undefined ? Number.NEGATIVE_INFINITY : Date.parse(after) + 1
    return new Date(Math.max(now, floor)).toISOString()
  }

  /** What the shapes cannot say; returns the settings as the JSON to store. */
  private check(draft: ComparisonDraft, exceptId: string | null): string {
    const taken = this.db.get<{ id: string }>(
      'SELECT id FROM comparisons WHERE name = ? AND id IS NOT ?',
      [draft.name, exceptId],
    )
    if (taken)
      throw new ApiFailure(
        'conflict',
        `A comparison named “${draft.name}” already exists: choose another name (for example “${this.freeName(draft.name)}”).`,
      )
    const repeated = draft.scenarioIds.filter((id, i) => draft.scenarioIds.indexOf(id) !== i)
    if (repeated.length > 0)
      throw new ApiFailure(
        'invalid_input',
        `scenarioIds: scenario ${repeated[0]} is listed more than once; compare distinct scenarios.`,
      )
    const wanted = [
      ...draft.scenarioIds,
      ...(draft.reference.kind === 'scenario' ? [draft.reference.id] : []),
    ]
    const known = new Set(
      this.db
        .all<{ id: string }>(
          `SELECT id FROM scenarios WHERE id IN (${wanted.map(() => '?').join(', ')})`,
          wanted,
        )
        .map((r) => r.id),
    )
    const missing = draft.scenarioIds.filter((id) => !known.has(id))
    if (missing.length > 0)
      throw new ApiFailure(
        'invalid_input',
        `scenarioIds: no scenario ${missing.join(', ')} in ${this.workbook.name} (it may have been deleted for good).`,
      )
    if (draft.reference.kind === 'scenario' && !known.has(draft.reference.id))
      throw new ApiFailure(
        'invalid_input',
        `reference: no scenario ${draft.reference.id} in ${this.workbook.name} (it may have been deleted for good).`,
      )
    const notJson = notJsonAt(draft.settings, 'settings')
    if (notJson)
      throw new ApiFailure(
        'invalid_input',
        `${notJson}: only JSON values (text, finite numbers, true/false, null, lists, objects) can be kept in a comparison's settings.`,
      )
    const settings = JSON.stringify(draft.settings)
    const bytes = Buffer.byteLength(settings, 'utf8')
    if (bytes > COMPARISON_SETTINGS_MAX_BYTES)
      throw new ApiFailure(
        'invalid_input',
        `settings: ${bytes} bytes, more than the ${COMPARISON_SETTINGS_MAX_BYTES} a comparison may keep.`,
      )
    return settings
  }

  /**
   * What is wrong with the stored comparisons (an outside tool may have edited the file): rows
   * that do not read back as comparisons, and scenarios they name that the workbook lacks.
   */
  problems(): string[] {
    const scenarios = new Set(
      this.db.all<{ id: string }>('SELECT id FROM scenarios').map((r) => r.id),
    )
    const problems: string[] = []
    for (const row of this.db.all<ComparisonRow>(`${SELECT} FROM comparisons ORDER BY name`)) {
      let comparison: Comparison
      try {
        comparison = comparisonSchema.parse(fromRow(row))
      } catch (error) {
        problems.push(`comparison “${row.name}”: unreadable (${(error as Error).message})`)
        continue
      }
      const named = [
        ...comparison.scenarioIds,
        ...(comparison.reference.kind === 'scenario' ? [comparison.reference.id] : []),
      ]
      for (const id of named.filter((id) => !scenarios.has(id)))
        problems.push(`comparison “${row.name}”: no scenario ${id}`)
    }
    return problems
  }

  /** `name`, or `name (2)`, `name (3)`… whichever no comparison has. */
  freeName(name: string): string {
    const taken = new Set(
      this.db.all<{ name: string }>('SELECT name FROM comparisons').map((r) => r.name),
    )
    if (!taken.has(name)) return name
    for (let i = 2; ; i++) if (!taken.has(`${name} (${i})`)) return `${name} (${i})`
  }
}

/**
 * Scenarios deleted for good leave the comparisons that named them. A comparison keeps the
 * scenarios that remain while it still compares at least two, against its own reference; one that
 * would fall below two, or whose reference scenario is gone, means nothing any more and is deleted
 * (a trashed scenario, which can come back, is kept: only emptying the trash gets here).
 * Runs inside the caller's transaction (ScenarioStore.emptyTrash); returns how many were deleted.
 */
export function pruneComparisons(db: SqliteDb, removedIds: readonly string[], now: string): number {
  if (removedIds.length === 0) return 0
  const removed = new Set(removedIds)
  let deleted = 0
  const rows = db.all<{ id: string; reference: string; scenario_ids: string } & Row>(
    'SELECT id, reference, scenario_ids FROM comparisons',
  )
  for (const row of rows) {
    const ids = JSON.parse(row.scenario_ids) as string[]
    const reference = JSON.parse(row.reference) as ComparisonReference
    const kept = ids.filter((id) => !removed.has(id))
    const referenceGone = reference.kind === 'scenario' && removed.has(reference.id)
    if (referenceGone || kept.length < COMPARISON_MIN_SCENARIOS) {
      deleted += db.run('DELETE FROM comparisons WHERE id = ?', [row.id])
    } else if (kept.length < ids.length) {
      db.run('UPDATE comparisons SET scenario_ids = ?, updated_at = ? WHERE id = ?', [
        JSON.stringify(kept),
        now,
        row.id,
      ])
    }
  }
  return deleted
}

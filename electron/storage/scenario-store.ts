import { randomUUID } from 'node:crypto'
import { ApiFailure } from '@shared/api/result'
import { getBaseline } from '@shared/model/baseline/baselines'
import { diffScenarios } from '@shared/model/scenario/scenario-diff'
import type { ScenarioChange } from '@shared/model/scenario/scenario-diff'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { expandScenario } from '@shared/model/scenario/scenario-storage'
import { pruneComparisons } from './comparison-store'
import {
  SUMMARY_COLUMNS,
  summary,
  summaryFromArray,
  validScenario,
  versionList,
  writeNewScenarios,
} from './scenario-rows'
import type { ScenarioRow, ScenarioSummary, VersionInfo } from './scenario-rows'
import { freeNameAmong, versionRecord } from './version-record'
import type { VersionRecord } from './version-record'
import type { Workbook } from './workbook'

export type { ScenarioSummary, VersionInfo } from './scenario-rows'

/**
 * Scenarios in a workbook: every save is a new version (who, when, note), stored with the
 * headline indicators and the model and baseline versions that computed them.
 */
export class ScenarioStore {
  private clock: () => Date = () => new Date()
  private cache: Map<string, ScenarioSummary> | null = null

  constructor(private readonly workbook: Workbook) {}

  /** Tests move time forward by hand. */
  setClock(clock: () => Date): void {
    this.clock = clock
  }

  private now(): string {
    return this.clock().toISOString()
  }

  private row(id: string): ScenarioRow {
    const row = this.workbook.db.get<ScenarioRow>('SELECT * FROM scenarios WHERE id = ?', [id])
    if (!row) throw new ApiFailure('not_found', `No scenario ${id} in ${this.workbook.name}.`)
    return row
  }

  private assertNameFree(name: string, exceptId: string | null = null): void {
    const taken = this.workbook.db.get(
      'SELECT id FROM scenarios WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?',
      [name, exceptId],
    )
    if (taken)
      throw new ApiFailure(
        'conflict',
        `A scenario named “${name}” already exists: choose another name (for example “${this.freeName(name)}”).`,
      )
  }

  /** The names of the live scenarios (a name in the trash may be used again). */
  liveNames(): Set<string> {
    return new Set(
      this.workbook.db
        .all<{ name: string }>('SELECT name FROM scenarios WHERE deleted_at IS NULL')
        .map((r) => r.name),
    )
  }

  /** `name`, or `name (2)`, `name (3)`… whichever is not taken by a live scenario. */
  freeName(name: string): string {
    return freeNameAmong(name, this.liveNames())
  }

  /**
   * Scenarios, by last change then name; optionally those matching a text (in the name,
   * description or tags, ignoring case), carrying a tag, or in the trash; optionally one page.
   * Served from summaries kept in memory, so a long workbook lists in a few milliseconds.
   */
  list(
    options: {
      query?: string
      tag?: string
      trash?: boolean
      limit?: number
      offset?: number
    } = {},
  ): ScenarioSummary[] {
    const query = options.query?.toLocaleLowerCase()
    const matches = (s: ScenarioSummary) =>
      (options.trash ? s.deletedAt !== null : s.deletedAt === null) &&
      (!options.tag || s.tags.includes(options.tag)) &&
      (!query ||
        s.name.toLocaleLowerCase().includes(query) ||
        s.description.toLocaleLowerCase().includes(query) ||
        s.tags.some((t) => t.toLocaleLowerCase().includes(query)))
    const found = [...this.summaries().values()].filter(matches)
    found.sort((x, y) =>
      x.updatedAt === y.updatedAt
        ? x.name < y.name
          ? -1
          : x.name > y.name
            ? 1
            : 0
        : x.updatedAt < y.updatedAt
          ? 1
          : -1,
    )
    const offset = options.offset ?? 0
    return found.slice(offset, options.limit === undefined ? undefined : offset + options.limit)
  }

  private summaries(): Map<string, ScenarioSummary> {
    this.cache ??= new Map(
      this.workbook.db.rows(`SELECT ${SUMMARY_COLUMNS} FROM scenarios`).map((r) => {
        const s = summaryFromArray(r)
        return [s.id, s] as const
      }),
    )
    return this.cache
  }

  /** Re-read one scenario's summary after a change, keeping the in-memory list in step. */
  private fresh(id: string): ScenarioSummary {
    const s = summary(this.row(id))
    this.cache?.set(id, s)
    return s
  }

  /**
   * Run a change on the workbook; if it fails, the in-memory list is rebuilt from the database
   * (the transaction was rolled back).
   */
  change<T>(fn: () => T): T {
    try {
      return this.workbook.mutate(fn)
    } catch (error) {
      this.cache = null
      throw error
    }
  }

  get(
    id: string,
    version?: number,
  ): { summary: ScenarioSummary; version: number; scenario: Scenario } {
    const row = this.row(id)
    const wanted = version ?? row.current_version
    const stored = this.workbook.db.get<{ payload: string }>(
      'SELECT payload FROM versions WHERE scenario_id = ? AND version = ?',
      [id, wanted],
    )
    if (!stored)
      throw new ApiFailure('not_found', `Scenario “${row.name}” has no version ${wanted}.`)
    const scenario = validScenario(JSON.parse(stored.payload))
    const complete = expandScenario(scenario, getBaseline(scenario.baseline))
    return {
      summary: summary(row),
      version: wanted,
      scenario: { ...complete, name: row.name, description: row.description },
    }
  }

  /**
   * Write one version row, re-run by this model (the upgrade on opening writes through it too);
   * `record` when the caller computed it beforehand (an import, outside its transaction).
   */
  insertVersion(
    id: string,
    version: number,
    scenario: Scenario,
    author: string,
    note: string,
    record: VersionRecord = versionRecord(scenario),
  ): void {
    this.workbook.db.run(
      `INSERT INTO versions (scenario_id, version, created_at, author, note, schema_version, payload, model_version,
         baseline_id, baseline_vintage, indicators) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        version,
        this.now(),
        author,
        note,
        record.schemaVersion,
        record.payload,
        record.modelVersion,
        record.baselineId,
        record.baselineVintage,
        record.indicators,
      ],
    )
  }

  /** Insert a checked scenario; callers run it inside `workbook.mutate`. */
  insert(
    scenario: Scenario,
    author: string,
    options: { parentId?: string; note?: string } = {},
  ): ScenarioSummary {
    this.assertNameFree(scenario.name)
    const id = randomUUID()
    const now = this.now()
    this.workbook.db.run(
      `INSERT INTO scenarios (id, name, description, tags, parent_id, created_at, updated_at, current_version)
       VALUES (?, ?, ?, '[]', ?, ?, ?, 1)`,
      [id, scenario.name, scenario.description ?? '', options.parentId ?? null, now, now],
    )
    this.insertVersion(id, 1, scenario, author, options.note ?? '')
    return this.fresh(id)
  }

  /**
   * Insert many checked scenarios, with their version records computed beforehand, in a few
   * multi-row statements (thousands of single-row statements took seconds in sql.js); callers run
   * it inside `workbook.mutate` and give free names (the unique index refuses any other).
   */
  insertMany(
    items: ReadonlyArray<{ scenario: Scenario; record: VersionRecord }>,
    author: string,
    note: string,
  ): ScenarioSummary[] {
    const made = writeNewScenarios(this.workbook.db, items, author, note, this.now())
    for (const s of made) this.cache?.set(s.id, s)
    return made
  }

  create(
    raw: unknown,
    author: string,
    options: { parentId?: string; note?: string } = {},
  ): ScenarioSummary {
    const scenario = validScenario(raw)
    return this.change(() => this.insert(scenario, author, options))
  }

  /** Save new inputs as the next version; saving identical inputs makes no new version. */
  save(
    id: string,
    raw: unknown,
    author: string,
    note = '',
  ): { summary: ScenarioSummary; version: number } {
    const scenario = validScenario(raw)
    const current = this.get(id)
    if (
      diffScenarios(current.scenario, {
        ...expandScenario(scenario, getBaseline(scenario.baseline)),
        name: current.summary.name,
        description: current.summary.description,
      }).length === 0
    ) {
      return { summary: current.summary, version: current.version }
    }
    return this.change(() => {
      const version = current.version + 1
      this.insertVersion(
        id,
        version,
        { ...scenario, name: current.summary.name, description: current.summary.description },
        author,
        note,
      )
      this.workbook.db.run(
        'UPDATE scenarios SET current_version = ?, updated_at = ? WHERE id = ?',
        [version, this.now(), id],
      )
      return { summary: this.fresh(id), version }
    })
  }

  rename(id: string, name: string): ScenarioSummary {
    return this.change(() => {
      this.row(id)
      this.assertNameFree(name, id)
      this.workbook.db.run('UPDATE scenarios SET name = ?, updated_at = ? WHERE id = ?', [
        name,
        this.now(),
        id,
      ])
      return this.fresh(id)
    })
  }

  describe(id: string, description: string): ScenarioSummary {
    return this.change(() => {
      this.row(id)
      this.workbook.db.run('UPDATE scenarios SET description = ?, updated_at = ? WHERE id = ?', [
        description,
        this.now(),
        id,
      ])
      return this.fresh(id)
    })
  }

  setTags(id: string, tags: string[]): ScenarioSummary {
    const clean = [...new Set(tags.map((t) => t.trim()).filter(Boolean))].sort()
    return this.change(() => {
      this.row(id)
      this.workbook.db.run('UPDATE scenarios SET tags = ?, updated_at = ? WHERE id = ?', [
        JSON.stringify(clean),
        this.now(),
        id,
      ])
      return this.fresh(id)
    })
  }

  /** A branch: a new scenario starting from this one's current inputs, remembering its parent. */
  duplicate(id: string, author: string, name?: string): ScenarioSummary {
    const source = this.get(id)
    const copyName = name ?? this.freeName(`${source.summary.name} (copie)`)
    return this.create({ ...source.scenario, name: copyName }, author, {
      parentId: id,
      note: `Copy of “${source.summary.name}” v${source.version}`,
    })
  }

  delete(id: string): ScenarioSummary {
    return this.change(() => {
      this.row(id)
      this.workbook.db.run(
        'UPDATE scenarios SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
        [this.now(), this.now(), id],
      )
      return this.fresh(id)
    })
  }

  restore(id: string): ScenarioSummary {
    return this.change(() => {
      const row = this.row(id)
      this.assertNameFree(row.name, id)
      this.workbook.db.run('UPDATE scenarios SET deleted_at = NULL, updated_at = ? WHERE id = ?', [
        this.now(),
        id,
      ])
      return this.fresh(id)
    })
  }

  /** Delete the trashed scenarios for good, and take them out of the comparisons naming them. */
  emptyTrash(): number {
    return this.change(() => {
      const gone = this.workbook.db
        .all<{ id: string }>('SELECT id FROM scenarios WHERE deleted_at IS NOT NULL')
        .map((r) => r.id)
      const removed = this.workbook.db.run('DELETE FROM scenarios WHERE deleted_at IS NOT NULL')
      pruneComparisons(this.workbook.db, gone, this.now())
      this.cache = null
      return removed
    })
  }

  versions(id: string): VersionInfo[] {
    this.row(id)
    return versionList(this.workbook.db, id)
  }

  /** Bring back an old version as a new one: history is never rewritten. */
  restoreVersion(
    id: string,
    version: number,
    author: string,
  ): { summary: ScenarioSummary; version: number } {
    const old = this.get(id, version)
    const current = this.get(id)
    return this.change(() => {
      const next = current.version + 1
      this.insertVersion(id, next, old.scenario, author, `Restored from version ${version}`)
      this.workbook.db.run(
        'UPDATE scenarios SET current_version = ?, updated_at = ? WHERE id = ?',
        [next, this.now(), id],
      )
      return { summary: this.fresh(id), version: next }
    })
  }

  diff(a: { id: string; version?: number }, b: { id: string; version?: number }): ScenarioChange[] {
    const before = this.get(a.id, a.version).scenario
    const after = this.get(b.id, b.version).scenario
    return diffScenarios(before, after, getBaseline(after.baseline))
  }
}

import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SCENARIO_SCHEMA_VERSION } from '@shared/model/scenario/scenario-schema'
import { MODEL_VERSION } from '@shared/model/engine/version'
import { WorkbookSession } from '../../../electron/services/workbook-session'
import { whatChanged } from '../../../electron/storage/workbook-exchange'
import { UPGRADE_AUTHOR } from '../../../electron/storage/workbook-upgrade'
import { useTempDirs } from '../../helpers/temp-dir'
import { bytesOf, sqlite3 } from '../../helpers/workbooks'

/** A workbook saved by Levier with model 1.0.0 and scenario format 1 (two scenarios). */
const FIXTURE = join(import.meta.dirname, '../../fixtures/workbooks/v10.levier')

const tempDir = useTempDirs()
const sessions: WorkbookSession[] = []
afterEach(() => {
  for (const s of sessions.splice(0)) s.close()
})

function copyOfFixture(): string {
  const path = join(tempDir(), 'model-1.levier')
  copyFileSync(FIXTURE, path)
  return path
}

async function openInSession(path: string, readOnly = false) {
  const session = new WorkbookSession(tempDir())
  sessions.push(session)
  await session.openWorkbook(path, readOnly)
  return { session, ...(await session.current()) }
}

const rowsOf = (path: string, sql: string) =>
  sqlite3(path, sql)
    .split('\n')
    .filter((l) => l.length > 0)

/** Each scenario's current version: id|version|schema|model|author|baseline. */
const CURRENT = `SELECT s.id, v.version, v.schema_version, v.model_version, v.author, v.baseline_id
  FROM scenarios s JOIN versions v ON v.scenario_id = s.id AND v.version = s.current_version ORDER BY s.id`

describe('a workbook saved with model 1', () => {
  it('opens with its scenarios upgraded, re-run and stored as a new version that sqlite3 reads', async () => {
    const path = copyOfFixture()
    const before = rowsOf(FIXTURE, CURRENT).map((r) => r.split('|'))
    expect(before.every((r) => r[2] === '1' && r[3] === '1.0.0')).toBe(true)
    const versionsBefore = Number(sqlite3(FIXTURE, 'SELECT count(*) FROM versions'))
    await openInSession(path)

    const after = rowsOf(path, CURRENT).map((r) => r.split('|'))
    expect(after).toHaveLength(before.length)
    after.forEach((row, i) => {
      const old = before[i] as string[]
      expect(row[0]).toBe(old[0])
      expect(Number(row[1])).toBe(Number(old[1]) + 1)
      expect(row[2]).toBe(String(SCENARIO_SCHEMA_VERSION))
      expect(row[3]).toBe(MODEL_VERSION)
      expect(row[4]).toBe(UPGRADE_AUTHOR)
      // The baseline stays the one it was saved with: nothing switches it.
      expect(row[5]).toBe(old[5])
    })
    expect(Number(sqlite3(path, 'SELECT count(*) FROM versions'))).toBe(
      versionsBefore + before.length,
    )
    // The upgraded documents: the DST threshold as the law stood, at-source collection gone.
    const upgraded = `FROM scenarios s JOIN versions v ON v.scenario_id = s.id AND v.version = s.current_version`
    expect(rowsOf(path, `SELECT json_extract(v.payload, '$.schemaVersion') ${upgraded}`)).toEqual(
      before.map(() => String(SCENARIO_SCHEMA_VERSION)),
    )
    expect(
      rowsOf(path, `SELECT json_extract(v.payload, '$.levers.dst.worldwideThreshold') ${upgraded}`),
    ).toEqual(before.map(() => '750m'))
    expect(
      sqlite3(
        path,
        `SELECT count(*) ${upgraded} WHERE json_extract(v.payload, '$.levers.platformContribution.atSourceCollection') IS NOT NULL`,
      ),
    ).toBe('0')
    // Model-2 figures stored with the new version; the model-1 ones kept with the old.
    expect(
      rowsOf(path, `SELECT json_type(v.indicators, '$.robss_balance_final') ${upgraded}`),
    ).toEqual(before.map(() => 'real'))
    expect(sqlite3(path, 'SELECT payload, indicators FROM versions WHERE schema_version = 1')).toBe(
      sqlite3(FIXTURE, 'SELECT payload, indicators FROM versions WHERE schema_version = 1'),
    )
    expect(rowsOf(path, "SELECT key FROM meta WHERE key LIKE 'upgrade:%'")).toHaveLength(
      before.length,
    )
  })

  it('says what moved and why: model 1 → 2, format 1 → 2, the baseline kept, figures before and after', async () => {
    const path = copyOfFixture()
    const saved = new Map(
      rowsOf(
        FIXTURE,
        `SELECT s.id, v.indicators FROM scenarios s JOIN versions v ON v.scenario_id = s.id AND v.version = s.current_version`,
      ).map((r) => {
        const [id, json] = [r.slice(0, r.indexOf('|')), r.slice(r.indexOf('|') + 1)]
        return [id, JSON.parse(json) as Record<string, number>] as const
      }),
    )
    const { workbook, store } = await openInSession(path)
    const report = whatChanged(workbook, store)
    expect(report.modelVersion).toBe(MODEL_VERSION)
    expect(report.unreadable).toEqual([])
    expect(report.entries).toHaveLength(saved.size)
    for (const entry of report.entries) {
      const old = saved.get(entry.id) as Record<string, number>
      expect(entry.cause).toMatch(/^model/)
      expect(entry.computedWith.modelVersion).toBe('1.0.0')
      expect(entry.baseline.id).toBe(entry.computedWith.baselineId)
      expect(entry.upgrade).toMatchObject({
        fromSchema: 1,
        toSchema: SCENARIO_SCHEMA_VERSION,
        fromModel: '1.0.0',
        toModel: MODEL_VERSION,
        toVersion: entry.version,
      })
      // Retired model-1 figures come with the value saved then.
      expect(entry.retired).toContainEqual({ indicator: 'gap_final', before: old.gap_final })
      // New headlines come with their value now; ids kept across models are set side by side.
      expect(entry.added.map((a) => a.indicator)).toContain('robss_balance_final')
      for (const m of entry.moves) expect(m.before).toBe(old[m.indicator])
      // Every saved figure is accounted for: moved, retired, or computed again unchanged.
      for (const a of entry.added) expect(a.indicator in old).toBe(false)
      for (const r of entry.retired) expect(r.indicator in old).toBe(true)
    }
  })

  it('is upgraded once: reopening writes nothing more and reports the same upgrade', async () => {
    const path = copyOfFixture()
    const first = await openInSession(path)
    const report = whatChanged(first.workbook, first.store)
    first.session.close()
    const versions = sqlite3(path, 'SELECT count(*) FROM versions')
    const second = await openInSession(path)
    expect(sqlite3(path, 'SELECT count(*) FROM versions')).toBe(versions)
    expect(whatChanged(second.workbook, second.store).entries.map((e) => e.upgrade)).toEqual(
      report.entries.map((e) => e.upgrade),
    )
  })

  it('opened read-only, is read upgraded but not written to', async () => {
    const path = copyOfFixture()
    const bytes = bytesOf(path)
    const { workbook, store } = await openInSession(path, true)
    for (const s of store.list())
      expect(store.get(s.id).scenario.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION)
    expect(whatChanged(workbook, store).entries.every((e) => e.upgrade === null)).toBe(true)
    expect(bytesOf(path).equals(bytes)).toBe(true)
  })

  it('leaves a scenario it cannot read exactly as it was, upgrades the others, and lists it', async () => {
    const path = copyOfFixture()
    const [broken] = rowsOf(path, 'SELECT id FROM scenarios ORDER BY id') as [string]
    sqlite3(
      path,
      `UPDATE versions SET payload = json_set(payload, '$.levers.dst.rate', 'six') WHERE scenario_id = '${broken}'`,
    )
    const brokenRows = sqlite3(path, `SELECT * FROM versions WHERE scenario_id = '${broken}'`)
    const { workbook, store } = await openInSession(path)
    expect(sqlite3(path, `SELECT * FROM versions WHERE scenario_id = '${broken}'`)).toBe(brokenRows)
    expect(
      rowsOf(
        path,
        `SELECT v.schema_version FROM scenarios s JOIN versions v ON v.scenario_id = s.id AND v.version = s.current_version WHERE s.id <> '${broken}'`,
      ).every((v) => v === String(SCENARIO_SCHEMA_VERSION)),
    ).toBe(true)
    const report = whatChanged(workbook, store)
    expect(report.unreadable.map((u) => u.id)).toEqual([broken])
    expect(report.unreadable[0]?.error).toMatch(/rate/)
    expect(report.entries.some((e) => e.id === broken)).toBe(false)
  })
})

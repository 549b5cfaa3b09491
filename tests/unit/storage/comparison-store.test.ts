import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { COMPARISON_SETTINGS_MAX_BYTES } from '@shared/api/comparison-schema'
import { SCENARIO_SCHEMA_VERSION } from '@shared/model/scenario/scenario-schema'
import { ComparisonStore } from '../../../electron/storage/comparison-store'
import { journalPath } from '../../../electron/storage/journal'
import { ScenarioStore } from '../../../electron/storage/scenario-store'
import { Workbook } from '../../../electron/storage/workbook'
import { useTempDirs } from '../../helpers/temp-dir'
import {
  bytesOf,
  newWorkbook,
  scenarioNamed,
  sqlite3,
  useOpenWorkbooks,
} from '../../helpers/workbooks'

const tempDir = useTempDirs()
const open = useOpenWorkbooks()
afterEach(() => vi.unstubAllEnvs())

/** A workbook with scenarios A, B, C and D, and a clock that moves one second per reading. */
async function fresh() {
  const made = await newWorkbook(tempDir())
  open.push(made.workbook)
  let tick = Date.parse('2026-01-01T00:00:00Z')
  const clock = () => new Date((tick += 1000))
  made.store.setClock(clock)
  const comparisons = new ComparisonStore(made.workbook)
  comparisons.setClock(clock)
  const [a, b, c, d] = ['A', 'B', 'C', 'D'].map(
    (n) => made.store.create(scenarioNamed(n), 'ana').id,
  )
  return { ...made, comparisons, ids: [a, b, c, d] as [string, string, string, string] }
}

const draft = (name: string, scenarioIds: string[], extra: Record<string, unknown> = {}) => ({
  name,
  reference: { kind: 'preset', preset: 'no-lever' },
  scenarioIds,
  settings: {},
  ...extra,
})

function failure(action: () => unknown): { code: string; message: string } {
  try {
    action()
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message }
  }
  throw new Error('expected a refusal')
}

describe('named comparisons', () => {
  it('are created, replaced with a later updatedAt, listed newest first and read back', async () => {
    const { comparisons, ids } = await fresh()
    const [a, b, c] = ids
    const first = comparisons.save(
      draft('  Taxes numériques ', [a, b], { settings: { year: 2035 } }),
    )
    expect(first.name).toBe('Taxes numériques')
    expect(first.createdAt).toBe(first.updatedAt)
    const second = comparisons.save(
      draft('Contre la loi', [c, a], { reference: { kind: 'scenario', id: b } }),
    )
    expect(comparisons.list().map((x) => x.name)).toEqual(['Contre la loi', 'Taxes numériques'])

    const { createdAt: _c, updatedAt: _u, ...asDraft } = first
    const updated = comparisons.save({
      ...asDraft,
      scenarioIds: [b, c, a],
      settings: { year: 2040, measure: { kind: 'indicator', id: 'gap_final' } },
    })
    expect(updated.id).toBe(first.id)
    expect(updated.createdAt).toBe(first.createdAt)
    expect(updated.updatedAt > first.updatedAt).toBe(true)
    expect(comparisons.get(first.id)).toEqual(updated)
    expect(updated.scenarioIds).toEqual([b, c, a])
    expect(updated.settings).toEqual({
      year: 2040,
      measure: { kind: 'indicator', id: 'gap_final' },
    })
    expect(comparisons.list().map((x) => x.id)).toEqual([first.id, second.id])
    expect(comparisons.get(second.id).reference).toEqual({ kind: 'scenario', id: b })
  })

  it('move updatedAt forward even when saved twice within the same millisecond', async () => {
    const { comparisons, ids } = await fresh()
    comparisons.setClock(() => new Date('2026-03-01T00:00:00Z'))
    const first = comparisons.save(draft('X', [ids[0], ids[1]]))
    const again = comparisons.save({ ...draft('X', [ids[0], ids[1]]), id: first.id })
    expect(again.updatedAt > first.updatedAt).toBe(true)
  })

  it('refuse a name another comparison has, suggesting a free one, but keep their own', async () => {
    const { workbook, comparisons, ids } = await fresh()
    const [a, b] = ids
    const kept = comparisons.save(draft('Base', [a, b]))
    const other = comparisons.save(draft('Autre', [a, b]))
    const before = bytesOf(workbook.path)
    const clash = failure(() => comparisons.save(draft('Base', [b, a])))
    expect(clash.code).toBe('conflict')
    expect(clash.message).toMatch(/comparison named “Base” already exists.*“Base \(2\)”/)
    expect(failure(() => comparisons.save(draft('Base', [a, b], { id: other.id }))).code).toBe(
      'conflict',
    )
    expect(bytesOf(workbook.path).equals(before)).toBe(true)
    expect(comparisons.save(draft('Base', [b, a], { id: kept.id })).scenarioIds).toEqual([b, a])
    expect(comparisons.get(other.id).name).toBe('Autre')
    // A scenario may share a comparison's name: they are different things.
    expect(comparisons.save(draft('A', [a, b])).name).toBe('A')
  })

  it('refuse repeated, unknown and too many scenarios, a missing reference and oversized or non-JSON settings, writing nothing', async () => {
    const { workbook, store, comparisons, ids } = await fresh()
    const [a, b, c, d] = ids
    comparisons.save(draft('Existante', [a, b]))
    store.delete(d)
    const before = bytesOf(workbook.path)
    const big = 'x'.repeat(COMPARISON_SETTINGS_MAX_BYTES)
    const cases: Array<[unknown, string, RegExp]> = [
      [
        draft('R', [a, b, a]),
        'invalid_input',
        new RegExp(`scenario ${a} is listed more than once`),
      ],
      [draft('M', [a, 'nope-1', 'nope-2']), 'invalid_input', /no scenario nope-1, nope-2 in/],
      [
        draft('F', [a, b], { reference: { kind: 'scenario', id: 'gone' } }),
        'invalid_input',
        /reference: no scenario gone/,
      ],
      [draft('S', [a, b], { settings: { note: big } }), 'invalid_input', /settings: \d+ bytes/],
      [draft('N', [a, b], { settings: { y: Number.NaN } }), 'invalid_input', /settings\.y: only/],
      [draft('D', [a, b], { settings: { at: new Date() } }), 'invalid_input', /settings\.at/],
      [draft('Un', [a]), 'invalid_input', /scenarioIds/],
      [draft('Sept', [a, b, c, d, a, b, c]), 'invalid_input', /scenarioIds/],
      [
        draft('P', [a, b], { reference: { kind: 'preset', preset: 'dst-6' } }),
        'invalid_input',
        /reference/,
      ],
      [draft('', [a, b]), 'invalid_input', /name: must not be empty/],
      [draft('Z', [a, b], { id: 'unknown' }), 'not_found', /No comparison unknown/],
    ]
    for (const [input, code, message] of cases) {
      const refused = failure(() => comparisons.save(input))
      expect(refused.code, JSON.stringify(input).slice(0, 80)).toBe(code)
      expect(refused.message).toMatch(message)
    }
    expect(comparisons.list().map((x) => x.name)).toEqual(['Existante'])
    expect(bytesOf(workbook.path).equals(before)).toBe(true)
    // A scenario in the trash can still be compared: it may come back.
    expect(comparisons.save(draft('Avec la corbeille', [d, a])).scenarioIds).toEqual([d, a])
  })

  it('are deleted, leaving their scenarios', async () => {
    const { store, comparisons, ids } = await fresh()
    const made = comparisons.save(draft('X', [ids[0], ids[1]]))
    comparisons.delete(made.id)
    expect(comparisons.list()).toEqual([])
    expect(failure(() => comparisons.get(made.id)).code).toBe('not_found')
    expect(failure(() => comparisons.delete(made.id)).code).toBe('not_found')
    expect(store.list()).toHaveLength(4)
  })

  it('read a model-1 "no-lever" reference as current law, saved or already stored', async () => {
    const { workbook, comparisons, ids, path } = await fresh()
    const saved = comparisons.save(draft('Ancienne', [ids[0], ids[1]]))
    expect(saved.reference).toEqual({ kind: 'preset', preset: 'current-law' })
    // As a workbook written under model 1 holds it.
    workbook.close()
    open.splice(open.indexOf(workbook), 1)
    sqlite3(
      path,
      `UPDATE comparisons SET reference = '{"kind":"preset","preset":"no-lever"}' WHERE id = '${saved.id}'`,
    )
    const reopened = await Workbook.open(path)
    open.push(reopened)
    const read = new ComparisonStore(reopened).get(saved.id)
    expect(read.reference).toEqual({ kind: 'preset', preset: 'current-law' })
    expect(new ComparisonStore(reopened).list().map((c) => c.reference)).toEqual([
      { kind: 'preset', preset: 'current-law' },
    ])
  })

  it('survive closing and reopening, in a file the sqlite3 client finds sound', async () => {
    const { workbook, comparisons, ids, path } = await fresh()
    const saved = comparisons.save(
      draft('Persistante', [ids[2], ids[0], ids[1]], { settings: { tab: 'attribution' } }),
    )
    comparisons.save(draft('Deuxième', [ids[0], ids[3]]))
    workbook.close()
    open.splice(open.indexOf(workbook), 1)
    expect(sqlite3(path, 'PRAGMA integrity_check')).toBe('ok')
    expect(sqlite3(path, 'SELECT count(*) FROM comparisons')).toBe('2')
    expect(sqlite3(path, 'PRAGMA user_version')).toBe('11')
    expect(
      sqlite3(
        path,
        "SELECT json_extract(scenario_ids, '$[0]') FROM comparisons WHERE name = 'Persistante'",
      ),
    ).toBe(ids[2])
    const reopened = await Workbook.open(path)
    open.push(reopened)
    expect(new ComparisonStore(reopened).get(saved.id)).toEqual(saved)
  })

  it('go through the change journal of large workbooks, replayed after a crash', async () => {
    vi.stubEnv('LEVIER_JOURNAL_ABOVE_BYTES', '0')
    const { comparisons, ids, path } = await fresh()
    const saved = comparisons.save(draft('Journal', [ids[0], ids[1]]))
    const gone = comparisons.save(draft('Supprimée', [ids[0], ids[1]]))
    comparisons.delete(gone.id)
    expect(existsSync(journalPath(path))).toBe(true)
    // What a crash leaves: the file as of the last checkpoint, and the journal.
    const copy = join(tempDir(), 'crashed.levier')
    copyFileSync(path, copy)
    copyFileSync(journalPath(path), journalPath(copy))
    expect(sqlite3(copy, 'SELECT count(*) FROM comparisons')).toBe('0')
    const reopened = await Workbook.open(copy)
    open.push(reopened)
    expect(new ComparisonStore(reopened).list()).toEqual([saved])
  })

  it('keep trashed scenarios; emptying the trash drops them, deleting comparisons left with fewer than two or without their reference', async () => {
    const { store, comparisons, ids } = await fresh()
    const [a, b, c, d] = ids
    const three = comparisons.save(draft('Trois', [a, b, c]))
    const two = comparisons.save(draft('Deux', [a, b]))
    const onReference = comparisons.save(
      draft('Référence', [a, c], { reference: { kind: 'scenario', id: d } }),
    )
    const untouched = comparisons.save(draft('Intacte', [a, c]))
    store.delete(b)
    store.delete(d)
    expect(comparisons.list()).toHaveLength(4)
    expect(comparisons.get(three.id).scenarioIds).toEqual([a, b, c])
    expect(store.emptyTrash()).toBe(2)
    expect(comparisons.get(three.id).scenarioIds).toEqual([a, c])
    expect(comparisons.get(three.id).updatedAt > three.updatedAt).toBe(true)
    expect(failure(() => comparisons.get(two.id)).code).toBe('not_found')
    expect(failure(() => comparisons.get(onReference.id)).code).toBe('not_found')
    expect(comparisons.get(untouched.id)).toEqual(untouched)
  })

  it('are read but never written in a read-only workbook', async () => {
    const { workbook, comparisons, ids, path } = await fresh()
    const saved = comparisons.save(draft('Lecture', [ids[0], ids[1]]))
    workbook.close()
    open.splice(open.indexOf(workbook), 1)
    const before = bytesOf(path)
    const readOnly = await Workbook.open(path, { readOnly: true })
    open.push(readOnly)
    const store = new ComparisonStore(readOnly)
    expect(store.list()).toEqual([saved])
    expect(failure(() => store.save(draft('Nouvelle', [ids[0], ids[1]]))).code).toBe('read_only')
    expect(
      failure(() => store.save({ ...draft('Lecture', [ids[1], ids[0]]), id: saved.id })).code,
    ).toBe('read_only')
    expect(failure(() => store.delete(saved.id)).code).toBe('read_only')
    expect(bytesOf(path).equals(before)).toBe(true)
  })
})

describe('a format-10 workbook', () => {
  const FIXTURE = join(import.meta.dirname, '../../fixtures/workbooks/v10.levier')
  const fixtureScenarios = () =>
    sqlite3(FIXTURE, 'SELECT id, name, deleted_at, current_version FROM scenarios ORDER BY id')

  it('migrates to format 11 keeping its scenarios, and then holds comparisons', async () => {
    const fixtureBytes = bytesOf(FIXTURE)
    expect(sqlite3(FIXTURE, 'PRAGMA user_version')).toBe('10')
    const copy = join(tempDir(), 'v10.levier')
    copyFileSync(FIXTURE, copy)
    const workbook = await Workbook.open(copy)
    open.push(workbook)
    expect(sqlite3(copy, 'PRAGMA user_version')).toBe('11')
    expect(sqlite3(copy, 'PRAGMA integrity_check')).toBe('ok')
    expect(
      sqlite3(copy, 'SELECT id, name, deleted_at, current_version FROM scenarios ORDER BY id'),
    ).toBe(fixtureScenarios())
    expect(sqlite3(copy, 'SELECT count(*) FROM versions')).toBe(
      sqlite3(FIXTURE, 'SELECT count(*) FROM versions'),
    )
    const store = new ScenarioStore(workbook)
    // Read in the current format (upgraded as read; the file itself is upgraded by the session).
    for (const s of store.list())
      expect(store.get(s.id).scenario.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION)
    const comparisons = new ComparisonStore(workbook)
    expect(comparisons.list()).toEqual([])
    const ids = store.list().map((s) => s.id)
    expect(ids.length).toBeGreaterThanOrEqual(2)
    const made = comparisons.save(draft('Format 10', ids.slice(0, 2)))
    expect(sqlite3(copy, 'SELECT name FROM comparisons')).toBe(made.name)
    // The stored fixture itself is left as it was, for the next migration's test.
    expect(bytesOf(FIXTURE).equals(fixtureBytes)).toBe(true)
  })

  it('opened read-only, is upgraded in memory only: no comparisons, the file untouched', async () => {
    const copy = join(tempDir(), 'v10.levier')
    copyFileSync(FIXTURE, copy)
    const before = bytesOf(copy)
    const workbook = await Workbook.open(copy, { readOnly: true })
    open.push(workbook)
    expect(new ComparisonStore(workbook).list()).toEqual([])
    expect(new ScenarioStore(workbook).list().length).toBeGreaterThan(0)
    expect(bytesOf(copy).equals(before)).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import {
  exportScenarios,
  importScenarios,
  whatChanged,
} from '../../../electron/storage/workbook-exchange'
import { newWorkbook, scenarioNamed, useOpenWorkbooks } from '../../helpers/workbooks'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const open = useOpenWorkbooks()

async function fresh() {
  const made = await newWorkbook(tempDir())
  open.push(made.workbook)
  let tick = Date.parse('2026-01-01T00:00:00Z')
  made.store.setClock(() => new Date((tick += 1000)))
  return made
}

describe('scenarios', () => {
  it('are created, renamed, described, tagged, listed by last change and searched', async () => {
    const { store } = await fresh()
    const a = store.create(scenarioNamed('TSN 6 %'), 'ana')
    const b = store.create(scenarioNamed('Données', 'data-levy-colin-collin'), 'ana')
    store.setTags(a.id, ['numérique', 'TSN', 'TSN', ' '])
    store.describe(b.id, 'Taxe sur le suivi des internautes')
    store.rename(a.id, 'TSN à 6 %')
    expect(store.list().map((s) => s.name)).toEqual(['TSN à 6 %', 'Données'])
    expect(store.list({ limit: 1 }).map((s) => s.name)).toEqual(['TSN à 6 %'])
    expect(store.list({ limit: 1, offset: 1 }).map((s) => s.name)).toEqual(['Données'])
    expect(store.list({ query: 'internautes' }).map((s) => s.name)).toEqual(['Données'])
    expect(store.list({ query: '6 %' }).map((s) => s.name)).toEqual(['TSN à 6 %'])
    expect(store.list({ query: '%' })).toHaveLength(1)
    expect(store.list({ tag: 'TSN' }).map((s) => s.tags)).toEqual([['TSN', 'numérique']])
    expect(store.get(a.id).scenario.name).toBe('TSN à 6 %')
  })

  it('search ignoring case, accents included, and keep the list in step with failed changes', async () => {
    const { workbook, store } = await fresh()
    const a = store.create(scenarioNamed('Écologie'), 'ana')
    expect(store.list({ query: 'écol' }).map((s) => s.id)).toEqual([a.id])
    expect(store.list({ query: 'ÉCOL' }).map((s) => s.id)).toEqual([a.id])
    // A change that fails part-way is rolled back: the list must not show its first half.
    expect(() =>
      store.change(() => {
        store.insert(scenarioNamed('Moitié'), 'ana')
        throw new Error('disk unplugged')
      }),
    ).toThrow('disk unplugged')
    expect(store.list().map((s) => s.name)).toEqual(['Écologie'])
    expect(workbook.db.get<{ n: number }>('SELECT count(*) AS n FROM scenarios')?.n).toBe(1)
  })

  it('refuse a name already in use, suggesting a free one', async () => {
    const { store } = await fresh()
    store.create(scenarioNamed('Base'), 'ana')
    expect(() => store.create(scenarioNamed('Base'), 'ana')).toThrow(/already exists.*Base \(2\)/)
    const other = store.create(scenarioNamed('Autre'), 'ana')
    expect(() => store.rename(other.id, 'Base')).toThrow(/already exists/)
  })

  it('keep every save as a version, skip saves that change nothing, and restore as a new version', async () => {
    const { store } = await fresh()
    const { id } = store.create(scenarioNamed('TSN'), 'ana', { note: 'first' })
    const edited = scenarioNamed('TSN')
    edited.levers.dst.rate = 0.08
    edited.assumptions['dst.rate_elasticity'] = 0.3
    expect(store.save(id, edited, 'ben', 'rate to 8 %').version).toBe(2)
    expect(store.save(id, edited, 'ben', 'same again').version).toBe(2)
    const versions = store.versions(id)
    expect(versions.map((v) => [v.version, v.author, v.note])).toEqual([
      [2, 'ben', 'rate to 8 %'],
      [1, 'ana', 'first'],
    ])
    expect(versions[0]?.indicators.robss_balance_final).toEqual(expect.any(Number))
    const restored = store.restoreVersion(id, 1, 'ana')
    expect(restored.version).toBe(3)
    expect(store.get(id).scenario.levers.dst.rate).toBe(0.06)
    expect(store.versions(id)).toHaveLength(3)
    expect(store.get(id, 2).scenario.levers.dst.rate).toBe(0.08)
  })

  it('diff two versions lever by lever, with units, and nothing else', async () => {
    const { store } = await fresh()
    const { id } = store.create(scenarioNamed('TSN'), 'ana')
    const edited = scenarioNamed('TSN')
    edited.levers.dst.rate = 0.08
    edited.levers.earmarking.dst = 0.5
    edited.assumptions['dst.rate_elasticity'] = 0.3
    store.save(id, edited, 'ana')
    expect(store.diff({ id, version: 1 }, { id, version: 2 })).toEqual([
      { path: 'levers.dst.rate', group: 'levers', unit: 'share', before: 0.06, after: 0.08 },
      { path: 'levers.earmarking.dst', group: 'earmarking', unit: 'share', before: 1, after: 0.5 },
      {
        path: 'assumptions.dst.rate_elasticity',
        group: 'assumptions',
        unit: 'elasticity',
        before: { dist: 'triangular', min: 0, mode: 0.1, max: 0.5 },
        after: 0.3,
      },
    ])
    expect(store.diff({ id }, { id })).toEqual([])
  })

  it('branch with a link to the parent', async () => {
    const { store } = await fresh()
    const parent = store.create(scenarioNamed('Base'), 'ana')
    const child = store.duplicate(parent.id, 'ana')
    expect(child.parentId).toBe(parent.id)
    expect(child.name).toBe('Base (copie)')
    expect(
      store.diff({ id: parent.id }, { id: child.id }).filter((c) => c.path !== 'name'),
    ).toEqual([])
    expect(store.duplicate(parent.id, 'ana').name).toBe('Base (copie) (2)')
  })

  it('go to a trash that can be restored or emptied', async () => {
    const { store } = await fresh()
    const a = store.create(scenarioNamed('A'), 'ana')
    store.create(scenarioNamed('B'), 'ana')
    store.delete(a.id)
    expect(store.list().map((s) => s.name)).toEqual(['B'])
    expect(store.list({ trash: true }).map((s) => s.name)).toEqual(['A'])
    store.create(scenarioNamed('A'), 'ana')
    expect(() => store.restore(a.id)).toThrow(/already exists/)
    const c = store.list().find((s) => s.name === 'A')
    if (!c) throw new Error('missing')
    store.rename(c.id, 'A bis')
    store.restore(a.id)
    expect(
      store
        .list()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['A', 'A bis', 'B'])
    store.delete(a.id)
    expect(store.emptyTrash()).toBe(1)
    expect(store.list({ trash: true })).toEqual([])
    expect(() => store.get(a.id)).toThrow(/No scenario/)
  })
})

describe('import and export', () => {
  it('round-trip scenarios as complete documents', async () => {
    const { workbook, store } = await fresh()
    const a = store.create(scenarioNamed('TSN'), 'ana')
    const [document] = exportScenarios(store, [a.id])
    expect(document).toEqual(scenarioNamed('TSN'))
    const second = await newWorkbook(tempDir(), 'other.levier')
    open.push(second.workbook)
    importScenarios(second.workbook, second.store, [document], 'ben', 'refuse')
    expect(second.store.get(second.store.list()[0]?.id as string).scenario).toEqual(document)
    expect(workbook.path).not.toBe(second.workbook.path)
  })

  it('import all or nothing, listing every problem by document and field', async () => {
    const { workbook, store } = await fresh()
    const bad = scenarioNamed('Mauvais') as Record<string, unknown>
    ;(bad.levers as { dst: { rate: number } }).dst.rate = 4
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "schemaVersion": 1}`)
    expect(() =>
      importScenarios(
        workbook,
        store,
        [scenarioNamed('Bon'), bad, hostile, 'text', { ...scenarioNamed('x'.repeat(100_000)) }],
        'ana',
        'rename',
      ),
    ).toThrow(
      /Nothing was imported[^]*scenario 2: levers\.dst\.rate: must be between 0 and 0\.5 \(got 4\)[^]*scenario 3[^]*scenario 4[^]*scenario 5: name/,
    )
    expect(store.list()).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuse a 100 MB string in a few words, importing nothing', async () => {
    const { workbook, store } = await fresh()
    const huge = { ...scenarioNamed('x'), description: 'é'.repeat(100 * 1024 * 1024) }
    let message = ''
    try {
      importScenarios(workbook, store, [huge], 'ana', 'rename')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('scenario 1: description: Too big')
    expect(message.length).toBeLessThan(500)
    expect(store.list()).toEqual([])
  })

  it('refuse names in use unless asked to rename, and never overwrite', async () => {
    const { workbook, store } = await fresh()
    const existing = store.create(scenarioNamed('TSN'), 'ana')
    expect(() =>
      importScenarios(workbook, store, [scenarioNamed('TSN', 'current-law')], 'ana', 'refuse'),
    ).toThrow(/already in use: “TSN”/)
    const imported = importScenarios(
      workbook,
      store,
      [scenarioNamed('TSN', 'current-law'), scenarioNamed('TSN', 'current-law')],
      'ana',
      'rename',
    )
    expect(imported.map((s) => s.name)).toEqual(['TSN (2)', 'TSN (3)'])
    expect(store.get(existing.id).scenario.levers.dst.enabled).toBe(true)
  })
})

describe('what changed after a model or data update', () => {
  it('reports nothing when figures were computed by this model and baseline', async () => {
    const { workbook, store } = await fresh()
    store.create(scenarioNamed('TSN'), 'ana')
    expect(whatChanged(workbook, store).entries).toEqual([])
  })

  it('names the scenarios whose headline figures moved, by how much, and why', async () => {
    const { workbook, store } = await fresh()
    const a = store.create(scenarioNamed('TSN'), 'ana')
    store.create(scenarioNamed('Autre', 'current-law'), 'ana')
    // As if version 1 had been computed by an older model with other results.
    workbook.db.run(
      "UPDATE versions SET model_version = '0.9.0', indicators = json_set(indicators, '$.robss_balance_final', 1.5) WHERE scenario_id = ?",
      [a.id],
    )
    workbook.db.run("UPDATE versions SET baseline_vintage = '2024-06' WHERE scenario_id <> ?", [
      a.id,
    ])
    const report = whatChanged(workbook, store)
    const tsn = report.entries.find((e) => e.name === 'TSN')
    expect(tsn?.cause).toBe('model')
    expect(tsn?.moves).toEqual([
      { indicator: 'robss_balance_final', before: 1.5, after: expect.any(Number) },
    ])
    expect(tsn?.retired).toEqual([])
    expect(tsn?.added).toEqual([])
    expect(tsn?.upgrade).toBeNull()
    const other = report.entries.find((e) => e.name === 'Autre')
    expect(other?.cause).toBe('baseline')
    expect(other?.moves).toEqual([])
  })

  it('does not mistake a default change for a user change: compact storage expands to the full scenario', async () => {
    const { store } = await fresh()
    const a = store.create(defaultScenario('dst-15-tier'), 'ana')
    expect(store.get(a.id).scenario).toEqual(defaultScenario('dst-15-tier'))
  })
})

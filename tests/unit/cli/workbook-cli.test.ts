import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ComparisonStore } from '../../../electron/storage/comparison-store'
import { flipInSchema } from '../../helpers/damage'
import { useTempDirs } from '../../helpers/temp-dir'
import { bytesOf, newWorkbook, scenarioNamed, sqlite3 } from '../../helpers/workbooks'
import { levierOnDisk } from '../../helpers/levier-on-disk'

const tempDir = useTempDirs()

const levier = levierOnDisk

async function workbookWithTwo() {
  const dir = tempDir()
  const { workbook, store, path } = await newWorkbook(dir)
  store.create(scenarioNamed('TSN 6 %'), 'ana')
  store.create(scenarioNamed('Directive', 'eu-platform-directive'), 'ana')
  workbook.close()
  return { dir, path }
}

describe('levier workbook', () => {
  it('lists the scenarios', async () => {
    const { path } = await workbookWithTwo()
    const { code, stdout } = await levier('workbook', 'list', path, '--format', 'json')
    expect(code).toBe(0)
    expect(
      JSON.parse(stdout)
        .map((s: { name: string }) => s.name)
        .sort(),
    ).toEqual(['Directive', 'TSN 6 %'])
  })

  it('exports a scenario by name and imports it into another workbook, refusing a clash unless --rename', async () => {
    const { dir, path } = await workbookWithTwo()
    const file = join(dir, 'tsn.json')
    expect(
      (await levier('workbook', 'export', path, '--scenario', 'TSN 6 %', '--out', file)).code,
    ).toBe(0)
    expect(JSON.parse(readFileSync(file, 'utf8')).levers.dst.rate).toBe(0.06)
    const refused = await levier('workbook', 'import', path, file)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('already in use: “TSN 6 %”')
    const renamed = await levier('workbook', 'import', path, file, '--rename')
    expect(renamed.stdout).toContain('imported TSN 6 % (2)')
    expect(sqlite3(path, 'SELECT count(*) FROM scenarios')).toBe('3')
  })

  it('imports nothing from a file with one bad scenario, and says which field', async () => {
    const { dir, path } = await workbookWithTwo()
    const bad = { ...scenarioNamed('Mauvais'), horizon: { start: 2024, end: 2099 } }
    writeFileSync(join(dir, 'many.json'), JSON.stringify([scenarioNamed('Bon'), bad]))
    const before = bytesOf(path)
    const { code, stderr } = await levier('workbook', 'import', path, join(dir, 'many.json'))
    expect(code).toBe(2)
    expect(stderr).toContain('scenario 2: horizon.end: must be between 2019 and 2060 (got 2099)')
    expect(bytesOf(path).equals(before)).toBe(true)
  })

  it('checks integrity and every stored scenario, and exits 2 on a file that is not a workbook', async () => {
    const { dir, path } = await workbookWithTwo()
    const ok = await levier('workbook', 'check', path)
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('integrity: ok')
    expect(ok.stdout).toContain('scenarios: 2 (+0 in the trash)')
    writeFileSync(join(dir, 'notes.levier'), 'not a workbook')
    const refused = await levier('workbook', 'check', join(dir, 'notes.levier'))
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('not a SQLite database')
  })

  it('exits 2 with one line, never 1, for any file it cannot read as a workbook', async () => {
    const { dir, path } = await workbookWithTwo()
    flipInSchema(path, 'current_version')
    execFileSync('mkfifo', [join(dir, 'pipe.levier')])
    const cases: Array<[string, string]> = [
      [path, `levier: ${path} is damaged: its structure is not that of a Levier workbook`],
      [join(dir, 'pipe.levier'), `levier: ${join(dir, 'pipe.levier')} is not a regular file`],
      [dir, `levier: ${dir} is not a regular file`],
      [join(dir, 'missing.levier'), `levier: ${join(dir, 'missing.levier')} does not exist.`],
    ]
    for (const [file, message] of cases) {
      const { code, stderr } = await levier('workbook', 'check', file)
      expect(code, file).toBe(2)
      expect(stderr.startsWith(message), stderr).toBe(true)
      expect(stderr.split('\n')).toHaveLength(2)
    }
  })

  it('counts the comparisons, and reports one naming a scenario the workbook lacks', async () => {
    const dir = tempDir()
    const { workbook, store, path } = await newWorkbook(dir)
    const ids = ['A', 'B'].map((n) => store.create(scenarioNamed(n), 'ana').id)
    new ComparisonStore(workbook).save({
      name: 'A et B',
      reference: { kind: 'preset', preset: 'no-lever' },
      scenarioIds: ids,
      settings: {},
    })
    workbook.close()
    const ok = await levier('workbook', 'check', path)
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('comparisons: 1\n')
    // As an outside tool could leave it.
    sqlite3(path, `UPDATE comparisons SET scenario_ids = json_array('${ids[0]}', 'lost')`)
    const damaged = await levier('workbook', 'check', path)
    expect(damaged.code).toBe(2)
    expect(damaged.stdout).toContain(
      'comparisons: 1, 1 problem(s)\ncomparison “A et B”: no scenario lost',
    )
  })

  it('re-runs every scenario against its saved figures, in JSON and CSV', async () => {
    const { path } = await workbookWithTwo()
    sqlite3(
      path,
      "UPDATE versions SET model_version = '0.9.0', indicators = json_set(indicators, '$.robss_balance_final', 0)",
    )
    const json = JSON.parse((await levier('workbook', 'run', path)).stdout)
    expect(json.scenarios).toHaveLength(2)
    for (const s of json.scenarios) expect(s.cause).toBe('model')
    const csv = (await levier('workbook', 'run', path, '--format', 'csv')).stdout.split('\r\n')
    expect(csv[0]).toBe('scenario,version,indicator,unit,saved,now,change')
    const gap = csv.find((l) => l.startsWith('TSN 6 %,1,robss_balance_final,'))?.split(',')
    expect(Number(gap?.[4])).toBe(0)
    expect(Number(gap?.[6])).toBeCloseTo(Number(gap?.[5]), 9)
    // Written by the one CSV writer: a scenario named like a formula stays text in a spreadsheet.
    sqlite3(path, "UPDATE scenarios SET name = '=HYPERLINK(\"http://x\")' WHERE name = 'TSN 6 %'")
    const named = (await levier('workbook', 'run', path, '--format', 'csv')).stdout.split('\r\n')
    expect(named.some((l) => l.startsWith(`"'=HYPERLINK(""http://x"")",1,`))).toBe(true)
  })

  it('creates an empty workbook, adding .levier, that SQLite finds whole and Levier reads', async () => {
    const dir = tempDir()
    const made = await levier('workbook', 'new', join(dir, 'Budget 2027'))
    expect(made.code, made.stderr).toBe(0)
    const path = join(dir, 'Budget 2027.levier')
    expect(made.stdout).toContain(path)
    expect(sqlite3(path, 'PRAGMA integrity_check')).toBe('ok')
    expect(sqlite3(path, 'SELECT count(*) FROM scenarios')).toBe('0')
    const listed = await levier('workbook', 'list', path, '--format', 'json')
    expect(JSON.parse(listed.stdout)).toEqual([])
    expect((await levier('workbook', 'import', path, join(dir, 'none.json'))).code).toBe(2)
  })

  it('never replaces a file, nor creates one in a folder that is not there: exit 2, one line', async () => {
    const { dir, path } = await workbookWithTwo()
    const before = bytesOf(path)
    writeFileSync(join(dir, 'notes.txt.levier'), 'mine')
    const cases: Array<[string, string]> = [
      [path, 'already exists'],
      [path.replace(/\.levier$/, ''), 'already exists'],
      [join(dir, 'notes.txt'), 'already exists'],
      [join(dir, 'missing', 'new.levier'), 'does not exist'],
      [join(dir, `${'x'.repeat(300)}.levier`), 'file name longer than'],
    ]
    for (const [file, text] of cases) {
      const { code, stderr } = await levier('workbook', 'new', file)
      expect(code, file).toBe(2)
      expect(stderr.split('\n'), stderr).toHaveLength(2)
      expect(stderr, file).toContain(text)
    }
    expect(bytesOf(path).equals(before)).toBe(true)
    expect(readFileSync(join(dir, 'notes.txt.levier'), 'utf8')).toBe('mine')
    expect(existsSync(join(dir, 'missing'))).toBe(false)
  })
})

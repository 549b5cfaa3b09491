import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApiHandlers } from '../../../electron/services/api-handlers'
import { createDispatch } from '../../../electron/services/dispatch'
import { WorkbookSession } from '../../../electron/services/workbook-session'
import { ComparisonStore } from '../../../electron/storage/comparison-store'
import { Workbook } from '../../../electron/storage/workbook'
import { damagedVariants, damageIndexKey, flipInSchema } from '../../helpers/damage'
import { useTempDirs } from '../../helpers/temp-dir'
import { bytesOf, newWorkbook, scenarioNamed, sqlite3 } from '../../helpers/workbooks'
import { levierOnDisk } from '../../helpers/levier-on-disk'

const tempDir = useTempDirs()
const VARIANTS = 120

const levier = levierOnDisk

/** A real workbook: scenarios with several versions, one in the trash, a comparison. */
async function realWorkbook(): Promise<string> {
  const { workbook, store, path } = await newWorkbook(tempDir(), 'real.levier')
  const ids = ['TSN 6 %', 'Directive', 'Droit constant'].map(
    (name, i) =>
      store.create(scenarioNamed(name, ['dst-6', 'eu-platform-directive', 'current-law'][i]), 'ana')
        .id,
  )
  const first = store.get(ids[0] as string).scenario
  store.save(ids[0] as string, { ...first, levers: { ...first.levers } }, 'ana', 'again')
  store.delete(store.create(scenarioNamed('Jetable'), 'ana').id)
  new ComparisonStore(workbook).save({
    name: 'Les deux',
    reference: { kind: 'preset', preset: 'no-lever' },
    scenarioIds: ids.slice(0, 2),
    settings: {},
  })
  workbook.close()
  return path
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const STACK = /\n\s+at |\.ts:\d+|node_modules/

describe('damaged workbooks', () => {
  it('a column name flipped in the schema is refused on opening, and by `workbook check` with exit 2', async () => {
    const path = await realWorkbook()
    flipInSchema(path, 'current_version')
    // SQLite's own checks pass: only the schema comparison catches it.
    expect(sqlite3(path, 'PRAGMA quick_check')).toBe('ok')
    await expect(Workbook.open(path)).rejects.toThrow(
      `${path} is damaged: its structure is not that of a Levier workbook (table scenarios is not as written).`,
    )
    const check = await levier('workbook', 'check', path)
    expect(check.code).toBe(2)
    expect(check.stderr).toBe(
      `levier: ${path} is damaged: its structure is not that of a Levier workbook (table scenarios is not as written).\n`,
    )
  })

  it('damage to an index that quick_check misses is refused (integrity_check)', async () => {
    const path = await realWorkbook()
    damageIndexKey(path)
    expect(sqlite3(path, 'PRAGMA quick_check')).toBe('ok')
    await expect(Workbook.open(path)).rejects.toThrow(`${path} is damaged (`)
    expect((await levier('workbook', 'check', path)).code).toBe(2)
  })

  it(`${VARIANTS} seeded flips and truncations: each refused with a message or opened correctly; no file changed, the host never wedged`, async () => {
    const original = bytesOf(await realWorkbook())
    const dataDir = tempDir()
    const session = new WorkbookSession(dataDir, () => undefined)
    const errors: unknown[] = []
    const dispatch = createDispatch(createApiHandlers({ host: 'loopback', dataDir }, session), {
      logError: (error) => errors.push(error),
    })
    const call = async (name: string, payload: unknown = {}) => dispatch(name, payload)
    const defaultPath = session.defaultPath
    expect((await call('getWorkbook')).ok).toBe(true)
    const folder = tempDir()
    const outcome = { refused: 0, opened: 0, cliRefused: 0 }
    try {
      for (const [k, variant] of damagedVariants(original, VARIANTS, 2026).entries()) {
        const what = `variant ${k} (${variant.label})`
        const path = join(folder, `damaged-${k}.levier`)
        writeFileSync(path, variant.bytes)
        const before = hash(path)
        const opened = await call('openWorkbook', { path })
        if (!opened.ok) {
          outcome.refused++
          expect(opened.error.code, `${what}: ${opened.error.message}`).toBe('refused')
          expect(opened.error.message, what).toContain(path)
          expect(opened.error.message, what).not.toMatch(STACK)
          expect(session.recent()[0], what).not.toBe(path)
        } else {
          outcome.opened++
          const list = await call('listScenarios')
          expect(list.ok, what).toBe(true)
          for (const s of list.ok ? (list.value as Array<{ id: string }>) : []) {
            for (const name of ['getScenario', 'exportResultsCsv']) {
              const read = await call(name, { id: s.id })
              // A damaged scenario may be reported; never as an internal error.
              if (!read.ok) expect(read.error.code, `${what} ${name}`).not.toBe('internal')
            }
          }
        }
        const check = await levier('workbook', 'check', path)
        expect([0, 2], `${what}: ${check.stderr}`).toContain(check.code)
        if (check.code === 2) {
          outcome.cliRefused++
          expect(check.stderr, what).toMatch(/^levier: .+\n/)
          expect(check.stderr, what).not.toMatch(STACK)
        }
        if (!opened.ok) expect(check.code, `${what}: ${check.stdout}`).toBe(2)
        // Back to the default workbook: the host answers.
        expect((await call('openWorkbook', { path: defaultPath })).ok, what).toBe(true)
        expect((await call('listScenarios')).ok, what).toBe(true)
        expect(hash(path), `${what}: file changed`).toBe(before)
      }
    } finally {
      session.close()
    }
    expect(errors).toEqual([])
    expect(outcome.refused + outcome.opened).toBe(VARIANTS)
    // Figures for the report (not timed).
    console.log(`damaged workbooks: ${JSON.stringify(outcome)}`)
  }, 300_000)
})

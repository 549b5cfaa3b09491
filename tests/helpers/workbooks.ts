import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { ScenarioStore } from '../../electron/storage/scenario-store'
import { Workbook } from '../../electron/storage/workbook'

/** A scenario document from a preset, renamed. */
export function scenarioNamed(name: string, preset = 'dst-6') {
  return { ...defaultScenario(preset), name }
}

export async function newWorkbook(dir: string, name = 'test.levier') {
  const workbook = await Workbook.create(join(dir, name))
  return { workbook, store: new ScenarioStore(workbook), path: join(dir, name) }
}

export { sqlite3 } from './sqlite3-cli'

export function bytesOf(path: string): Buffer {
  return readFileSync(path)
}

/** The workbooks a test opens, closed after it (push each one opened). */
export function useOpenWorkbooks(): Workbook[] {
  const open: Workbook[] = []
  afterEach(() => {
    for (const workbook of open.splice(0)) workbook.close()
  })
  return open
}

import { writeSync } from 'node:fs'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { ScenarioStore } from '../../electron/storage/scenario-store'
import { Workbook } from '../../electron/storage/workbook'

/**
 * Child process for the crash test: saves scenarios in a loop and reports each one only once
 * the save has returned (that is, once Levier would have acknowledged it to the user).
 */
const [path, prefix] = process.argv.slice(2) as [string, string]
const workbook = await Workbook.open(path)
const store = new ScenarioStore(workbook)
writeSync(1, 'ready\n')
for (let i = 0; ; i++) {
  const name = `${prefix}-${i}`
  store.create({ ...defaultScenario('dst-6'), name }, 'crash-test')
  writeSync(1, `ack ${name}\n`)
}

import { engineBenchmarks } from './engine.bench'
import { machine, printTable } from './harness'
import { workbookBenchmarks } from './workbook.bench'

// `npm run bench`: every figure the issues ask for, as medians over repeated runs.
console.log(`Levier benchmarks — ${machine()}`)
const engine = engineBenchmarks()
printTable('Projection engine (issue #3)', engine)
const workbook = await workbookBenchmarks()
printTable('Workbooks (issue #4)', workbook)
const failed = [...engine, ...workbook].filter((line) => !line.ok)
if (failed.length > 0)
  console.log(`\n${failed.length} figure(s) miss their target on this machine.`)

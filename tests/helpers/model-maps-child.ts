// Run by node --allow-natives-syntax (see workspace-reuse.test.ts): whether a compiled scenario
// and its lever variants share one hidden class in V8, printed as JSON.
import { getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario, withLevers } from '@shared/model/engine/compile'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { leverAlone } from '@shared/model/uncertainty/lever-effects'
import { LEVER_IDS } from '@shared/model/levers/lever-table'

// V8's own test of two objects' hidden classes, reachable only with natives syntax on.
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (
  a: object,
  b: object,
) => boolean

const scenario = defaultScenario('dst-6')
const model = compileScenario(scenario, getBaseline(scenario.baseline))
const other = compileScenario(defaultScenario('current-law'), getBaseline(scenario.baseline))
const variants = LEVER_IDS.map((id) => withLevers(model, leverAlone(model.levers, id)))
process.stdout.write(
  JSON.stringify({
    scenarios: haveSameMap(model, other),
    variants: variants.map((variant) => haveSameMap(model, variant)),
  }),
)

import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario, withLevers } from '@shared/model/engine/compile'
import type { CompiledModel } from '@shared/model/engine/compile'
import { SECTOR_IDS } from '@shared/model/engine/ids'
import { keepLabourMemo, levyFreeSectors } from '@shared/model/engine/labour-memo'
import { project } from '@shared/model/engine/project'
import { createWorkspace } from '@shared/model/engine/workspace'
import type { Workspace } from '@shared/model/engine/workspace'
import { PLAYERS, switchOff } from '@shared/model/levers/lever-switches'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { copyDocument } from '@shared/model/scenario/value-path'
import { effectVariants } from '@shared/model/uncertainty/lever-effects'
import { randomModelAndValues, randomScenario } from '../../helpers/random-scenario'

const SCENARIOS = 120
const SECTORS = SECTOR_IDS.length

/** Everything a projection writes, by name. */
function contents(ws: Workspace): Record<string, Float64Array> {
  return {
    series: ws.series,
    indicators: ws.indicators,
    terms: ws.terms,
    sectorTerms: ws.sectorTerms,
    sectorConstants: ws.sectorConstants,
    cohortWages: ws.cohortWages,
    benefitKernel: ws.benefitKernel,
  }
}

/** Where two workspaces differ, bit for bit (0 and −0 differ; NaN equals NaN). */
function differences(got: Workspace, want: Workspace): string[] {
  const wanted = contents(want)
  return Object.entries(contents(got)).flatMap(([name, values]) => {
    const other = wanted[name] as Float64Array
    const at = values.findIndex((v, i) => !Object.is(v, other[i]))
    return at < 0 ? [] : [`${name}[${at}]: ${values[at]} ≠ ${other[at]}`]
  })
}

/** The scenario's variants projected on one draw: droit constant, each lever alone, all levers. */
function variantsOf(model: CompiledModel): CompiledModel[] {
  const none = copyDocument(model.levers)
  for (const player of PLAYERS) switchOff(none, player.id)
  const alone = effectVariants(model.levers).flatMap((v) => (v.levers ? [v.levers] : []))
  return [withLevers(model, none), ...alone.map((levers) => withLevers(model, levers)), model]
}

describe('the labour memo shared by projections on the same values', () => {
  it('leaves every projection bit for bit what it is without it, and does take sectors over', () => {
    const mismatches: string[] = []
    const taken = { some: 0, all: 0, fromScenario: 0, none: 0 }
    for (let seed = 1; seed <= SCENARIOS; seed++) {
      const { model, values: drawn } = randomModelAndValues(seed)
      const variants = variantsOf(model)
      // As lever-effects.ts uses them: the scenario's workspace and one for every variant, both
      // kept from draw to draw (a new draw's values must never be taken for the last's); beside
      // them, two workspaces without a memo take the same projections in the same order, so
      // that what a scope leaves as it was is the same on both sides too.
      const scenarioWs = createWorkspace(model)
      const variantWs = createWorkspace(model)
      keepLabourMemo(scenarioWs)
      keepLabourMemo(variantWs)
      const plainScenario = createWorkspace(model)
      const plainVariant = createWorkspace(model)
      drawn.forEach((params, draw) => {
        project(model, params, scenarioWs)
        project(model, params, plainScenario)
        variants.forEach((variant, v) => {
          const scope = (seed + v) % 2 === 0 ? 'everything' : 'balances'
          project(variant, params, variantWs, scope, scenarioWs)
          project(variant, params, plainVariant, scope)
          const memo = variantWs.labourMemo
          if (memo.takenOver === 0) taken.none++
          else if (memo.takenOver === SECTORS) taken.all++
          else taken.some++
          if (memo.takenFrom === scenarioWs) taken.fromScenario++
          for (const d of differences(variantWs, plainVariant))
            mismatches.push(`seed ${seed} draw ${draw} variant ${v} (${scope}): ${d}`)
        })
      })
    }
    expect(mismatches.slice(0, 10)).toEqual([])
    // The comparison saw every path: nothing taken over, some sectors, all, and from the scenario.
    expect(taken.none).toBeGreaterThan(0)
    expect(taken.some).toBeGreaterThan(0)
    expect(taken.all).toBeGreaterThan(0)
    expect(taken.fromScenario).toBeGreaterThan(0)
  })

  it('does not take a sector over whose adoption is the same but not its adoption before the counters kept', () => {
    // Every imposed rise sent back to the counter: media's and platforms' adoption stays at its
    // base-year level with the DST or without, while their adoption before the counters kept (and
    // so the posts kept) moves with the DST's cost to users.
    const scenario = defaultScenario('dst-6')
    const base = getBaseline(scenario.baseline)
    scenario.horizon.start = base.baseYear
    scenario.levers.staffedChannel = {
      enabled: true,
      startYear: base.baseYear,
      phaseInYears: 0,
      keptShare: 1,
      payer: 'firms',
    }
    for (const id of ['media_content', 'platform_intermediation'])
      scenario.assumptions[`sector.${id}.imposed_share`] = 1
    const model = compileScenario(scenario, base)
    const staffedAlone = variantsOf(model).find(
      (v) => !v.levers.dst.enabled && v.levers.staffedChannel.enabled,
    ) as CompiledModel
    const scenarioWs = createWorkspace(model)
    const variantWs = createWorkspace(model)
    keepLabourMemo(scenarioWs)
    keepLabourMemo(variantWs)
    project(model, model.central, scenarioWs)
    project(staffedAlone, model.central, variantWs, 'everything', scenarioWs)
    const n = model.years
    const media = SECTOR_IDS.indexOf('media_content')
    const row = (values: Float64Array) => Array.from(values.subarray(media * n, media * n + n))
    // The case this test is for: the same adoption, not the same adoption before the counters.
    expect(row(variantWs.labourMemo.adoption)).toEqual(row(scenarioWs.labourMemo.adoption))
    expect(row(variantWs.adoptionFree)).not.toEqual(row(scenarioWs.adoptionFree))
    expect(variantWs.labourMemo.takenOver).toBeLessThan(SECTORS)
    const plain = createWorkspace(model)
    project(staffedAlone, model.central, plain)
    expect(differences(variantWs, plain)).toEqual([])
  })

  it('checkpoints after the sectors no levy reaches: media and platforms bear the levies', () => {
    const scenario = randomScenario(1)
    const model = compileScenario(scenario, getBaseline(scenario.baseline))
    const exposed = SECTOR_IDS.map(
      (_, s) =>
        model.respondsToCost[s] === 1 &&
        ((model.exposureDst[s] as number) > 0 || (model.exposurePlatform[s] as number) > 0),
    )
    expect(levyFreeSectors(model)).toBe(exposed.indexOf(true) < 0 ? SECTORS : exposed.indexOf(true))
  })
})

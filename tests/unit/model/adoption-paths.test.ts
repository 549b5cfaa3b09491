import { describe, expect, it } from 'vitest'
import { stepSectorPath } from '@shared/model/engine/adoption'
import { SECTOR_IDS } from '@shared/model/engine/ids'
import { project } from '@shared/model/engine/project'
import { createWorkspace } from '@shared/model/engine/workspace'
import { randomModelAndValues } from '../../helpers/random-scenario'

const SECTORS = SECTOR_IDS.length

/**
 * The projection copies a sector's path from the model's `noCostPaths` wherever no levy's cost
 * reaches its users, instead of stepping its curve at every draw. Stepping every sector with the
 * cost response applied, whatever it is, must give the very same numbers: bit for bit, since
 * every x is then exactly 1.
 */
describe('adoption paths worked out once at compile time', () => {
  it('equal the stepped path of every sector, on random scenarios and draws', () => {
    const stepped = new Float64Array(64)
    let copied = 0
    let steppedWithCost = 0
    for (let seed = 1; seed <= 150; seed++) {
      const { model, values } = randomModelAndValues(seed, 2)
      const ws = createWorkspace(model)
      const n = model.years
      for (const params of values) {
        project(model, params, ws)
        const alpha = params[model.p.costResponse] as number
        for (let s = 0; s < SECTORS; s++) {
          const responds = model.respondsToCost[s] === 1
          stepSectorPath(
            model,
            s,
            n,
            stepped,
            0,
            ws,
            responds ? alpha : 0,
            model.exposureDst[s] as number,
            model.exposurePlatform[s] as number,
          )
          const actual = Array.from(ws.adoptionFree.subarray(s * n, s * n + n))
          expect(actual).toEqual(Array.from(stepped.subarray(0, n)))
          const noCost = Array.from(model.noCostPaths.subarray(s * n, s * n + n))
          if (actual.every((a, i) => Object.is(a, noCost[i]))) copied++
          else steppedWithCost++
        }
      }
    }
    // Both paths are taken: sectors copied, and sectors the levies' cost holds back.
    expect(copied).toBeGreaterThan(0)
    expect(steppedWithCost).toBeGreaterThan(0)
  })
})

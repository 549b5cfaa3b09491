import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { UncertaintyJob } from '../../../renderer/src/sim/uncertainty-job'
import type { JobOptions, PartResult } from '../../../renderer/src/sim/uncertainty-job'

const scenario = defaultScenario('dst-6')
scenario.levers.dataLevy.enabled = true
const baseline = getBaseline(scenario.baseline)
const options: JobOptions = { leverEffects: true, indicatorDraws: true }

function whole(draws: number, seed: number) {
  const job = new UncertaintyJob(scenario, baseline, draws, seed, options)
  job.step(draws)
  return job.result()
}

function split(draws: number, seed: number, sizes: number[]) {
  let first = 0
  const parts: PartResult[] = sizes.map((size) => {
    const part = new UncertaintyJob(scenario, baseline, draws, seed, options, {
      part: { first, draws: size },
    })
    first += size
    part.step(size)
    return part.partResult()
  })
  return new UncertaintyJob(scenario, baseline, draws, seed, options, { parts }).result()
}

describe('a Monte Carlo run split between workers', () => {
  it('gives what the run gives whole: every band, draw, tornado and lever effect', () => {
    // Parts of any size: each stores its own draws, column by column.
    const draws = 229
    expect(split(draws, 5, [128, 101])).toEqual(whole(draws, 5))
    expect(split(draws, 6, [100, 1, 64, 64])).toEqual(whole(draws, 6))
  })

  it('refuses parts that do not make up the run', () => {
    const part = (first: number, size: number) => {
      const job = new UncertaintyJob(scenario, baseline, 300, 1, options, {
        part: { first, draws: size },
      })
      job.step(size)
      return job.partResult()
    }
    const join = (parts: PartResult[]) =>
      new UncertaintyJob(scenario, baseline, 300, 1, options, { parts })
    expect(() => join([part(0, 100), part(150, 150)])).toThrow(/consecutive/)
    expect(() => join([part(0, 100)])).toThrow(/make up/)
    expect(
      () =>
        new UncertaintyJob(scenario, baseline, 300, 1, options, {
          part: { first: 250, draws: 100 },
        }),
    ).toThrow(/within/)
  })
})

describe('the Monte Carlo workers’ warm-up', () => {
  it('goes through a part and its finish of every preset, as a split run does, without a problem', async () => {
    const { warmUpMonteCarlo } = await import('../../../renderer/src/sim/monte-carlo-api')
    expect(() => warmUpMonteCarlo()).not.toThrow()
  })
})

import { describe, expect, it } from 'vitest'
import { Prng } from '@shared/model/uncertainty/prng'
import { randomScenario } from './explain-check'
import { baseline, problemsOf } from './explain-problems'

describe('explain, random valid scenarios', () => {
  it('200 scenarios (levers and assumptions drawn within their ranges), two years each and every indicator', () => {
    const random = new Prng(20261211)
    const problems: string[] = []
    for (let k = 0; k < 200 && problems.length < 20; k++) {
      const scenario = randomScenario(random, baseline)
      const pick = (years: number[]) => [
        ...new Set([
          years[Math.floor(random.next() * years.length)] as number,
          years[years.length - 1] as number,
        ]),
      ]
      // Each series is checked on its own, so one level of series terms suffices here.
      problems.push(...problemsOf(scenario, pick, 1).map((p) => `#${k}: ${p}`))
    }
    expect(problems.slice(0, 20)).toEqual([])
  }, 30_000)
})

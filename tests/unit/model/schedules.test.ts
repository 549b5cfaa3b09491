import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { measureValue } from '@shared/model/comparison/comparison'
import { goalSeek, withLeverValue } from '@shared/model/comparison/goal-seek'
import { simulate } from '@shared/model/engine/simulate'
import { leverSettledYear, leversByYear, leversInYear } from '@shared/model/levers/lever-years'
import {
  finalValue,
  nextStep,
  scheduled,
  valueInYear,
  withFinalValue,
} from '@shared/model/levers/schedule'
import type { Schedule } from '@shared/model/levers/schedule'
import { inputDifferences } from '@shared/model/scenario/input-differences'
import { MAX_YEAR } from '@shared/model/scenario/scenario-schema'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { run, scenarioFrom } from '../../helpers/model'

const baseline = getBaseline('fr-2025')
/** « 4 % puis 6 % en 2029 puis 5 % en 2033 » */
const RATE: Schedule = {
  value: 0.04,
  steps: [
    { year: 2029, value: 0.06 },
    { year: 2033, value: 0.05 },
  ],
}

/** The DST alone, at 750 m€ and no tier, with no behavioural response: the rate acts year by year. */
function dstOnly(edit: (s: Scenario) => void = () => undefined): Scenario {
  return scenarioFrom('dst-6', (s) => {
    s.levers.dst.worldwideThreshold = '750m'
    s.assumptions['dst.rate_elasticity'] = 0
    // Adoption then ignores the levers' cost, so a year's revenue depends on that year's rate only.
    s.assumptions['adoption.cost_response'] = 0
    edit(s)
  })
}

describe('a schedule by year', () => {
  it('holds its value until the first step, then each step until the next', () => {
    expect(valueInYear(0.03, 2050)).toBe(0.03)
    expect(valueInYear(RATE, 2028)).toBe(0.04)
    expect(valueInYear(RATE, 2029)).toBe(0.06)
    expect(valueInYear(RATE, 2032)).toBe(0.06)
    expect(valueInYear(RATE, 2033)).toBe(0.05)
    expect(valueInYear(RATE, MAX_YEAR)).toBe(0.05)
    expect(finalValue(RATE)).toBe(0.05)
    expect(finalValue(0.07)).toBe(0.07)
  })

  it('stays a plain number without steps, and sorts the steps it is given', () => {
    expect(scheduled(0.03, [])).toBe(0.03)
    expect(
      scheduled(0.03, [
        { year: 2030, value: 0.1 },
        { year: 2027, value: 0.05 },
      ]),
    ).toEqual({
      value: 0.03,
      steps: [
        { year: 2027, value: 0.05 },
        { year: 2030, value: 0.1 },
      ],
    })
  })

  it('adds a step after the last one, at the value in force there, and none past the last year', () => {
    expect(nextStep(0.03, 2026)).toEqual({ year: 2026, value: 0.03 })
    expect(nextStep(RATE, 2026)).toEqual({ year: 2034, value: 0.05 })
    expect(nextStep({ value: 0, steps: [{ year: MAX_YEAR, value: 1 }] }, 2026)).toBeNull()
  })

  it('sets the final value on the last step only, or replaces a constant', () => {
    expect(withFinalValue(0.03, 0.08)).toBe(0.08)
    expect(withFinalValue(RATE, 0.08)).toEqual({
      value: 0.04,
      steps: [
        { year: 2029, value: 0.06 },
        { year: 2033, value: 0.08 },
      ],
    })
    expect(RATE.steps[1]?.value).toBe(0.05)
  })

  it('is read at each year for the engine, the timing and choices kept as written', () => {
    const s = dstOnly((d) => (d.levers.dst.rate = RATE))
    const at2030 = leversInYear(s.levers, 2030)
    expect(at2030.dst.rate).toBe(0.06)
    expect(at2030.dst.startYear).toBe(s.levers.dst.startYear)
    expect(at2030.dst.worldwideThreshold).toBe('750m')
    expect(leversInYear(s.levers, 2027).dst.rate).toBe(0.04)
  })

  it('is read once a step for the whole horizon: each year as leversInYear reads it, new only in a step’s year', () => {
    const s = dstOnly((d) => {
      d.levers.dst.rate = RATE
      d.levers.earmarking.dst = { value: 0.5, steps: [{ year: 2031, value: 0.8 }] }
    })
    const byYear = leversByYear(s.levers, 2024, 17)
    expect(byYear).toHaveLength(17)
    byYear.forEach((levers, i) => expect(levers).toEqual(leversInYear(s.levers, 2024 + i)))
    const at = (year: number) => byYear[year - 2024]
    const stepYears = new Set([2029, 2031, 2033])
    for (let year = 2025; year <= 2040; year++)
      expect(at(year) === at(year - 1)).toBe(!stepYears.has(year))
    // Without any schedule, one object serves every year.
    const plain = leversByYear(dstOnly().levers, 2024, 17)
    expect(new Set(plain).size).toBe(1)
    expect(plain[0]).toEqual(leversInYear(dstOnly().levers, 2040))
  })
})

describe('schedules in the engine', () => {
  it('yields in each year what the constant rate of that year’s step yields (closed form)', () => {
    const scheduledRun = run(dstOnly((s) => (s.levers.dst.rate = RATE)))
    const constant = new Map(
      [0.04, 0.06, 0.05].map((rate) => [rate, run(dstOnly((s) => (s.levers.dst.rate = rate)))]),
    )
    scheduledRun.years.forEach((year, i) => {
      const same = constant.get(valueInYear(RATE, year)) as ReturnType<typeof run>
      for (const id of ['increment_dst', 'revenue_dst', 'increment_robss'])
        expect(scheduledRun.series(id)[i]).toBeCloseTo(same.series(id)[i] as number, 12)
    })
    // With no elasticity, the increment is current law × (rate / 3 % − 1) from the start year.
    scheduledRun.years.forEach((year, i) => {
      const current = scheduledRun.series('revenue_dst_current_law')[i] as number
      const expected = year < 2026 ? 0 : current * (valueInYear(RATE, year) / 0.03 - 1)
      expect(scheduledRun.series('increment_dst')[i]).toBeCloseTo(expected, 12)
    })
  })

  it('phases in from current law towards the step in force: rate = 3 % + phase × (step − 3 %)', () => {
    const r = run(
      dstOnly((s) => {
        s.levers.dst = { ...s.levers.dst, startYear: 2027, phaseInYears: 4, rate: RATE }
      }),
    )
    r.years.forEach((year, i) => {
      const phase = year < 2027 ? 0 : Math.min(1, (year - 2027 + 1) / 4)
      const current = r.series('revenue_dst_current_law')[i] as number
      const expected = current * phase * (valueInYear(RATE, year) / 0.03 - 1)
      expect(r.series('increment_dst')[i]).toBeCloseTo(expected, 12)
    })
  })

  it('keeps the current-law DST before a later start year: never zero in 2024–25', () => {
    const currentLaw = run(scenarioFrom('current-law'))
    for (const startYear of [2026, 2030, 2040]) {
      const r = run(scenarioFrom('dst-6', (s) => (s.levers.dst.startYear = startYear)))
      r.years.forEach((year, i) => {
        if (year >= startYear) return
        expect(r.series('revenue_dst')[i]).toBeCloseTo(
          currentLaw.series('revenue_dst')[i] as number,
          12,
        )
        expect(r.series('increment_dst')[i]).toBe(0)
      })
      for (const year of [2024, 2025])
        expect(r.series('revenue_dst')[r.years.indexOf(year)]).toBeGreaterThan(0.5)
    }
  })

  it('earmarks nothing before the earmarking’s first step, then the share in force', () => {
    const earmark: Schedule = {
      value: 0,
      steps: [
        { year: 2028, value: 0.5 },
        { year: 2031, value: 1 },
      ],
    }
    const r = run(dstOnly((s) => (s.levers.earmarking.dst = earmark)))
    r.years.forEach((year, i) => {
      const increment = r.series('increment_dst')[i] as number
      if (year >= 2026) expect(increment).toBeGreaterThan(0)
      expect(r.series('increment_robss')[i]).toBeCloseTo(valueInYear(earmark, year) * increment, 12)
    })
  })

  it('reads the “full phase-in” indicators once the last step is reached', () => {
    const s = dstOnly((d) => (d.levers.dst.rate = RATE))
    expect(leverSettledYear(s.levers.dst)).toBe(2033)
    const r = run(s)
    const at2033 = r.series('increment_dst')[r.years.indexOf(2033)] as number
    expect(r.indicator('increment_dst_full')).toBeCloseTo(at2033, 12)
  })
})

describe('goal-seek on a schedule', () => {
  it('moves the last step and keeps the earlier ones, the measure reaching the target', () => {
    const scenario = dstOnly((s) => (s.levers.dst.rate = RATE))
    const measure = { kind: 'series', id: 'increment_dst', year: 2035 } as const
    const result = goalSeek({ scenario, baseline, lever: 'levers.dst.rate', measure, target: 2 })
    if (result.status !== 'found') throw new Error('not found')
    const answer = withLeverValue(scenario, 'levers.dst.rate', result.value)
    expect(answer.levers.dst.rate).toEqual(withFinalValue(RATE, result.value))
    const projected = measureValue(simulate(answer, baseline), measure)
    expect(Math.abs(projected - 2)).toBeLessThanOrEqual(result.tolerance)
    // The years before the last step are those of the scenario as it was.
    const before = { kind: 'series', id: 'increment_dst', year: 2030 } as const
    expect(measureValue(simulate(answer, baseline), before)).toBeCloseTo(
      measureValue(simulate(scenario, baseline), before),
      12,
    )
  })
})

describe('schedules compared', () => {
  it('are one input each: a row per field, holding each scenario’s whole value', () => {
    const constant = dstOnly()
    const withSchedule = dstOnly((s) => (s.levers.dst.rate = RATE))
    const rows = inputDifferences([constant, withSchedule], baseline)
    const rate = rows.find((r) => r.path === 'levers.dst.rate')
    expect(rate?.values).toEqual([constant.levers.dst.rate, RATE])
    expect(rows.some((r) => r.path.startsWith('levers.dst.rate.'))).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { simulate } from '@shared/model/engine/simulate'
import { driveJob } from '../../../renderer/src/sim/drive-job'
import type { DriveOptions } from '../../../renderer/src/sim/drive-job'
import {
  DEFAULT_INDICATOR,
  FAN_SERIES,
  NO_TORNADO,
  TORNADO_BARS,
  definedPercentiles,
  UncertaintyJob,
  isValidDraws,
  isValidSeed,
} from '../../../renderer/src/sim/uncertainty-job'
import type { UncertaintyResult } from '../../../renderer/src/sim/uncertainty-job'

const scenario = defaultScenario('dst-6')
const baseline = getBaseline(scenario.baseline)
const job = (draws: number, seed: number) => new UncertaintyJob(scenario, baseline, draws, seed)

function runInSteps(draws: number, seed: number, step: number): UncertaintyResult {
  const j = job(draws, seed)
  while (!j.step(step));
  return j.result()
}

/** A driver on a hand-turned clock (each look at it moves it 10 ms); deferred slices wait in a queue. */
function manualDrive(sliceMs: number) {
  let clock = 0
  const queue: Array<() => void> = []
  const options: DriveOptions = {
    sliceMs,
    progressEveryMs: 50,
    drawsPerCheck: 10,
    now: () => (clock += 10),
    defer: (next) => queue.push(next),
  }
  const turn = () => queue.shift()?.()
  return { options, turn, pending: () => queue.length }
}

describe('the uncertainty job', () => {
  it('gives the same percentiles whatever the chunk size, for the same seed', () => {
    const whole = runInSteps(600, 11, 600)
    expect(runInSteps(600, 11, 37)).toEqual(whole)
    expect(runInSteps(600, 11, 1)).toEqual(whole)
    expect(runInSteps(600, 12, 600).indicators).not.toEqual(whole.indicators)
  }, 60_000)

  it('orders p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95 for every fan year and every indicator', () => {
    const result = runInSteps(1000, 3, 250)
    expect(result.fans.map((f) => f.id)).toEqual([...FAN_SERIES])
    const rows = [
      ...result.fans.flatMap((f) =>
        f.p5.map((_, y) => [f.p5, f.p25, f.p50, f.p75, f.p95].map((p) => p[y] as number)),
      ),
      ...result.indicators
        .filter((i) => i.skipped < result.draws)
        .map((i) => [i.p5, i.p25, i.p50, i.p75, i.p95]),
    ]
    for (const row of rows) {
      expect(row.every(Number.isFinite)).toBe(true)
      for (let q = 1; q < row.length; q++)
        expect(row[q]).toBeGreaterThanOrEqual(row[q - 1] as number)
    }
    // The default scenario varies its ranged assumptions: the final ROBSS balance is uncertain.
    const gap = result.fans.find((f) => f.id === 'robss_balance')
    expect((gap?.p95.at(-1) ?? 0) - (gap?.p5.at(-1) ?? 0)).toBeGreaterThan(0)
    expect(result.uncertainCount).toBeGreaterThan(0)
  })

  it('draws its central line and central indicators from the deterministic projection', () => {
    const result = runInSteps(200, 5, 200)
    const deterministic = simulate(scenario, baseline)
    expect(result.years).toEqual(deterministic.years)
    for (const fan of result.fans)
      expect(fan.central).toEqual(deterministic.series.find((s) => s.id === fan.id)?.values)
    for (const spread of result.indicators)
      expect(spread.central).toBe(deterministic.indicators.find((i) => i.id === spread.id)?.value)
  })

  it('keeps the largest tornado swings of each indicator, largest first, around its central value', () => {
    const result = runInSteps(100, 1, 100)
    expect(result.tornadoes).toHaveLength(result.indicators.length - NO_TORNADO.length)
    for (const id of NO_TORNADO)
      expect(result.tornadoes.some((x) => x.indicator === id)).toBe(false)
    for (const summary of result.tornadoes) {
      const central = result.indicators.find((i) => i.id === summary.indicator)?.central
      expect(summary.central).toBeCloseTo(central as number, 9)
      expect(summary.bars.length).toBeLessThanOrEqual(TORNADO_BARS)
      summary.bars.forEach((bar, k) => {
        expect(bar.swing).toBeGreaterThan(0)
        expect(bar.swing).toBeCloseTo(Math.abs(bar.indicatorAtHigh - bar.indicatorAtLow), 12)
        if (k > 0) expect(bar.swing).toBeLessThanOrEqual(summary.bars[k - 1]?.swing as number)
      })
    }
    const balance = result.tornadoes.find((x) => x.indicator === DEFAULT_INDICATOR)
    expect(balance?.bars.length).toBeGreaterThan(0)
  })

  it('leaves undefined draws out of the percentiles and counts them', () => {
    const finite = Float32Array.from({ length: 200 }, (_, i) => i)
    const mixed = new Float32Array(300).fill(Number.NaN)
    mixed.set(finite, 50)
    expect(definedPercentiles(finite)).toBeNull()
    const fixed = definedPercentiles(mixed)
    expect(fixed?.skipped).toBe(100)
    // The percentiles are those of the 200 defined draws alone (type 7: p50 of 0…199 is 99.5).
    expect(fixed?.bands.p50).toBeCloseTo(99.5, 9)
    expect(fixed?.bands.p5).toBeCloseTo(0.05 * 199, 9)
    const none = definedPercentiles(new Float32Array(10).fill(Number.NaN))
    expect(none?.skipped).toBe(10)
    expect(Number.isNaN(none?.bands.p50)).toBe(true)
  })

  it('reports every indicator with its count of undefined draws, percentiles ordered', () => {
    const result = runInSteps(300, 9, 300)
    for (const spread of result.indicators) {
      expect(spread.skipped).toBeGreaterThanOrEqual(0)
      expect(spread.skipped).toBeLessThanOrEqual(result.draws)
      if (spread.skipped === result.draws) continue
      expect(spread.p5).toBeLessThanOrEqual(spread.p50)
      expect(spread.p50).toBeLessThanOrEqual(spread.p95)
    }
  })

  it('refuses draws outside 100 to 100,000 and seeds outside 0 to 2³² − 1', () => {
    for (const draws of [99, 100_001, 150.5, Number.NaN]) {
      expect(isValidDraws(draws)).toBe(false)
      expect(() => job(draws, 1)).toThrow(RangeError)
    }
    for (const seed of [-1, 2 ** 32, 0.5]) {
      expect(isValidSeed(seed)).toBe(false)
      expect(() => job(1000, seed)).toThrow(RangeError)
    }
    expect(
      isValidDraws(100) && isValidDraws(100_000) && isValidSeed(0) && isValidSeed(2 ** 32 - 1),
    ).toBe(true)
  })
})

describe('driving a job in slices', () => {
  it('yields between slices, reports rising progress, and ends with the one-shot result', () => {
    const { options, turn, pending } = manualDrive(40)
    const progress: number[] = []
    let result: UncertaintyResult | null = null
    driveJob(
      job(500, 8),
      {
        onProgress: (done, total) => {
          expect(total).toBe(500)
          progress.push(done)
        },
        onDone: (r) => (result = r),
        onError: (message) => expect.fail(message),
      },
      options,
    )
    let slices = 0
    while (pending() > 0) {
      turn()
      slices++
    }
    expect(slices).toBeGreaterThan(5)
    expect(progress.at(-1)).toBe(500)
    expect(progress.length).toBeGreaterThan(2)
    for (let k = 1; k < progress.length; k++)
      expect(progress[k]).toBeGreaterThan(progress[k - 1] as number)
    expect(result).toEqual(runInSteps(500, 8, 500))
  })

  it('reports nothing once cancelled, and stops at the next slice', () => {
    const { options, turn, pending } = manualDrive(40)
    const calls: string[] = []
    const handle = driveJob(
      job(500, 8),
      {
        onProgress: () => calls.push('progress'),
        onDone: () => calls.push('done'),
        onError: () => calls.push('error'),
      },
      options,
    )
    turn()
    turn()
    const before = calls.length
    handle.cancel()
    while (pending() > 0) turn()
    expect(calls.length).toBe(before)
    expect(calls).not.toContain('done')
  })
})

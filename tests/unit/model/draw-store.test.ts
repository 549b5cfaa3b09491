import { describe, expect, it } from 'vitest'
import { DrawStore, GROUP_WIDTH } from '@shared/model/uncertainty/draw-store'
import { Prng } from '@shared/model/uncertainty/prng'

/** Every (draw, column) of a store read back, for sizes that fill no tile exactly. */
function roundTrip(columns: number, draws: number): void {
  const rng = new Prng(columns * 1000 + draws)
  const values = Array.from({ length: draws }, () =>
    Float64Array.from({ length: columns }, () => Math.fround(rng.next() * 200 - 100)),
  )
  const store = new DrawStore(columns, draws)
  // Written in two parts per draw, as the Monte Carlo run writes series then indicators.
  const split = Math.min(columns, 37)
  values.forEach((row, d) => {
    store.write(d, 0, row, 0, split)
    store.write(d, split, row, split, columns - split)
  })
  const out = new Float32Array(GROUP_WIDTH * draws)
  const low = new Float64Array(GROUP_WIDTH)
  const high = new Float64Array(GROUP_WIDTH)
  for (let first = 0; first < columns; first += GROUP_WIDTH) {
    const width = Math.min(GROUP_WIDTH, columns - first)
    store.gather(first, width, out, low, high)
    for (let k = 0; k < width; k++) {
      const column = values.map((row) => row[first + k] as number)
      expect(Array.from(out.subarray(k * draws, (k + 1) * draws))).toEqual(column)
      expect(low[k]).toBe(Math.min(...column))
      expect(high[k]).toBe(Math.max(...column))
    }
  }
  store.release()
  expect(() => store.gather(0, 1, out, low, high)).toThrow(/released/)
}

describe('the Monte Carlo draw store', () => {
  it('gives back every column of every draw, with its range, whatever the sizes', () => {
    roundTrip(1, 1)
    roundTrip(16, 64)
    roundTrip(17, 65)
    roundTrip(53, 130)
    roundTrip(100, 1000)
  })

  it('refuses a read that spans two groups of columns', () => {
    const store = new DrawStore(40, 10)
    const out = new Float32Array(GROUP_WIDTH * 10)
    const range = new Float64Array(GROUP_WIDTH)
    expect(() => store.gather(10, 8, out, range, range)).toThrow(/two groups/)
    store.release()
  })
})

describe('the generator’s batch of uniforms', () => {
  it('is the same sequence as one number at a time, strictly inside (0, 1)', () => {
    const batch = new Prng(12345)
    const single = new Prng(12345)
    const out = new Float64Array(500)
    batch.fillOpenUniforms(out)
    for (const u of out) {
      expect(u).toBe((single.nextUint32() + 0.5) / 4294967296)
      expect(u > 0 && u < 1).toBe(true)
    }
    // Both generators are left in the same state.
    expect(batch.nextUint32()).toBe(single.nextUint32())
  })
})

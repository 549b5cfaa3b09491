import { describe, expect, it } from 'vitest'
import { DrawStore } from '@shared/model/uncertainty/draw-store'
import { Prng } from '@shared/model/uncertainty/prng'

/** `draws` rows of `columns` float32-exact values. */
function rows(columns: number, draws: number): Float64Array[] {
  const rng = new Prng(columns * 1000 + draws)
  return Array.from({ length: draws }, () =>
    Float64Array.from({ length: columns }, () => Math.fround(rng.next() * 200 - 100)),
  )
}

/** A store of these rows, each written in two parts as the Monte Carlo run writes them. */
function written(values: Float64Array[], columns: number): DrawStore {
  const store = new DrawStore(columns, values.length)
  // Series then indicators: a part from the start of an array, then a whole array.
  const split = Math.min(columns, 37)
  values.forEach((row, d) => {
    store.write(d, 0, row, 0, split)
    store.write(d, split, row.slice(split), 0, columns - split)
  })
  return store
}

/** Every column of `store` read back equals the rows', with its range. */
function expectColumns(store: DrawStore, values: Float64Array[], columns: number): void {
  const scratch = new Float32Array(values.length)
  const range = new Float64Array(2)
  for (let c = 0; c < columns; c++) {
    const expected = values.map((row) => row[c] as number)
    expect(Array.from(store.column(c, scratch, range))).toEqual(expected)
    expect(range[0]).toBe(Math.min(...expected))
    expect(range[1]).toBe(Math.max(...expected))
  }
}

describe('the Monte Carlo draw store', () => {
  it('gives back every column of every draw, with its range, whatever the sizes', () => {
    for (const [columns, draws] of [
      [1, 1],
      [16, 64],
      [17, 65],
      [53, 130],
      [100, 1000],
    ] as const) {
      const values = rows(columns, draws)
      const store = written(values, columns)
      expectColumns(store, values, columns)
      store.release()
      expect(() => store.column(0, new Float32Array(draws), new Float64Array(2))).toThrow(
        /released/,
      )
    }
  })

  it('joins parts run apart, in any sizes, into the run they make up', () => {
    const columns = 23
    const values = rows(columns, 300)
    const sizes = [64, 128, 1, 107]
    let first = 0
    const parts = sizes.map((size) => {
      const part = written(values.slice(first, first + size), columns)
      first += size
      // A part travels as its stored values, adopted on the other side.
      return new DrawStore(columns, size, part.values())
    })
    expectColumns(DrawStore.joined(columns, parts), values, columns)
  })

  it('refuses a draw of a block already stored, and any write to a joined store', () => {
    const store = new DrawStore(4, 200)
    const row = new Float64Array(4)
    store.write(0, 0, row, 0, 4)
    store.write(70, 0, row, 0, 4)
    expect(() => store.write(3, 0, row, 0, 4)).toThrow(/cannot be written/)
    expect(() => store.write(200, 0, row, 0, 4)).toThrow(/cannot be written/)
    const adopted = new DrawStore(4, 200, store.values())
    expect(() => adopted.write(0, 0, row, 0, 4)).toThrow(/only read/)
    expect(() => new DrawStore(4, 10, new Float32Array(39))).toThrow(/holds 40 values/)
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

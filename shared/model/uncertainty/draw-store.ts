/**
 * Where a Monte Carlo run keeps every draw's results (float32) until they are turned into
 * percentiles: tens of MB for 10,000 draws, written one draw at a time and read one column at a
 * time. Neither order suits the other: a column read across draw-major rows jumps a row's length
 * (5 kB) at each value, past what the processor prefetches, and waits on memory at every draw;
 * column-major storage scatters each draw's writes over a thousand pages.
 *
 * So the store is tiled: draws go in blocks of TILE_DRAWS, columns in groups of GROUP_WIDTH, and
 * each (block, group) tile is contiguous, draw-major inside — 64 draws × 16 columns × 4 bytes,
 * one 4 kB page. A draw writes one cache line per group into tiles its block keeps in cache; a
 * group of columns is read tile by tile, each tile a sequential page.
 */
export const GROUP_WIDTH = 16
const TILE_DRAWS = 64
/** A run split in parts splits it at multiples of this (whole blocks of tiles). */
export const PART_DRAWS = TILE_DRAWS
/**
 * Tiles are a cache line more than a page apart: at exactly 4 kB, the lines a draw writes (one per
 * group) would all fall in the same cache set and evict one another.
 */
const TILE = TILE_DRAWS * GROUP_WIDTH + GROUP_WIDTH

/**
 * The buffer of the last store released, kept for the next one: first touching that much fresh
 * memory can cost more than the draws themselves.
 */
let spare: Float32Array | null = null

function takeBuffer(length: number): Float32Array {
  const buffer = spare
  if (buffer && buffer.length >= length) {
    spare = null
    return buffer
  }
  return new Float32Array(length)
}

export class DrawStore {
  private readonly groups: number
  private readonly blockLength: number
  /**
   * The tiles, in one buffer, or for a run joined from parts in one buffer per part, each part's
   * blocks following the last's (`firstBlocks`: the first block of each): a joined run reads its
   * parts where they are rather than copying them into one buffer (hundreds of MB at 100,000 draws).
   */
  private readonly segments: readonly Float32Array[]
  private readonly firstBlocks: readonly number[]
  private released = false

  /** `tiles`: a store's contents to adopt (a part's, run apart: see `tiles`). */
  constructor(
    readonly columnCount: number,
    readonly draws: number,
    tiles?: Float32Array | readonly DrawStore[],
  ) {
    this.groups = Math.ceil(columnCount / GROUP_WIDTH)
    this.blockLength = this.groups * TILE
    const length = Math.ceil(draws / TILE_DRAWS) * this.blockLength
    if (Array.isArray(tiles)) {
      this.segments = tiles.map((part) => part.tiles())
      let block = 0
      this.firstBlocks = tiles.map((part) => {
        const first = block
        block += Math.ceil(part.draws / TILE_DRAWS)
        return first
      })
      return
    }
    const buffer = tiles as Float32Array | undefined
    if (buffer && buffer.length !== length)
      throw new RangeError(`a store of ${draws} draws holds ${length} values, not ${buffer.length}`)
    this.segments = [buffer ?? takeBuffer(length)]
    this.firstBlocks = [0]
  }

  /**
   * The stored draws, for a run split in parts: every part but the last holds a whole number of
   * tile blocks (PART_DRAWS), so the parts' tiles follow one another as the whole run's would.
   */
  tiles(): Float32Array {
    return this.single().subarray(0, Math.ceil(this.draws / TILE_DRAWS) * this.blockLength)
  }

  /** The stores of consecutive parts of a run (see `tiles`) as one store of all its draws. */
  static joined(columnCount: number, parts: readonly DrawStore[]): DrawStore {
    const draws = parts.reduce((sum, part) => sum + part.draws, 0)
    parts.slice(0, -1).forEach((part) => {
      if (part.draws % PART_DRAWS !== 0)
        throw new RangeError(`a part of a run but the last holds a multiple of ${PART_DRAWS} draws`)
    })
    return new DrawStore(columnCount, draws, parts)
  }

  /**
   * Store draw `draw`'s values: `values[from…]`, `count` of them, as its columns `column`… on.
   * A draw is stored in parts (the series, then the indicators), straight from the workspace.
   */
  write(draw: number, column: number, values: Float64Array, from: number, count: number): void {
    const buffer = this.single()
    const block = (draw / TILE_DRAWS) | 0
    const base = block * this.blockLength + (draw - block * TILE_DRAWS) * GROUP_WIDTH
    let group = (column / GROUP_WIDTH) | 0
    let k = column - group * GROUP_WIDTH
    let at = base + group * TILE + k
    for (let i = 0; i < count; i++) {
      buffer[at++] = values[from + i] as number
      if (++k === GROUP_WIDTH) {
        k = 0
        group++
        at = base + group * TILE
      }
    }
  }

  /**
   * Columns `first`… `first + width − 1` (within one group of GROUP_WIDTH) of every draw, each
   * column contiguous in `out` (column first + k at k·draws), and each column's lowest and highest
   * value into `low` and `high` at k: percentiles start from the range, and it costs nothing here.
   */
  gather(
    first: number,
    width: number,
    out: Float32Array,
    low: Float64Array,
    high: Float64Array,
  ): void {
    this.live()
    const group = (first / GROUP_WIDTH) | 0
    const offset = first - group * GROUP_WIDTH
    if (offset + width > GROUP_WIDTH) throw new RangeError('columns span two groups')
    const draws = this.draws
    for (let k = 0; k < width; k++) {
      low[k] = Number.POSITIVE_INFINITY
      high[k] = Number.NEGATIVE_INFINITY
    }
    let segment = 0
    for (let d0 = 0; d0 < draws; d0 += TILE_DRAWS) {
      const block = d0 / TILE_DRAWS
      while (block >= (this.firstBlocks[segment + 1] ?? Number.POSITIVE_INFINITY)) segment++
      const buffer = this.segments[segment] as Float32Array
      const tile =
        (block - (this.firstBlocks[segment] as number)) * this.blockLength + group * TILE + offset
      const end = Math.min(TILE_DRAWS, draws - d0)
      for (let k = 0; k < width; k++) {
        let lowest = low[k] as number
        let highest = high[k] as number
        const to = k * draws + d0
        for (let slot = 0, from = tile + k; slot < end; slot++, from += GROUP_WIDTH) {
          const v = buffer[from] as number
          out[to + slot] = v
          if (v < lowest) lowest = v
          if (v > highest) highest = v
        }
        low[k] = lowest
        high[k] = highest
      }
    }
  }

  /** Hands the buffer to the next store; nothing can be read from this one afterwards. */
  release(): void {
    if (this.released) return
    this.released = true
    const buffer = this.segments.length === 1 ? (this.segments[0] as Float32Array) : null
    if (buffer && (!spare || spare.length < buffer.length)) spare = buffer
  }

  private live(): void {
    if (this.released) throw new Error('This Monte Carlo run was released')
  }

  /** The one buffer of a store written draw by draw (a joined store is only read). */
  private single(): Float32Array {
    this.live()
    if (this.segments.length !== 1) throw new Error('A joined Monte Carlo store is only read')
    return this.segments[0] as Float32Array
  }
}

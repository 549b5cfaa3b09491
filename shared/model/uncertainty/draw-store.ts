/**
 * Where a Monte Carlo run keeps every draw's results (float32) until they are turned into
 * percentiles: tens of MB for 10,000 draws, written one draw at a time and read one column at a
 * time. The store is column-major, each column's draws contiguous, so that percentiles read a
 * column in place, with no copy. A draw's values are not written there one by one, which would
 * scatter them over a thousand pages: they are converted to float32 in one native copy into a
 * block of BLOCK_DRAWS rows, and each full block is turned into columns at once, its rows read
 * from cache, each column's part of the block written as one run. The block's pass also keeps
 * each column's lowest and highest value, which percentiles start from.
 */
/**
 * Small enough that the block (80 kB at 1,278 columns) is still in cache when it is turned into
 * columns after the projections of its draws — with lever effects, six a draw (64 draws: the
 * block's pass took 57 ms of a 10,000-draw run, 16 draws: 32 ms) — and large enough that each
 * column's part of it is a whole cache line (16 float32).
 */
const BLOCK_DRAWS = 16

/**
 * The buffer of the last store released, kept for the next one: first touching that much fresh
 * memory can cost more than the draws themselves.
 */
let spare: Float32Array | null = null

function takeBuffer(length: number): Float32Array {
  const buffer = spare
  if (buffer && buffer.length >= length) {
    spare = null
    return buffer.subarray(0, length)
  }
  return new Float32Array(length)
}

export class DrawStore {
  /**
   * The columns, in one buffer (`draws` values each), or for a run joined from parts one buffer
   * per part, each holding that part's draws of every column: a joined run reads its parts where
   * they are rather than copying them into one buffer (hundreds of MB at 100,000 draws).
   */
  private readonly segments: readonly Float32Array[]
  private readonly segmentDraws: readonly number[]
  /** Per column, its lowest and highest value so far (a store written here). */
  private readonly low: Float64Array | null
  private readonly high: Float64Array | null
  /** Draws written but not yet turned into columns: `pending` rows from draw `blockStart`. */
  private readonly block: Float32Array | null
  private blockStart = 0
  private pending = 0
  private released = false

  /** `values`: a store's contents to adopt (a part's, run apart: see `values`). */
  constructor(
    readonly columnCount: number,
    readonly draws: number,
    values?: Float32Array | readonly DrawStore[],
  ) {
    const length = columnCount * draws
    if (Array.isArray(values)) {
      this.segments = values.map((part) => part.values())
      this.segmentDraws = values.map((part) => part.draws)
    } else {
      const buffer = values as Float32Array | undefined
      if (buffer && buffer.length !== length)
        throw new RangeError(
          `a store of ${draws} draws holds ${length} values, not ${buffer.length}`,
        )
      this.segments = [buffer ?? takeBuffer(length)]
      this.segmentDraws = [draws]
    }
    const written = values === undefined
    this.block = written ? new Float32Array(BLOCK_DRAWS * columnCount) : null
    this.low = written ? new Float64Array(columnCount).fill(Number.POSITIVE_INFINITY) : null
    this.high = written ? new Float64Array(columnCount).fill(Number.NEGATIVE_INFINITY) : null
  }

  /** The stored draws, column by column: a part's, to be joined with the others' (`joined`). */
  values(): Float32Array {
    this.settle()
    return this.single()
  }

  /** The stores of consecutive parts of a run as one store of all its draws. */
  static joined(columnCount: number, parts: readonly DrawStore[]): DrawStore {
    const draws = parts.reduce((sum, part) => sum + part.draws, 0)
    return new DrawStore(columnCount, draws, parts)
  }

  /**
   * Store draw `draw`'s values: `values[from…]`, `count` of them, as its columns `column`… on.
   * A draw is stored in parts (the series, then the indicators), straight from the workspace;
   * draws come in order of blocks (a draw of an earlier block than the last written is refused).
   */
  write(draw: number, column: number, values: Float64Array, from: number, count: number): void {
    const block = this.writable()
    if (draw < this.blockStart || draw >= this.draws)
      throw new RangeError(`draw ${draw} cannot be written now`)
    if (draw >= this.blockStart + BLOCK_DRAWS) {
      this.settle()
      this.blockStart = draw - (draw % BLOCK_DRAWS)
    }
    const at = (draw - this.blockStart) * this.columnCount + column
    // One native conversion when the whole array is written (every series, every indicator).
    if (from === 0 && count === values.length) block.set(values, at)
    else for (let i = 0; i < count; i++) block[at + i] = values[from + i] as number
    this.pending = Math.max(this.pending, draw - this.blockStart + 1)
  }

  /**
   * Column `c` of every draw and its range (lowest into range[0], highest into range[1]): a view
   * of the store where the column is in one piece, else copied into `scratch` (draws long).
   */
  column(c: number, scratch: Float32Array, range: Float64Array): Float32Array {
    this.settle()
    if (this.low && this.high) {
      range[0] = this.low[c] as number
      range[1] = this.high[c] as number
      const draws = this.draws
      return this.single().subarray(c * draws, (c + 1) * draws)
    }
    let lowest = Number.POSITIVE_INFINITY
    let highest = Number.NEGATIVE_INFINITY
    let to = 0
    for (let s = 0; s < this.segments.length; s++) {
      const part = this.segments[s] as Float32Array
      const n = this.segmentDraws[s] as number
      for (let i = c * n, end = i + n; i < end; i++) {
        const v = part[i] as number
        scratch[to++] = v
        if (v < lowest) lowest = v
        if (v > highest) highest = v
      }
    }
    range[0] = lowest
    range[1] = highest
    return scratch.subarray(0, this.draws)
  }

  /** Hands the buffer to the next store; nothing can be read from this one afterwards. */
  release(): void {
    if (this.released) return
    this.released = true
    const buffer = this.segments.length === 1 ? (this.segments[0] as Float32Array) : null
    if (buffer && (!spare || spare.length < buffer.length)) spare = buffer
  }

  /** Turns the draws written since the last block into columns. */
  private settle(): void {
    this.live()
    const { block, low, high, pending } = this
    if (!block || !low || !high || pending === 0) return
    const columns = this.columnCount
    const draws = this.draws
    const buffer = this.segments[0] as Float32Array
    for (let c = 0; c < columns; c++) {
      let lowest = low[c] as number
      let highest = high[c] as number
      // The rows of a block are read a column at a time: the 16 cache lines one column touches
      // serve the next fifteen columns too.
      for (let r = 0, from = c, to = c * draws + this.blockStart; r < pending; r++) {
        const v = block[from] as number
        buffer[to++] = v
        if (v < lowest) lowest = v
        if (v > highest) highest = v
        from += columns
      }
      low[c] = lowest
      high[c] = highest
    }
    this.pending = 0
  }

  private live(): void {
    if (this.released) throw new Error('This Monte Carlo run was released')
  }

  private writable(): Float32Array {
    this.live()
    if (!this.block) throw new Error('A Monte Carlo store adopted or joined is only read')
    return this.block
  }

  /** The one buffer of a store written draw by draw or adopted whole (a joined store is several). */
  private single(): Float32Array {
    if (this.segments.length !== 1) throw new Error('A joined Monte Carlo store is read by column')
    return this.segments[0] as Float32Array
  }
}

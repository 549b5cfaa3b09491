/**
 * Percentiles of a column of Monte Carlo draws without sorting it. One pass finds the range, one
 * counts the values in 2,048 equal-width bins, one gathers the few bins that hold the wanted ranks;
 * the exact order statistics are then selected inside those small bins. Bins are ordered by value,
 * so the result is exact, whatever the shape of the distribution.
 */
export const PERCENTILES = [5, 25, 50, 75, 95] as const

const BINS = 2048
const counts = new Int32Array(BINS)
const binStart = new Int32Array(BINS)
const binFill = new Int32Array(BINS)
const binLow = new Float64Array(BINS)
const binHigh = new Float64Array(BINS)
const binAtLow = new Int32Array(BINS)
const binAtHigh = new Int32Array(BINS)
let gathered = new Float32Array(1024)

function swap(a: Float32Array, i: number, j: number): void {
  const t = a[i] as number
  a[i] = a[j] as number
  a[j] = t
}

/** The k-th smallest of a[lo..hi] (quickselect, median-of-three pivot). */
function select(a: Float32Array, lo: number, hi: number, k: number): number {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1
    if ((a[mid] as number) < (a[lo] as number)) swap(a, mid, lo)
    if ((a[hi] as number) < (a[lo] as number)) swap(a, hi, lo)
    if ((a[hi] as number) < (a[mid] as number)) swap(a, hi, mid)
    const pivot = a[mid] as number
    let i = lo
    let j = hi
    while (i <= j) {
      while ((a[i] as number) < pivot) i++
      while ((a[j] as number) > pivot) j--
      if (i <= j) {
        swap(a, i, j)
        i++
        j--
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else break
  }
  return a[k] as number
}

/**
 * The 5th, 25th, 50th, 75th and 95th percentiles of `column`, with linear interpolation between
 * order statistics (the usual "type 7" definition), into `out` at `offset`. `column` is not changed.
 */
export function percentilesOf(column: Float32Array, out: Float64Array, offset: number): void {
  const n = column.length
  if (n === 0) return
  const last = n - 1
  let lowest = column[0] as number
  let highest = lowest
  for (let i = 1; i < n; i++) {
    const v = column[i] as number
    if (v < lowest) lowest = v
    else if (v > highest) highest = v
  }
  if (lowest === highest) {
    // A column that does not vary (a lever not yet started, the base year): nothing to select.
    for (let q = 0; q < PERCENTILES.length; q++) out[offset + q] = lowest
    return
  }
  const scale = BINS / (highest - lowest)
  // `| 0` truncates (the offset is never negative) and keeps the index a small integer: a −0
  // (0 − 0 in a column holding both zeros, as −x of a nil x gives) would send every typed-array
  // store down V8's slow path, several times slower for every column after it.
  const binOf = (v: number) => {
    const b = ((v - lowest) * scale) | 0
    return b >= BINS ? BINS - 1 : b
  }
  counts.fill(0)
  for (let i = 0; i < n; i++) {
    const b = binOf(column[i] as number)
    counts[b] = (counts[b] as number) + 1
  }

  // Ranks wanted: floor and ceiling of each percentile's position.
  const ranks: number[] = []
  for (const p of PERCENTILES) {
    const position = (p / 100) * last
    ranks.push(Math.floor(position), Math.min(last, Math.floor(position) + 1))
  }
  // Where each bin starts in sorted order; mark the bins holding a wanted rank.
  let cumulative = 0
  binFill.fill(-1)
  let gatheredSize = 0
  for (let b = 0, r = 0; b < BINS; b++) {
    const count = counts[b] as number
    let wanted = false
    while (r < ranks.length && (ranks[r] as number) < cumulative + count) {
      wanted = true
      r++
    }
    binStart[b] = cumulative
    if (wanted) {
      binFill[b] = gatheredSize
      gatheredSize += count
    }
    cumulative += count
  }
  if (gathered.length < gatheredSize) gathered = new Float32Array(gatheredSize * 2)
  const segmentStart = Int32Array.from(binFill)
  for (let i = 0; i < n; i++) {
    const v = column[i] as number
    const b = binOf(v)
    const slot = binFill[b] as number
    if (slot >= 0) {
      gathered[slot] = v
      binFill[b] = slot + 1
    }
  }
  // A bin often holds one value many times (0 in the draws where nothing was imposed, a share
  // capped at 1): its ranks at its lowest or highest value are read off without selecting, which
  // would otherwise walk the whole bin once per percentile.
  for (let b = 0; b < BINS; b++) {
    const start = segmentStart[b] as number
    if (start < 0) continue
    const end = start + (counts[b] as number)
    let low = gathered[start] as number
    let high = low
    for (let i = start + 1; i < end; i++) {
      const v = gathered[i] as number
      if (v < low) low = v
      else if (v > high) high = v
    }
    let atLow = 0
    let atHigh = 0
    for (let i = start; i < end; i++) {
      const v = gathered[i] as number
      if (v === low) atLow++
      if (v === high) atHigh++
    }
    binLow[b] = low
    binHigh[b] = high
    binAtLow[b] = atLow
    binAtHigh[b] = atHigh
  }
  const orderStatistic = (rank: number) => {
    // The last bin starting at or before the rank (binary search over the bin starts).
    let lo = 0
    let hi = BINS - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if ((binStart[mid] as number) <= rank) lo = mid
      else hi = mid - 1
    }
    // Empty bins share their start with the next one: step back to the bin that holds the rank.
    let b = lo
    while ((counts[b] as number) === 0 && b > 0) b--
    const start = segmentStart[b] as number
    const offset = rank - (binStart[b] as number)
    if (offset < (binAtLow[b] as number)) return binLow[b] as number
    if (offset >= (counts[b] as number) - (binAtHigh[b] as number)) return binHigh[b] as number
    return select(
      gathered,
      start,
      start + (counts[b] as number) - 1,
      start + rank - (binStart[b] as number),
    )
  }
  PERCENTILES.forEach((p, q) => {
    const position = (p / 100) * last
    const below = orderStatistic(ranks[2 * q] as number)
    const fraction = position - Math.floor(position)
    const above = fraction > 0 ? orderStatistic(ranks[2 * q + 1] as number) : below
    out[offset + q] = below + fraction * (above - below)
  })
}

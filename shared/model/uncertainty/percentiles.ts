/**
 * Percentiles of a column of Monte Carlo draws without sorting it. One pass finds the range, one
 * counts the values in 1,024 equal-width bins, one gathers the few bins that hold the wanted ranks;
 * the exact order statistics are then selected inside those small bins. Bins are ordered by value,
 * so the result is exact, whatever the shape of the distribution.
 */
export const PERCENTILES = [5, 25, 50, 75, 95] as const

const BINS = 1024
const counts = new Int32Array(BINS)
const binStart = new Int32Array(BINS)
const binFill = new Int32Array(BINS)
const binLow = new Float64Array(BINS)
const binHigh = new Float64Array(BINS)
/** Per bin holding a wanted rank: how many of its values equal its lowest and its highest. */
const lowCount = new Int32Array(BINS)
const highCount = new Int32Array(BINS)
const segmentStart = new Int32Array(BINS)
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

/** Ranks wanted for a column of `n` values: floor and ceiling of each percentile's position. */
const ranks = new Int32Array(2 * PERCENTILES.length)
let ranksFor = -1

function setRanks(n: number): void {
  if (ranksFor === n) return
  const last = n - 1
  PERCENTILES.forEach((p, q) => {
    const floor = Math.floor((p / 100) * last)
    ranks[2 * q] = floor
    ranks[2 * q + 1] = Math.min(last, floor + 1)
  })
  ranksFor = n
}

/**
 * The 5th, 25th, 50th, 75th and 95th percentiles of `column`, with linear interpolation between
 * order statistics (the usual "type 7" definition), into `out` at `offset`. `column` is not changed.
 */
export function percentilesOf(column: Float32Array, out: Float64Array, offset: number): void {
  const n = column.length
  if (n === 0) return
  let lowest = column[0] as number
  let highest = lowest
  for (let i = 1; i < n; i++) {
    const v = column[i] as number
    if (v < lowest) lowest = v
    else if (v > highest) highest = v
  }
  percentilesInRange(column, lowest, highest, out, offset)
}

/** As `percentilesOf`, for a column whose lowest and highest values are already known. */
export function percentilesInRange(
  column: Float32Array,
  lowest: number,
  highest: number,
  out: Float64Array,
  offset: number,
): void {
  const n = column.length
  if (n === 0) return
  if (lowest === highest) {
    // A column that does not vary (a lever not yet started, the base year): nothing to select.
    for (let q = 0; q < PERCENTILES.length; q++) out[offset + q] = lowest
    return
  }
  const scale = BINS / (highest - lowest)
  const top = BINS - 1
  // `| 0` truncates (the offset is never negative) and keeps the index a small integer: a −0
  // (0 − 0 in a column holding both zeros, as −x of a nil x gives) would send every typed-array
  // store down V8's slow path, several times slower for every column after it.
  counts.fill(0)
  for (let i = 0; i < n; i++) {
    const b = (((column[i] as number) - lowest) * scale) | 0
    const bin = b > top ? top : b
    counts[bin] = (counts[bin] as number) + 1
  }

  setRanks(n)
  // Where each bin starts in sorted order; mark the bins holding a wanted rank.
  let cumulative = 0
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
      segmentStart[b] = gatheredSize
      binFill[b] = gatheredSize
      gatheredSize += count
    } else {
      segmentStart[b] = -1
      binFill[b] = -1
    }
    cumulative += count
  }
  if (gathered.length < gatheredSize) gathered = new Float32Array(gatheredSize * 2)
  for (let i = 0; i < n; i++) {
    const v = column[i] as number
    const b = ((v - lowest) * scale) | 0
    const bin = b > top ? top : b
    const slot = binFill[bin] as number
    if (slot >= 0) {
      gathered[slot] = v
      binFill[bin] = slot + 1
    }
  }
  // A bin often holds one value many times (0 in the draws where nothing was imposed, a share
  // capped at 1): its ranks at its lowest or highest value are read off without selecting, which
  // would otherwise walk the whole bin once per percentile.
  // Ranks are in increasing order, so a bin holding several comes up several times in a row.
  let summed = -1
  for (let r = 0; r < ranks.length; r++) {
    const b = binOfRank(ranks[r] as number)
    if (b === summed) continue
    summed = b
    const start = segmentStart[b] as number
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
    lowCount[b] = atLow
    highCount[b] = atHigh
  }
  const orderStatistic = (rank: number) => {
    const b = binOfRank(rank)
    const start = segmentStart[b] as number
    const within = rank - (binStart[b] as number)
    if (within < (lowCount[b] as number)) return binLow[b] as number
    if (within >= (counts[b] as number) - (highCount[b] as number)) return binHigh[b] as number
    return select(gathered, start, start + (counts[b] as number) - 1, start + within)
  }
  const last = n - 1
  for (let q = 0; q < PERCENTILES.length; q++) {
    const position = ((PERCENTILES[q] as number) / 100) * last
    const below = orderStatistic(ranks[2 * q] as number)
    const fraction = position - Math.floor(position)
    const above = fraction > 0 ? orderStatistic(ranks[2 * q + 1] as number) : below
    out[offset + q] = below + fraction * (above - below)
  }
}

/** The bin holding the value of sorted rank `rank`: the last non-empty bin starting at or before it. */
function binOfRank(rank: number): number {
  let lo = 0
  let hi = BINS - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if ((binStart[mid] as number) <= rank) lo = mid
    else hi = mid - 1
  }
  // Empty bins share their start with the next one: step back to the bin that holds the rank.
  while ((counts[lo] as number) === 0 && lo > 0) lo--
  return lo
}

/**
 * Percentiles of a column of Monte Carlo draws, by successive partial partitioning (quickselect)
 * instead of a full sort: the five percentiles cost about three passes over the column.
 */
export const PERCENTILES = [5, 25, 50, 75, 95] as const

function swap(a: Float32Array, i: number, j: number): void {
  const t = a[i] as number
  a[i] = a[j] as number
  a[j] = t
}

/** Put the k-th smallest of a[lo..hi] at index k, smaller ones before it, larger after. */
function select(a: Float32Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    // Median of three as pivot, which keeps sorted and constant columns linear.
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
    else return
  }
}

function minOf(a: Float32Array, lo: number, hi: number): number {
  let m = a[lo] as number
  for (let i = lo + 1; i <= hi; i++) if ((a[i] as number) < m) m = a[i] as number
  return m
}

/**
 * The 5th, 25th, 50th, 75th and 95th percentiles of `column` (reordered in place), with linear
 * interpolation between order statistics (the usual "type 7" definition), into `out` at `offset`.
 */
export function percentilesInPlace(column: Float32Array, out: Float64Array, offset: number): void {
  const n = column.length
  if (n === 0) return
  const last = n - 1
  const ranks = PERCENTILES.map((p) => (p / 100) * last)
  const lowIdx = ranks.map((r) => Math.floor(r))
  // Select the middle one first, then the others inside the halves it leaves.
  const order = [2, 1, 0, 3, 4]
  const bounds: Array<[number, number]> = [
    [0, last],
    [0, last],
    [0, last],
    [0, last],
    [0, last],
  ]
  for (const q of order) {
    const [lo, hi] = bounds[q] as [number, number]
    const k = lowIdx[q] as number
    select(column, lo, hi, k)
    if (q === 2) {
      bounds[1] = [0, k]
      bounds[0] = [0, k]
      bounds[3] = [k, last]
      bounds[4] = [k, last]
    } else if (q === 1) bounds[0] = [0, k]
    else if (q === 3) bounds[4] = [k, last]
    const below = column[k] as number
    const fraction = (ranks[q] as number) - k
    const above = fraction > 0 && k < last ? minOf(column, k + 1, last) : below
    out[offset + q] = below + fraction * (above - below)
  }
}

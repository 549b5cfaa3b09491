import { cpus, totalmem } from 'node:os'

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

/** Time `fn` `repeats` times (after `warmup` untimed calls); milliseconds per call. */
export function timeRepeated(fn: () => void, repeats: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  for (let i = 0; i < repeats; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return times
}

/**
 * Time several measurements in turns: round after round, each `fn` called `perRound` times
 * (after `warmup` untimed calls each), milliseconds per call, one list per measurement. On a
 * machine shared with others, whose speed drifts for seconds at a time, turns spread every
 * measurement over the whole run instead of leaving one of them to a slow spell.
 */
export function timeInTurns(
  measurements: ReadonlyArray<{ fn: () => void; perRound: number }>,
  rounds: number,
  warmup = 1,
): number[][] {
  for (const { fn } of measurements) for (let i = 0; i < warmup; i++) fn()
  const times = measurements.map(() => [] as number[])
  for (let round = 0; round < rounds; round++) {
    measurements.forEach(({ fn, perRound }, m) => {
      for (let i = 0; i < perRound; i++) {
        const start = performance.now()
        fn()
        ;(times[m] as number[]).push(performance.now() - start)
      }
    })
  }
  return times
}

export function machine(): string {
  const cpu = cpus()[0]
  return `${cpu?.model ?? 'unknown CPU'} × ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`
}

export interface BenchLine {
  readonly name: string
  readonly median: string
  readonly detail: string
  readonly target: string
  /** Met the target; `null` for a figure printed for context, which has none. */
  readonly ok: boolean | null
  /**
   * Issue #18's goal for the same figure ("performance at the floor"), stricter than the first
   * wave's `target`, and whether it is met: printed beside it, counted apart.
   */
  readonly floor?: { readonly target: string; readonly ok: boolean }
}

const mark = (ok: boolean | null) => (ok === null ? '·' : ok ? '✓' : '✗')

export function printTable(title: string, lines: BenchLine[]): void {
  console.log(`\n${title}`)
  const width = Math.max(...lines.map((l) => l.name.length))
  for (const l of lines) {
    console.log(
      `  ${mark(l.ok)} ${l.name.padEnd(width)}  median ${l.median.padStart(10)}  target ${l.target.padEnd(9)} ${l.detail}`,
    )
    if (l.floor)
      console.log(`  ${' '.repeat(width + 2)}  #18's goal ${l.floor.target}: ${mark(l.floor.ok)}`)
  }
}

import { describe, expect, it } from 'vitest'
import { LatestWins } from '../../../renderer/src/sim/latest-wins'

/** A runner whose runs finish only when the test says so. */
function controlled() {
  const runs: Array<{ input: number; finish: (output: string) => void; fail: (e: Error) => void }> =
    []
  const run = (input: number) =>
    new Promise<string>((resolve, reject) => runs.push({ input, finish: resolve, fail: reject }))
  return { runs, run }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('latest-wins scheduling', () => {
  it('runs at once when idle', async () => {
    const { runs, run } = controlled()
    const results: string[] = []
    const scheduler = new LatestWins(run, (o) => results.push(o))
    scheduler.request(1)
    expect(runs.map((r) => r.input)).toEqual([1])
    runs[0]?.finish('one')
    await flush()
    expect(results).toEqual(['one'])
    expect(scheduler.busy).toBe(false)
  })

  it('coalesces requests made during a run into one run on the latest input', async () => {
    const { runs, run } = controlled()
    const results: string[] = []
    const scheduler = new LatestWins(run, (o) => results.push(o))
    scheduler.request(1)
    for (const input of [2, 3, 4, 5]) scheduler.request(input)
    expect(runs.map((r) => r.input)).toEqual([1])
    runs[0]?.finish('stale')
    await flush()
    // The result for 1 is dropped: input 5 superseded it; then 5 runs, and only once.
    expect(results).toEqual([])
    expect(runs.map((r) => r.input)).toEqual([1, 5])
    runs[1]?.finish('five')
    await flush()
    expect(results).toEqual(['five'])
  })

  it('reports the error of the latest run only, and keeps going', async () => {
    const { runs, run } = controlled()
    const errors: string[] = []
    const results: string[] = []
    const scheduler = new LatestWins(
      run,
      (o) => results.push(o),
      (e) => errors.push((e as Error).message),
    )
    scheduler.request(1)
    runs[0]?.fail(new Error('bad input'))
    await flush()
    expect(errors).toEqual(['bad input'])
    scheduler.request(2)
    runs[1]?.finish('two')
    await flush()
    expect(results).toEqual(['two'])
  })
})

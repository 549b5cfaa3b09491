export class QueueFullError extends Error {}

/**
 * At most `running` jobs at once, at most `waiting` more in line, the rest refused at once. Each
 * print starts a whole browser (a few hundred MB): without a bound, a burst of requests starts as
 * many browsers as it has requests.
 */
export function createRenderQueue(running = 2, waiting = 8) {
  let active = 0
  const line: Array<() => void> = []

  function release(): void {
    const next = line.shift()
    if (next) next()
    else active -= 1
  }

  async function run<T>(job: () => Promise<T>): Promise<T> {
    if (active < running) active += 1
    else if (line.length < waiting) await new Promise<void>((resolve) => line.push(resolve))
    else throw new QueueFullError('busy')
    // A released slot passes straight to the next in line: `active` counts it still.
    try {
      return await job()
    } finally {
      release()
    }
  }

  return { run, stats: () => ({ active, waiting: line.length }) }
}

import type { UncertaintyResult } from './uncertainty-job'

export interface JobHandlers<R = UncertaintyResult> {
  onProgress(done: number, total: number): void
  onDone(result: R): void
  onError(message: string): void
}

/** A job done in steps: an uncertainty run, or one part of a run split between workers. */
export interface SteppedJob<R> {
  readonly total: number
  readonly completed: number
  /** Up to `count` more steps; true once all are done. */
  step(count: number): boolean
  result(): R
}

export interface DriveOptions {
  /** Work done before giving the thread back (to read a cancel message, or to paint). */
  readonly sliceMs: number
  /** Progress reports at most this often, so the interface redraws its bar at most ~20 times/s. */
  readonly progressEveryMs: number
  /** Draws between two looks at the clock. */
  readonly drawsPerCheck: number
  now(): number
  /** Run `next` later, after other waiting tasks (a timer, so a cancel message gets in first). */
  defer(next: () => void): void
}

/**
 * Runs `next` as a new task through a message to itself. A message waits behind messages already
 * queued, so a cancel sent meanwhile still gets in first; a timer would do the same, but nested
 * timers are held back at least 4 ms each, a tenth of a 10,000-draw run spent waiting.
 */
function deferByMessage(next: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(next, 0)
    return
  }
  // A channel per slice (one every 24 ms), closed once used: nothing is left listening after a run.
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    next()
  }
  channel.port2.postMessage(null)
}

export const DEFAULT_DRIVE: DriveOptions = {
  sliceMs: 24,
  progressEveryMs: 50,
  drawsPerCheck: 64,
  now: () => performance.now(),
  defer: deferByMessage,
}

/**
 * Runs a job in time slices: after each slice it yields, so a cancel can stop it between two
 * slices, and reports progress now and then. Nothing is reported once cancelled.
 */
export function driveJob<R>(
  job: SteppedJob<R>,
  handlers: JobHandlers<R>,
  options: DriveOptions = DEFAULT_DRIVE,
): { cancel(): void } {
  let cancelled = false
  let lastReport = Number.NEGATIVE_INFINITY
  const slice = () => {
    if (cancelled) return
    try {
      const deadline = options.now() + options.sliceMs
      let finished = false
      while (!finished && options.now() < deadline) finished = job.step(options.drawsPerCheck)
      if (finished) {
        handlers.onProgress(job.total, job.total)
        handlers.onDone(job.result())
        return
      }
      const now = options.now()
      if (now - lastReport >= options.progressEveryMs) {
        lastReport = now
        handlers.onProgress(job.completed, job.total)
      }
      options.defer(slice)
    } catch (error) {
      handlers.onError(error instanceof Error ? error.message : String(error))
    }
  }
  options.defer(slice)
  return {
    cancel() {
      cancelled = true
    },
  }
}

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { createApiHandlers } from '../../electron/services/api-handlers'
import { createDispatch } from '../../electron/services/dispatch'
import { WorkbookSession } from '../../electron/services/workbook-session'

const PRESETS = ['current-law', 'dst-6', 'dst-15-tier', 'platform-profit-10']

/** `count` distinct scenario documents, as an analyst's export file would hold them. */
export function scenarioDocuments(count: number, prefix = 'Imported'): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const scenario = defaultScenario(PRESETS[i % PRESETS.length])
    scenario.levers.dst.rate = 0.03 + (i % 50) * 0.001
    return { ...scenario, name: `${prefix} ${i}` }
  })
}

export interface ImportStall {
  /** How long the import took, from the call to its answer. */
  readonly importMs: number
  /** The longest wait of a cheap call (getAppInfo) issued while the import ran. */
  readonly longestStallMs: number
  /** How many cheap calls were answered before the import's answer. */
  readonly answeredDuring: number
  readonly imported: number
}

export interface Stall<T> {
  readonly result: T
  /** How long the work took, from its start to its end. */
  readonly workMs: number
  /** The longest wait of a cheap call issued while the work ran. */
  readonly longestStallMs: number
  /** How many cheap calls were answered before the work ended. */
  readonly answeredDuring: number
}

/**
 * While `work` runs, make cheap calls one after another: the longest of their waits is how long
 * the thread that answers requests was held up by it.
 */
export async function stallDuring<T>(
  work: () => Promise<T>,
  cheapCall: () => Promise<unknown>,
): Promise<Stall<T>> {
  let done = false
  let longestStallMs = 0
  let answeredDuring = 0
  const start = performance.now()
  const running = work().finally(() => (done = true))
  while (!done) {
    // Each cheap call arrives as a new event (as a request on a socket would), 1 ms after the
    // last answer; its wait is from then to its answer.
    const asked = performance.now() + 1
    await new Promise((resolve) => setTimeout(resolve, 1))
    await cheapCall()
    longestStallMs = Math.max(longestStallMs, performance.now() - asked)
    if (!done) answeredDuring++
  }
  const result = await running
  return { result, workMs: performance.now() - start, longestStallMs, answeredDuring }
}

/**
 * Import `count` scenarios through the API's dispatch, into a fresh workbook, while cheap calls
 * are made one after another: the longest of their waits is how long the host was blocked.
 */
export async function measureImportStall(count: number): Promise<ImportStall> {
  const dataDir = mkdtempSync(join(tmpdir(), 'levier-import-'))
  const session = new WorkbookSession(dataDir)
  try {
    const dispatch = createDispatch(createApiHandlers({ host: 'loopback', dataDir }, session))
    await dispatch('getWorkbook', {})
    const documents = scenarioDocuments(count)
    const stall = await stallDuring(
      () => dispatch('importScenarios', { documents, onConflict: 'refuse' }),
      () => dispatch('getAppInfo', {}),
    )
    const result = stall.result
    if (!result.ok) throw new Error(`import failed: ${result.error.message}`)
    return {
      importMs: stall.workMs,
      longestStallMs: stall.longestStallMs,
      answeredDuring: stall.answeredDuring,
      imported: (result.value as unknown[]).length,
    }
  } finally {
    session.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { acquireLock, lockPath, WorkbookLocked } from '../../../electron/storage/lock'
import { ScenarioStore } from '../../../electron/storage/scenario-store'
import { Workbook } from '../../../electron/storage/workbook'
import { buildNodeEntry } from '../../helpers/build-node-entry'
import { newWorkbook, sqlite3 } from '../../helpers/workbooks'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const KILLS = 200
let childEntry = ''
let checkpointWorker = ''

beforeAll(async () => {
  // The child runs the real storage code, bundled the way the app bundles it, and checkpoints in
  // the real worker: every opening folds the journal the last child left while the child saves on.
  childEntry = await buildNodeEntry('tests/helpers/save-loop-child.ts', 'test-child')
  checkpointWorker = await buildNodeEntry(
    'electron/storage/checkpoint-worker.ts',
    'test-checkpoint-worker',
  )
}, 60_000)

/** Run the child until it has acknowledged some saves, then kill it at a random moment. */
function saveUntilKilled(
  path: string,
  prefix: string,
  delayMs: number,
  journal: boolean,
): Promise<string[]> {
  // Every other run saves through the change journal, as a large workbook does.
  const env = {
    ...process.env,
    LEVIER_JOURNAL_ABOVE_BYTES: journal ? '0' : String(64 * 1024 * 1024),
    LEVIER_CHECKPOINT_WORKER: checkpointWorker,
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childEntry, path, prefix], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    })
    let output = ''
    let errors = ''
    let killed = false
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (!killed && output.includes('ready\n')) {
        killed = true
        setTimeout(() => child.kill('SIGKILL'), delayMs)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child ended with ${code}: ${errors}`))
      resolve(
        output
          .split('\n')
          .filter((l) => l.startsWith('ack '))
          .map((l) => l.slice(4)),
      )
    })
  })
}

describe('crash safety', () => {
  it(`keeps every acknowledged save through ${KILLS} SIGKILLs at random moments, with and without the journal`, async () => {
    let path = ''
    const acknowledged = new Set<string>()
    let seed = 12345
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let kill = 0; kill < KILLS; kill++) {
      if (kill % 25 === 0) {
        const made = await newWorkbook(tempDir(), 'crash.levier')
        made.workbook.close()
        path = made.path
        acknowledged.clear()
      }
      const journal = kill % 2 === 1
      for (const name of await saveUntilKilled(
        path,
        `k${kill}`,
        Math.floor(random() * 120),
        journal,
      ))
        acknowledged.add(name)
      // Read-only, so the journal the killed child left is folded by the next child, in its worker,
      // while it saves (its lock, stale, is taken over then).
      const workbook = await Workbook.open(path, { readOnly: true })
      const names = new Set(new ScenarioStore(workbook).list().map((s) => s.name))
      workbook.close()
      const lost = [...acknowledged].filter((name) => !names.has(name))
      expect(lost, `after kill ${kill}`).toEqual([])
      if (kill % 25 === 24) expect(sqlite3(path, 'PRAGMA integrity_check')).toBe('ok')
    }
  }, 600_000)
})

describe('the writer’s lock', () => {
  it('stops a second writer, saying who holds the workbook; read-only stays possible', async () => {
    const { workbook, path } = await newWorkbook(tempDir())
    await expect(Workbook.open(path)).rejects.toThrow(WorkbookLocked)
    await expect(Workbook.open(path)).rejects.toThrow(
      new RegExp(`process ${process.pid} on ${hostname()}`),
    )
    const reader = await Workbook.open(path, { readOnly: true })
    reader.close()
    workbook.close()
    expect(existsSync(lockPath(path))).toBe(false)
    const again = await Workbook.open(path)
    again.close()
  })

  it('takes over a stale lock of ours (marked, or as earlier versions wrote it), never a file that is not a lock', () => {
    const dir = tempDir()
    const path = join(dir, 'w.levier')
    const gone = { pid: 2 ** 22 + 17, host: hostname(), since: '2026-01-01T00:00:00Z' }
    writeFileSync(lockPath(path), JSON.stringify({ levierLock: 1, ...gone }))
    acquireLock(path)()
    writeFileSync(lockPath(path), JSON.stringify(gone))
    acquireLock(path)()
    expect(existsSync(lockPath(path))).toBe(false)
    for (const foreign of ['{half a lock', 'my notes', '', JSON.stringify({ ...gone, x: 1 })]) {
      writeFileSync(lockPath(path), foreign)
      expect(() => acquireLock(path)).toThrow(
        `${lockPath(path)} exists and is not a lock written by Levier`,
      )
      expect(readFileSync(lockPath(path), 'utf8')).toBe(foreign)
    }
  })

  it('takes over a lock naming our own PID that this process does not hold (PID reused)', () => {
    const path = join(tempDir(), 'w.levier')
    const ours = {
      levierLock: 1,
      pid: process.pid,
      host: hostname(),
      since: '2020-01-01T00:00:00Z',
    }
    writeFileSync(lockPath(path), JSON.stringify(ours))
    const release = acquireLock(path)
    expect(() => acquireLock(path)).toThrow(/already open for writing in this Levier/)
    release()
    expect(existsSync(lockPath(path))).toBe(false)
  })

  it('respects a lock held by a live process', () => {
    const path = join(tempDir(), 'w.levier')
    writeFileSync(
      lockPath(path),
      JSON.stringify({ pid: process.ppid, host: hostname(), since: '2026-01-01T00:00:00Z' }),
    )
    expect(() => acquireLock(path)).toThrow(WorkbookLocked)
  })
})

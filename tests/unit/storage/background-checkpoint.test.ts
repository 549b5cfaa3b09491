import {
  appendFileSync,
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { Worker } from 'node:worker_threads'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { foldJournal } from '../../../electron/storage/checkpoint-fold'
import {
  appendChange,
  checkpointMark,
  journalPath,
  keepChangesAfter,
} from '../../../electron/storage/journal'
import { ScenarioStore } from '../../../electron/storage/scenario-store'
import { identityOfPath } from '../../../electron/storage/regular-file'
import { VerifiedFiles } from '../../../electron/storage/verified-files'
import { Workbook } from '../../../electron/storage/workbook'
import { buildNodeEntry } from '../../helpers/build-node-entry'
import { useTempDirs } from '../../helpers/temp-dir'
import { newWorkbook, scenarioNamed, sqlite3, useOpenWorkbooks } from '../../helpers/workbooks'

const tempDir = useTempDirs()
const open = useOpenWorkbooks()
let worker = ''

beforeAll(async () => {
  // The worker as the hosts run it: bundled, in its own thread.
  worker = await buildNodeEntry('electron/storage/checkpoint-worker.ts', 'test-checkpoint-worker')
}, 60_000)
beforeEach(() => {
  vi.stubEnv('LEVIER_JOURNAL_ABOVE_BYTES', '0')
  vi.stubEnv('LEVIER_CHECKPOINT_WORKER', worker)
})
afterEach(() => vi.unstubAllEnvs())

async function journaled(names: string[]) {
  const made = await newWorkbook(tempDir())
  open.push(made.workbook)
  for (const name of names) made.store.create(scenarioNamed(name), 'ana')
  return made
}

/** What a crash leaves: the files as they are on disk now, in another folder. */
function crashCopy(path: string): string {
  const copy = join(tempDir(), 'crashed.levier')
  copyFileSync(path, copy)
  if (existsSync(journalPath(path))) copyFileSync(journalPath(path), journalPath(copy))
  return copy
}

/** The scenarios a workbook opened read-only from these files shows. */
async function namesIn(path: string): Promise<string[]> {
  const workbook = await Workbook.open(path, { readOnly: true })
  try {
    return new ScenarioStore(workbook)
      .list()
      .map((s) => s.name)
      .sort()
  } finally {
    workbook.close()
  }
}

function lastLine(path: string): string {
  return readFileSync(path, 'utf8').trimEnd().split('\n').pop() as string
}

describe('checkpoints of large workbooks, in a worker thread', () => {
  it('keeps the saves made while a checkpoint is under way, whenever a crash comes', async () => {
    const { workbook, store, path } = await journaled(['A', 'B', 'C'])
    const checkpoint = workbook.checkpoint()
    store.create(scenarioNamed('D'), 'ana')
    store.create(scenarioNamed('E'), 'ana')
    const all = ['A', 'B', 'C', 'D', 'E']
    expect(await namesIn(crashCopy(path))).toEqual(all)
    await checkpoint
    // The file holds what was saved before the checkpoint began; the journal, the rest.
    expect(
      sqlite3(path, 'SELECT group_concat(name) FROM (SELECT name FROM scenarios ORDER BY name)'),
    ).toBe('A,B,C')
    const fileCheckpoint = sqlite3(path, "SELECT value FROM meta WHERE key = 'checkpoint'")
    const header = JSON.parse(readFileSync(journalPath(path), 'utf8').split('\n')[0] as string)
    expect(header.checkpoint).toBe(fileCheckpoint)
    expect(await namesIn(crashCopy(path))).toEqual(all)
    expect(
      store
        .list()
        .map((s) => s.name)
        .sort(),
    ).toEqual(all)
    open.splice(0).forEach((w) => w.close())
    expect(existsSync(journalPath(path))).toBe(false)
    expect(sqlite3(path, 'SELECT count(*) FROM scenarios')).toBe('5')
  })

  it('loses nothing to a crash between the new file and the journal it leaves', async () => {
    const { store, path } = await journaled(['A', 'B'])
    const copy = crashCopy(path)
    // The checkpoint begins (its mark), a save comes, the file is saved: then the crash.
    appendChange(copy, 'unused: the journal exists', checkpointMark('m1'))
    store.create(scenarioNamed('C'), 'ana')
    appendFileSync(journalPath(copy), `${lastLine(journalPath(path))}\n`)
    await foldJournal({ path: copy, mark: 'm1' })
    expect(sqlite3(copy, 'SELECT count(*) FROM scenarios')).toBe('2')
    expect(await namesIn(copy)).toEqual(['A', 'B', 'C'])
    // And once the journal is cut down to what came after the mark.
    keepChangesAfter(copy, 'm1')
    expect(readFileSync(journalPath(copy), 'utf8').trimEnd().split('\n')).toHaveLength(2)
    expect(await namesIn(copy)).toEqual(['A', 'B', 'C'])
  })

  it('records the file it wrote as verified, from the worker: the next opening skips the full check', async () => {
    const dir = tempDir()
    const verified = new VerifiedFiles(join(dir, 'verified.json'))
    const path = join(dir, 'recorded.levier')
    const workbook = await Workbook.create(path, verified)
    open.push(workbook)
    const store = new ScenarioStore(workbook)
    store.create(scenarioNamed('A'), 'ana')
    // A file changed behind Levier's back is no longer recorded as verified...
    writeFileSync(join(dir, 'verified.json'), '{"files":{}}\n')
    expect(verified.isUnchanged(path, identityOfPath(path) as string)).toBe(false)
    await workbook.checkpoint()
    // ...until Levier writes it again: the worker recorded the new file, as it is on disk.
    expect(verified.isUnchanged(path, identityOfPath(path) as string)).toBe(true)
    expect(sqlite3(path, "SELECT count(*) FROM scenarios WHERE name = 'A'")).toBe('1')
  })

  it('closing waits for the checkpoint under way, then folds in what came after', async () => {
    const { workbook, store, path } = await journaled(['A'])
    const checkpoint = workbook.checkpoint()
    store.create(scenarioNamed('B'), 'ana')
    open.splice(0)
    workbook.close()
    await checkpoint
    expect(existsSync(journalPath(path))).toBe(false)
    expect(sqlite3(path, 'SELECT count(*) FROM scenarios')).toBe('2')
    expect(sqlite3(path, 'PRAGMA integrity_check')).toBe('ok')
  })

  it('started to warm up (once a process, as a large workbook opens), loads sql.js and ends, touching nothing', async () => {
    const dir = tempDir()
    const warm = new Worker(worker, { workerData: { warmUp: true } })
    const messages: unknown[] = []
    warm.on('message', (message) => messages.push(message))
    const code = await new Promise<number>((resolve, reject) => {
      warm.once('error', reject)
      warm.once('exit', resolve)
    })
    expect(code).toBe(0)
    expect(messages).toEqual([])
    expect(readdirSync(dir)).toEqual([])
  })

  it('a failed checkpoint says so and keeps every change in the journal', async () => {
    const broken = join(tempDir(), 'broken-worker.mjs')
    writeFileSync(broken, "throw new Error('no disk today')\n")
    vi.stubEnv('LEVIER_CHECKPOINT_WORKER', broken)
    const { workbook, store, path } = await journaled(['A', 'B'])
    const before = readFileSync(path)
    await expect(workbook.checkpoint()).rejects.toThrow(/Could not save .*no disk today/)
    expect(readFileSync(path).equals(before)).toBe(true)
    store.create(scenarioNamed('C'), 'ana')
    expect(await namesIn(crashCopy(path))).toEqual(['A', 'B', 'C'])
  })
})

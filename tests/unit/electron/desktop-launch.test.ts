import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { launchDesktop } from '../../../electron/launcher/desktop-launch'
import type { DesktopLaunchOptions } from '../../../electron/launcher/desktop-launch'
import { startLevier } from '../../../electron/launcher/start-levier'
import type { StartSteps } from '../../../electron/launcher/start-levier'
import {
  HANDED_OVER_LINE,
  READY_SIGNAL_ENV,
  WINDOW_READY_LINE,
  signalLauncher,
} from '../../../electron/launcher/ready-signal'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

/** A stand-in for the Electron executable: a shell script that behaves as one runtime might. */
function standIn(body: string): { path: string; pidFile: string } {
  const dir = tempDir()
  const path = join(dir, 'electron')
  const pidFile = join(dir, 'pid')
  writeFileSync(path, `#!/bin/sh\necho $$ > '${pidFile}'\n${body}\n`)
  chmodSync(path, 0o755)
  return { path, pidFile }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const quick: DesktopLaunchOptions = { readyTimeoutMs: 1500, killGraceMs: 300 }

function captured() {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    options: {
      ...quick,
      stdout: (line: string) => out.push(line),
      stderr: (line: string) => err.push(line),
    },
  }
}

describe('launching the desktop window', () => {
  it('fails with the exit code and Electron’s last words when it exits at once', async () => {
    const { path } = standIn("echo 'FATAL: Missing X server or $DISPLAY' >&2\nexit 1")
    const outcome = await launchDesktop(path, ['/app'], quick)
    expect(outcome).toEqual({
      kind: 'failed',
      reason: expect.stringMatching(/exited with code 1 .*Missing X server/),
    })
  })

  it('fails when the runtime crashes (SIGTRAP, as when the sandbox cannot start)', async () => {
    const { path } = standIn('kill -TRAP $$')
    const outcome = await launchDesktop(path, [], quick)
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(/killed by SIGTRAP/)
  })

  it('fails when the runtime exits cleanly without ever showing its window', async () => {
    const { path } = standIn('echo starting\nexit 0')
    const run = captured()
    const outcome = await launchDesktop(path, [], run.options)
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(/exited with code 0/)
    expect(run.out).toEqual(['starting'])
  })

  it('stops a runtime that hangs without a window, and fails at the timeout', async () => {
    const { path, pidFile } = standIn('exec sleep 600')
    const started = Date.now()
    const outcome = await launchDesktop(path, [], quick)
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(/did not come up within 2 s/)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400)
    const pid = Number(readFileSync(pidFile, 'utf8'))
    await expect.poll(() => alive(pid), { timeout: 3000 }).toBe(false)
  })

  it('kills a hung runtime that ignores the request to stop', async () => {
    const { path, pidFile } = standIn("trap '' TERM\nwhile :; do sleep 0.1; done")
    const outcome = await launchDesktop(path, [], quick)
    expect(outcome.kind).toBe('failed')
    const pid = Number(readFileSync(pidFile, 'utf8'))
    await expect.poll(() => alive(pid), { timeout: 3000 }).toBe(false)
  })

  it('fails when the executable cannot be run at all', async () => {
    const outcome = await launchDesktop(join(tempDir(), 'missing-electron'), [], quick)
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(/could not be started/)
  })

  it('is ready once the main process signals its window, and passes the arguments and the signal switch', async () => {
    const { path } = standIn(
      `echo "args: $*"\necho "switch: $${READY_SIGNAL_ENV}"\necho 'early warning' >&2\necho ${WINDOW_READY_LINE}\necho 'later' >&2\nsleep 0.2\nexit 3`,
    )
    const run = captured()
    const outcome = await launchDesktop(path, ['/app', 'Budget.levier'], run.options)
    expect(outcome.kind).toBe('ready')
    if (outcome.kind !== 'ready') return
    expect(await outcome.exited).toBe(3)
    expect(run.out).toEqual(['args: /app Budget.levier', 'switch: 1'])
    // Kept back while the window might not come, then passed on.
    expect(run.err).toEqual(['early warning', 'later'])
  })

  it('takes a hand-over to the running Levier as done, not as a failure', async () => {
    const { path } = standIn(`echo ${HANDED_OVER_LINE}\nexit 0`)
    const outcome = await launchDesktop(path, [], quick)
    expect(outcome.kind).toBe('ready')
    if (outcome.kind === 'ready') expect(await outcome.exited).toBe(0)
  })

  it('does not let ELECTRON_RUN_AS_NODE through (it would run the app as a plain script)', async () => {
    const { path } = standIn(`echo "as node: [$ELECTRON_RUN_AS_NODE]"\necho ${WINDOW_READY_LINE}`)
    const run = captured()
    const outcome = await launchDesktop(path, [], {
      ...run.options,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    })
    expect(outcome.kind).toBe('ready')
    expect(run.out).toEqual(['as node: []'])
  })
})

describe('the main process’s signal', () => {
  it('is written only when the launcher asked for it', () => {
    const written: string[] = []
    signalLauncher(WINDOW_READY_LINE, {}, (text) => written.push(text))
    expect(written).toEqual([])
    signalLauncher(WINDOW_READY_LINE, { [READY_SIGNAL_ENV]: '1' }, (text) => written.push(text))
    expect(written).toEqual([`${WINDOW_READY_LINE}\n`])
  })
})

describe('npm start', () => {
  function steps(executable: string | null, overrides: Partial<StartSteps> = {}) {
    const notices: string[] = []
    const launched: string[] = []
    const all: StartSteps = {
      findExecutable: () => executable,
      download: () => false,
      obstacle: () => null,
      launchDesktop: (path) => {
        launched.push(path)
        return launchDesktop(path, [], quick)
      },
      startLoopback: async (notice) => {
        notices.push(notice)
      },
      ...overrides,
    }
    return { all, notices, launched }
  }

  it('starts the loopback host, with its notice, when a runtime that cannot run exits 1', async () => {
    const { path } = standIn('exit 1')
    const run = steps(path)
    expect(await startLevier(run.all)).toBe('loopback')
    expect(run.notices).toEqual([
      expect.stringMatching(/^Levier: .*exited with code 1.*loopback host/),
    ])
  })

  it('starts the loopback host when the runtime hangs', async () => {
    const run = steps(standIn('exec sleep 600').path)
    expect(await startLevier(run.all)).toBe('loopback')
    expect(run.notices[0]).toMatch(/did not come up/)
  })

  it('does not launch Electron where a check already says it cannot open a window', async () => {
    const { path } = standIn(`echo ${WINDOW_READY_LINE}`)
    const run = steps(path, { obstacle: () => 'there is no graphical session' })
    expect(await startLevier(run.all)).toBe('loopback')
    expect(run.launched).toEqual([])
    expect(run.notices).toEqual([expect.stringContaining('there is no graphical session')])
  })

  it('starts the loopback host when the runtime is missing and cannot be downloaded', async () => {
    const run = steps(null)
    expect(await startLevier(run.all)).toBe('loopback')
    expect(run.notices[0]).toMatch(/not installed/)
  })

  it('runs the desktop app, and ends with its exit code, when the window comes up', async () => {
    const run = steps(standIn(`echo ${WINDOW_READY_LINE}\nexit 0`).path)
    expect(await startLevier(run.all)).toBe(0)
    expect(run.notices).toEqual([])
  })
})

import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  findElectronExecutable,
  tryDownloadElectron,
} from '../../../electron/launcher/electron-runtime'
import { browserCommand } from '../../../electron/launcher/open-browser'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

function fakeProject(withBinary: string | null, pathTxt?: string): string {
  const root = tempDir()
  const pkg = join(root, 'node_modules', 'electron')
  mkdirSync(join(pkg, 'dist'), { recursive: true })
  if (pathTxt !== undefined) writeFileSync(join(pkg, 'path.txt'), pathTxt)
  if (withBinary) {
    writeFileSync(join(pkg, 'dist', withBinary), '#!/bin/sh\n')
    chmodSync(join(pkg, 'dist', withBinary), 0o755)
  }
  return root
}

describe('finding the Electron runtime', () => {
  it('reports none when the package has not downloaded it (as on our machines)', () => {
    expect(findElectronExecutable(fakeProject(null), {}, 'linux')).toBeNull()
  })

  it('finds the downloaded binary named by path.txt', () => {
    const root = fakeProject('electron', 'electron')
    expect(findElectronExecutable(root, {}, 'linux')).toBe(
      join(root, 'node_modules/electron/dist/electron'),
    )
  })

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, and reports none if it holds no binary', () => {
    const root = fakeProject('electron', 'electron')
    const override = tempDir()
    expect(
      findElectronExecutable(root, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'linux'),
    ).toBeNull()
    writeFileSync(join(override, 'electron'), '')
    expect(findElectronExecutable(root, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'linux')).toBe(
      join(override, 'electron'),
    )
  })

  it('does not try a download when told not to, or when the package is absent', () => {
    expect(tryDownloadElectron(fakeProject(null), { LEVIER_SKIP_ELECTRON_DOWNLOAD: '1' })).toBe(
      false,
    )
    expect(tryDownloadElectron(tempDir(), {})).toBe(false)
  })

  function withInstaller(script: string): string {
    const root = fakeProject(null)
    writeFileSync(join(root, 'node_modules/electron/install.js'), script)
    return root
  }

  it('says it is downloading, and gives up on a download that never answers', () => {
    const said: string[] = []
    const root = withInstaller('setInterval(() => {}, 1000)')
    const started = Date.now()
    expect(tryDownloadElectron(root, {}, (line) => said.push(line), 800)).toBe(false)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(said).toEqual([
      expect.stringMatching(/downloading the Electron runtime .*giving up after 1 s/),
      expect.stringMatching(/abandoned/),
    ])
  })

  it('says when the download failed, and reports one that succeeded', () => {
    const said: string[] = []
    expect(tryDownloadElectron(withInstaller('process.exit(1)'), {}, (l) => said.push(l))).toBe(
      false,
    )
    expect(said[1]).toMatch(/download failed/)
    expect(tryDownloadElectron(withInstaller(''), {}, () => undefined)).toBe(true)
  })
})

describe('opening the browser', () => {
  const url = `http://127.0.0.1:1234/#token=${'a'.repeat(64)}`

  it('opens nothing in CI or without a graphical session', () => {
    expect(browserCommand(url, 'linux', { CI: 'true', DISPLAY: ':0', PATH: '/usr/bin' })).toBeNull()
    expect(browserCommand(url, 'linux', { PATH: '/usr/bin:/bin' })).toBeNull()
  })

  it('uses the platform opener', () => {
    expect(browserCommand(url, 'darwin', {})).toEqual({ command: 'open', args: [url] })
    expect(browserCommand(url, 'win32', {})?.command).toBe('cmd')
  })

  it('uses xdg-open on Linux only where it is installed', () => {
    const bin = tempDir()
    expect(browserCommand(url, 'linux', { DISPLAY: ':0', PATH: bin })).toBeNull()
    writeFileSync(join(bin, 'xdg-open'), '')
    expect(browserCommand(url, 'linux', { DISPLAY: ':0', PATH: bin })).toEqual({
      command: 'xdg-open',
      args: [url],
    })
  })
})

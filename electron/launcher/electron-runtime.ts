import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

type Env = Readonly<Record<string, string | undefined>>

function executableName(packageDir: string, platform: NodeJS.Platform): string {
  const pathFile = join(packageDir, 'path.txt')
  if (existsSync(pathFile)) return readFileSync(pathFile, 'utf8').trim()
  if (platform === 'win32') return 'electron.exe'
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return 'electron'
}

/**
 * Where the Electron executable is, without loading the `electron` package (which would try to
 * download it): ELECTRON_OVERRIDE_DIST_PATH first, then the package's own dist folder.
 */
export function findElectronExecutable(
  projectRoot: string,
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const packageDir = join(projectRoot, 'node_modules', 'electron')
  const name = executableName(packageDir, platform)
  const candidates = env.ELECTRON_OVERRIDE_DIST_PATH
    ? [join(env.ELECTRON_OVERRIDE_DIST_PATH, name)]
    : [join(packageDir, 'dist', name)]
  return candidates.find((candidate) => existsSync(candidate)) ?? null
}

/** A silent proxy holds a download open for minutes; a runtime not fetched by then is not coming. */
export const DOWNLOAD_TIMEOUT_MS = 60_000

/**
 * Let the electron package fetch its runtime once (it does so lazily since Electron 42), saying so
 * first: it is about 100 MB from GitHub and prints nothing while it works. Offline it fails in a
 * fraction of a second; behind a proxy that never answers it is abandoned after the timeout.
 */
export function tryDownloadElectron(
  projectRoot: string,
  env: Env = process.env,
  say: (line: string) => void = (line) => console.log(line),
  timeoutMs: number = DOWNLOAD_TIMEOUT_MS,
): boolean {
  if (env.LEVIER_SKIP_ELECTRON_DOWNLOAD) return false
  const installer = join(projectRoot, 'node_modules', 'electron', 'install.js')
  if (!existsSync(installer)) return false
  say(
    `Levier: downloading the Electron runtime from GitHub (about 100 MB; giving up after ${Math.round(timeoutMs / 1000)} s)...`,
  )
  const result = spawnSync(process.execPath, [installer], {
    stdio: 'ignore',
    timeout: timeoutMs,
    env: { ...env },
  })
  if (result.status === 0) return true
  say(
    result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
      ? `Levier: no runtime after ${Math.round(timeoutMs / 1000)} s; the download was abandoned.`
      : 'Levier: the download failed (GitHub unreachable or blocked).',
  )
  return false
}

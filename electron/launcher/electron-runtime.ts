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

/**
 * Let the electron package fetch its runtime once (it does so lazily since Electron 42). Quiet: on
 * an offline machine this fails in a fraction of a second and the caller falls back.
 */
export function tryDownloadElectron(projectRoot: string, env: Env = process.env): boolean {
  if (env.LEVIER_SKIP_ELECTRON_DOWNLOAD) return false
  const installer = join(projectRoot, 'node_modules', 'electron', 'install.js')
  if (!existsSync(installer)) return false
  const result = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 180_000 })
  return result.status === 0
}

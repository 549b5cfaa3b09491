import { homedir } from 'node:os'
import { join } from 'node:path'
import { DATA_DIR_NAME } from '@shared/app-identity'

type Env = Readonly<Record<string, string | undefined>>

/**
 * The per-user data directory, computed the way Electron computes `userData` for an app named
 * Levier, so that the desktop app (which sets it explicitly from this function) and the loopback
 * host share their workbooks. LEVIER_DATA_DIR overrides it (tests use a fresh one each).
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Env = process.env,
  home: string = homedir(),
): string {
  const override = env.LEVIER_DATA_DIR
  if (override) return override
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), DATA_DIR_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', DATA_DIR_NAME)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), DATA_DIR_NAME)
}

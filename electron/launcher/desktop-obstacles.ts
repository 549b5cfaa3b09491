import { readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'

type Env = Readonly<Record<string, string | undefined>>

/** What the check reads of the machine; the tests hand in a machine of their own. */
export interface Machine {
  readonly platform: NodeJS.Platform
  readonly env: Env
  /** The effective user id, where the platform has one. */
  readonly uid: number | undefined
  /** A file's text, or null when it cannot be read. */
  readFile(path: string): string | null
  /** Owner and mode of a file, or null when it is missing. */
  stat(path: string): { uid: number; mode: number } | null
}

export const thisMachine: Machine = {
  platform: process.platform,
  env: process.env,
  uid: process.geteuid?.(),
  readFile: (path) => {
    try {
      return readFileSync(path, 'utf8')
    } catch {
      return null
    }
  },
  stat: (path) => {
    try {
      const { uid, mode } = statSync(path)
      return { uid, mode }
    } catch {
      return null
    }
  },
}

const SETUID = 0o4000

/**
 * Chromium sandboxes its renderers with unprivileged user namespaces, or else with the SUID
 * `chrome-sandbox` helper beside the executable. Ubuntu 23.10 and later restrict those namespaces
 * through AppArmor (Debian's older kernels could switch them off), and an npm install never leaves
 * the helper owned by root with the SUID bit: Electron then aborts at start (SIGTRAP).
 */
function sandboxObstacle(executable: string, machine: Machine): string | null {
  const restricted =
    machine.readFile('/proc/sys/kernel/apparmor_restrict_unprivileged_userns')?.trim() === '1' ||
    machine.readFile('/proc/sys/kernel/unprivileged_userns_clone')?.trim() === '0'
  if (!restricted) return null
  const helper = join(dirname(executable), 'chrome-sandbox')
  const stat = machine.stat(helper)
  if (stat && stat.uid === 0 && (stat.mode & SETUID) !== 0) return null
  return `this system restricts unprivileged user namespaces and ${helper} is not SUID root (sudo chown root:root ${helper} && sudo chmod 4755 ${helper} lets the window start)`
}

/**
 * Why Electron cannot open a window here, checked before launching it, or null when nothing that
 * can be checked stands in the way. The reasons are those that make the runtime exit or abort at
 * once on Linux; whatever they miss is caught by the launcher waiting for the window.
 */
export function desktopObstacle(executable: string, machine: Machine = thisMachine): string | null {
  if (machine.platform !== 'linux') return null
  if (!machine.env.DISPLAY && !machine.env.WAYLAND_DISPLAY)
    return 'there is no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set)'
  // Chromium refuses to run as root with its sandbox on, and Levier never turns the sandbox off.
  if (machine.uid === 0) return 'it is running as root, where Chromium refuses to start'
  return sandboxObstacle(executable, machine)
}

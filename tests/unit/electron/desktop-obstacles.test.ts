import { describe, expect, it } from 'vitest'
import { desktopObstacle } from '../../../electron/launcher/desktop-obstacles'
import type { Machine } from '../../../electron/launcher/desktop-obstacles'

const EXECUTABLE = '/opt/levier/node_modules/electron/dist/electron'
const HELPER = '/opt/levier/node_modules/electron/dist/chrome-sandbox'

/** A Linux desktop session of an ordinary user, whose kernel leaves user namespaces open. */
function machine(changes: Partial<Machine> = {}, files: Record<string, string> = {}): Machine {
  return {
    platform: 'linux',
    env: { DISPLAY: ':0' },
    uid: 1000,
    readFile: (path) => files[path] ?? null,
    stat: () => ({ uid: 1000, mode: 0o100755 }),
    ...changes,
  }
}

const UBUNTU_RESTRICTION = { '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '1\n' }

describe('what stops the desktop window before it is launched', () => {
  it('finds nothing on an ordinary desktop session', () => {
    expect(desktopObstacle(EXECUTABLE, machine())).toBeNull()
    expect(
      desktopObstacle(EXECUTABLE, machine({ env: { WAYLAND_DISPLAY: 'wayland-0' } })),
    ).toBeNull()
  })

  it('sees a session with no display (SSH, a server)', () => {
    expect(desktopObstacle(EXECUTABLE, machine({ env: {} }))).toMatch(/no graphical session/)
  })

  it('sees root, whom Chromium refuses', () => {
    expect(desktopObstacle(EXECUTABLE, machine({ uid: 0 }))).toMatch(/root/)
  })

  it('sees Ubuntu’s AppArmor restriction when chrome-sandbox is not SUID root, and says how to fix it', () => {
    const reason = desktopObstacle(EXECUTABLE, machine({}, UBUNTU_RESTRICTION))
    expect(reason).toContain(`sudo chown root:root ${HELPER} && sudo chmod 4755 ${HELPER}`)
    const disabled = { '/proc/sys/kernel/unprivileged_userns_clone': '0' }
    expect(desktopObstacle(EXECUTABLE, machine({}, disabled))).toMatch(/user namespaces/)
  })

  it('lets the restriction pass when the helper is SUID root, and only then', () => {
    const suidRoot = machine({ stat: () => ({ uid: 0, mode: 0o104755 }) }, UBUNTU_RESTRICTION)
    expect(desktopObstacle(EXECUTABLE, suidRoot)).toBeNull()
    const suidUser = machine({ stat: () => ({ uid: 1000, mode: 0o104755 }) }, UBUNTU_RESTRICTION)
    expect(desktopObstacle(EXECUTABLE, suidUser)).not.toBeNull()
    const missing = machine({ stat: () => null }, UBUNTU_RESTRICTION)
    expect(desktopObstacle(EXECUTABLE, missing)).not.toBeNull()
  })

  it('checks nothing of this kind on macOS or Windows', () => {
    for (const platform of ['darwin', 'win32'] as const)
      expect(desktopObstacle(EXECUTABLE, machine({ platform, env: {}, uid: 0 }))).toBeNull()
  })
})

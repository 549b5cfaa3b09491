import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'

type Env = Readonly<Record<string, string | undefined>>

function onPath(command: string, env: Env): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)))
}

/**
 * The command that opens a URL in the user's browser, or null where there is none to open (no
 * graphical session, a CI run, no opener installed).
 */
export function browserCommand(
  url: string,
  platform: NodeJS.Platform = process.platform,
  env: Env = process.env,
): { command: string; args: string[] } | null {
  if (env.CI) return null
  if (platform === 'darwin') return { command: 'open', args: [url] }
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] }
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null
  return onPath('xdg-open', env) ? { command: 'xdg-open', args: [url] } : null
}

/** Open the URL if a browser can be found; the URL is always printed too, so failure is harmless. */
export function openInBrowser(url: string): boolean {
  const opener = browserCommand(url)
  if (!opener) return false
  try {
    const child = spawn(opener.command, opener.args, { detached: true, stdio: 'ignore' })
    child.on('error', () => undefined)
    child.unref()
    return true
  } catch {
    return false
  }
}

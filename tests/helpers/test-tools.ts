import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { findChromium, type BrowserSearch } from '../../electron/loopback/find-chromium'

/**
 * What `npm test` needs outside node_modules, and what to run when a piece is missing. The decision
 * is pure (a machine is a platform, an environment and a file-exists probe) so its unit test can
 * play any machine; `probeMachine` fills it in for the real one.
 */
export interface Machine extends BrowserSearch {
  /** Playwright's own Chromium when `npx playwright install chromium` has put it there. */
  readonly playwrightBrowser?: string
}

type Installer = 'apt-get' | 'dnf' | 'pacman' | 'brew' | 'winget'

interface Tool {
  readonly commands: readonly string[]
  readonly purpose: string
  /** Package per installer; absent where the installer has none worth naming. */
  readonly packages: Partial<Record<Installer, string>>
}

const TOOLS: readonly Tool[] = [
  {
    commands: ['sqlite3'],
    purpose: 'workbook files read as an outside tool would',
    packages: {
      'apt-get': 'sqlite3',
      dnf: 'sqlite',
      pacman: 'sqlite',
      brew: 'sqlite',
      winget: 'SQLite.SQLite',
    },
  },
  {
    commands: ['pdftotext', 'pdfinfo'],
    purpose: 'briefs read back from their PDF',
    packages: {
      'apt-get': 'poppler-utils',
      dnf: 'poppler-utils',
      pacman: 'poppler',
      brew: 'poppler',
      winget: 'oschwartz10612.Poppler',
    },
  },
  {
    commands: ['soffice'],
    purpose: 'XLSX and CSV exports opened by LibreOffice Calc',
    packages: {
      'apt-get': 'libreoffice-calc-nogui',
      dnf: 'libreoffice-calc',
      pacman: 'libreoffice-fresh',
      brew: '--cask libreoffice',
      winget: 'TheDocumentFoundation.LibreOffice',
    },
  },
]

// LibreOffice's installers on macOS and Windows do not put soffice on the PATH.
function sofficeInstallPaths(machine: BrowserSearch): string[] {
  if (machine.platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice']
  if (machine.platform !== 'win32') return []
  return [machine.env.PROGRAMFILES, machine.env['PROGRAMFILES(X86)']]
    .filter((root): root is string => Boolean(root))
    .map((root) => join(root, 'LibreOffice', 'program', 'soffice.exe'))
}

/** A command as the shell would find it on the PATH (with Windows' executable extensions). */
export function findOnPath(command: string, machine: BrowserSearch): string | undefined {
  const win = machine.platform === 'win32'
  const dirs = (machine.env.PATH ?? machine.env.Path ?? '').split(win ? ';' : delimiter)
  const extensions = win ? (machine.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : ['']
  for (const dir of dirs.filter(Boolean)) {
    for (const extension of extensions) {
      const path = join(dir, command + extension)
      if (machine.exists(path)) return path
    }
  }
  return undefined
}

export function findCommand(command: string, machine: BrowserSearch): string | undefined {
  const onPath = findOnPath(command, machine)
  if (onPath || command !== 'soffice') return onPath
  return sofficeInstallPaths(machine).find((path) => machine.exists(path))
}

/** LibreOffice's soffice, for the spreadsheet tests; undefined when the machine has none. */
export function findSoffice(machine: Machine = currentMachine()): string | undefined {
  return findCommand('soffice', machine)
}

function installerOf(machine: BrowserSearch): Installer | undefined {
  if (machine.platform === 'darwin') return 'brew'
  if (machine.platform === 'win32') return 'winget'
  return (['apt-get', 'dnf', 'pacman'] as const).find((tool) => findOnPath(tool, machine))
}

function installLine(installer: Installer | undefined, name: string): string {
  if (!installer) return `install ${name} with the system's package manager`
  if (installer === 'brew') return `\`brew install ${name}\``
  if (installer === 'winget') return `\`winget install --id ${name}\``
  return `\`sudo ${installer} install ${name}\``
}

/**
 * The browser the end-to-end tests drive: the one the brief printer would use (CHROMIUM_PATH,
 * then Chromium, Chrome or Edge where they install), else Playwright's own if present. Undefined
 * `executablePath` with `ok` means Playwright's own (its default).
 */
export function chooseBrowser(
  machine: Machine,
): { ok: true; executablePath?: string } | { ok: false; line: string } {
  const found = findChromium(machine)
  if (found) return { ok: true, executablePath: found }
  if (machine.playwrightBrowser && machine.exists(machine.playwrightBrowser)) return { ok: true }
  const installer = installerOf(machine)
  const install =
    machine.platform === 'win32'
      ? 'install Microsoft Edge or Google Chrome'
      : installer === 'brew'
        ? 'run `brew install --cask chromium`'
        : installer === 'dnf' || installer === 'pacman'
          ? `run \`sudo ${installer} install chromium\``
          : 'run `sudo apt-get install chromium`'
  const unset = machine.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH (${machine.env.CHROMIUM_PATH}) does not exist; `
    : ''
  return {
    ok: false,
    line:
      `Missing a Chromium-family browser (end-to-end tests): ${unset}${install}, or set CHROMIUM_PATH ` +
      'to a Chromium, Chrome or Edge executable (`npx playwright install chromium` also works where ' +
      'its download servers are reachable).',
  }
}

/** One line per missing piece, saying what to run; empty when the machine has everything. */
export function missingTools(machine: Machine): string[] {
  const lines: string[] = []
  const browser = chooseBrowser(machine)
  if (!browser.ok) lines.push(browser.line)
  const installer = installerOf(machine)
  for (const tool of TOOLS) {
    const missing = tool.commands.filter((command) => !findCommand(command, machine))
    if (missing.length === 0) continue
    const name = tool.packages[installer ?? 'apt-get'] ?? tool.commands[0]!
    lines.push(
      `Missing ${missing.join(' and ')} (${tool.purpose}): ${installLine(installer, name)}.`,
    )
  }
  return lines
}

/** This machine, without Playwright's own browser (see probeMachine). */
export function currentMachine(): Machine {
  return { env: process.env, platform: process.platform, exists: existsSync }
}

/**
 * This machine, with where Playwright's own Chromium would be if it had been installed (the
 * caller hands Playwright's `chromium.executablePath`, which throws where Playwright has no build).
 */
export function probeMachine(playwrightPath: () => string): Machine {
  let playwrightBrowser: string | undefined
  try {
    playwrightBrowser = playwrightPath()
  } catch {
    playwrightBrowser = undefined
  }
  return { ...currentMachine(), playwrightBrowser }
}

import { isAbsolute, resolve } from 'node:path'
import type { WorkbookInfo } from '@shared/api/workbook-schemas'

const WORKBOOK_FILE = /\.levier$/i

/**
 * The workbook the system handed over on a command line: Windows and Linux start the app (or a
 * second instance of it) with the file's path among the arguments, after whatever switches Chromium
 * adds. The last `.levier` argument that is not a switch, made absolute against the directory the
 * command ran in.
 */
export function workbookPathIn(argv: readonly string[], cwd: string): string | null {
  const path = argv.findLast((arg) => !arg.startsWith('-') && WORKBOOK_FILE.test(arg))
  if (!path) return null
  return isAbsolute(path) ? path : resolve(cwd, path)
}

/** What opens a workbook: the session both hosts share. */
export interface WorkbookOpening {
  openWorkbook(path: string): Promise<WorkbookInfo>
}

/** The two events macOS, Windows and Linux hand a file over with (Electron's `app`). */
export interface FileEvents {
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): void
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], workingDirectory: string) => void,
  ): void
}

/** After each opening: the workbook now open, or why the file was refused. */
export type OpenOutcome = { path: string; info: WorkbookInfo } | { path: string; error: string }

/**
 * Opens the workbooks the system hands over, one after the other, in the running session. The
 * host's API waits for `idle()` before answering, so a window loading meanwhile sees the file
 * opened, never the workbook it replaces.
 */
export class WorkbookFileOpener {
  private queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly session: WorkbookOpening,
    private readonly told: (outcome: OpenOutcome) => void,
  ) {}

  open(path: string): Promise<void> {
    this.queue = this.queue.then(async () => {
      try {
        this.told({ path, info: await this.session.openWorkbook(path) })
      } catch (error) {
        this.told({ path, error: (error as Error).message })
      }
    })
    return this.queue
  }

  idle(): Promise<void> {
    return this.queue
  }
}

/**
 * Listen for the files handed over, and open the one on this process's own command line. macOS
 * sends `open-file`, at launch before the app is ready (so this must be called at once) and to the
 * running app; Windows and Linux start a second instance, whose arguments reach the first one in
 * `second-instance`.
 */
export function openHandedOverFiles(
  app: FileEvents,
  opener: WorkbookFileOpener,
  argv: readonly string[],
  cwd: string,
  onSecondInstance: () => void,
): void {
  app.on('open-file', (event, path) => {
    // Tells macOS the file is taken care of.
    event.preventDefault()
    void opener.open(path)
  })
  app.on('second-instance', (_event, secondArgv, workingDirectory) => {
    onSecondInstance()
    const path = workbookPathIn(secondArgv, workingDirectory)
    if (path) void opener.open(path)
  })
  const path = workbookPathIn(argv, cwd)
  if (path) void opener.open(path)
}

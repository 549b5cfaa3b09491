import { existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs'
import { dirname, extname, isAbsolute, join, resolve } from 'node:path'
import { userInfo } from 'node:os'
import { ApiFailure } from '@shared/api/result'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { pathProblem, type WorkbookInfo } from '@shared/api/workbook-schemas'
import { ComparisonStore } from '../storage/comparison-store'
import { WorkbookLocked } from '../storage/lock'
import { ScenarioStore } from '../storage/scenario-store'
import { Workbook } from '../storage/workbook'
import { VerifiedFiles } from '../storage/verified-files'
import { upgradeWorkbook } from '../storage/workbook-upgrade'
import { WORKBOOK_EXTENSION, WorkbookRefused } from '../storage/workbook-file'
import { writeFileAtomic } from './atomic-write'

const RECENT_FILE = 'recent-workbooks.json'
const VERIFIED_FILE = 'verified-workbooks.json'
const MAX_RECENT = 10
export const DEFAULT_WORKBOOK_NAME = `Levier${WORKBOOK_EXTENSION}`

/** Who signs the versions saved from this machine. */
export function currentAuthor(): string {
  try {
    return userInfo().username || 'unknown'
  } catch {
    return 'unknown'
  }
}

/** A path shown in a message about it, shortened if it is absurdly long. */
function shown(path: string): string {
  const visible = path.replaceAll('\0', '\\0')
  return JSON.stringify(
    visible.length > 200 ? `${visible.slice(0, 100)}…${visible.slice(-60)}` : visible,
  )
}

/** The shared path rule (control characters, lengths), as the API failure a caller sees. */
function refuseBadPath(path: string): void {
  const problem = pathProblem(path)
  if (problem) throw new ApiFailure('bad_request', `The path ${shown(path)} ${problem}.`)
}

function checkedPath(path: string, forNewFile: boolean): string {
  // Refused here with a clear word rather than left to the file system's error; the CLI and
  // start-up reach this without passing through the API's schemas.
  refuseBadPath(path)
  if (!isAbsolute(path))
    throw new ApiFailure(
      'bad_request',
      `Give the full path of the workbook (got ${JSON.stringify(path)}).`,
    )
  let full = resolve(path)
  if (forNewFile) {
    if (extname(full).toLowerCase() !== WORKBOOK_EXTENSION) full += WORKBOOK_EXTENSION
    if (!existsSync(dirname(full)))
      throw new ApiFailure('bad_request', `The folder ${shown(dirname(full))} does not exist.`)
  }
  refuseBadPath(full)
  return full
}

/** The same file, however it was named (symbolic links, `..`). */
function samePath(a: string, b: string): boolean {
  if (a === b) return true
  try {
    return realpathSync(a) === realpathSync(b)
  } catch {
    return false
  }
}

/** Turn storage refusals into API failures with the same clear message. */
async function guarded<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (error instanceof WorkbookRefused) throw new ApiFailure('refused', error.message)
    if (error instanceof WorkbookLocked) throw new ApiFailure('locked', error.message)
    throw error
  }
}

/** How a host's session behaves beyond opening workbooks. */
export interface SessionOptions {
  /**
   * The preset of the scenario put in the default workbook when it is created on a host's very first
   * start, so a newcomer sees the model at work at once. Only the interactive hosts ask for it: the
   * CLI and tests get the workbook as created, and so does a workbook the user creates (they chose to
   * start afresh, and get the presets gallery instead of a scenario they did not ask for).
   */
  readonly firstPreset?: string
}

interface OpenWorkbook {
  readonly workbook: Workbook
  readonly store: ScenarioStore
  readonly comparisons: ComparisonStore
}

function describe({ workbook, store }: OpenWorkbook): WorkbookInfo {
  return {
    path: workbook.path,
    name: workbook.name,
    readOnly: workbook.readOnly,
    scenarioCount: store.list().length,
    trashCount: store.list({ trash: true }).length,
  }
}

/**
 * The workbook a host has open. The first call opens the last workbook used, or else the default
 * one in the data directory, creating it on first start. A remembered workbook that cannot be opened
 * is reported and the default one opened instead; a default workbook that cannot be read is
 * reported, never replaced. A failed call leaves the open workbook open and usable.
 */
export class WorkbookSession {
  private open: OpenWorkbook | null = null
  /** The first opening under way: concurrent calls wait for it instead of opening twice. */
  private opening: Promise<unknown> | null = null
  /** What went wrong on the way (a remembered workbook refused at start-up), for the host's log. */
  readonly notices: string[] = []
  /** Why the last workbook was refused at start-up, if the interface has not been told yet. */
  private untold: string | null = null
  /** Workbooks checked in full or written here, so that reopening one unchanged needs no check. */
  private readonly verified: VerifiedFiles
  /** The scenario made for a newcomer, until the interface has been told to open it. */
  private welcome: string | null = null

  constructor(
    private readonly dataDir: string,
    private readonly onNotice: (message: string) => void = (m) => console.warn(`Levier: ${m}`),
    private readonly options: SessionOptions = {},
  ) {
    this.verified = new VerifiedFiles(join(dataDir, VERIFIED_FILE))
  }

  get defaultPath(): string {
    return join(this.dataDir, 'workbooks', DEFAULT_WORKBOOK_NAME)
  }

  async current(): Promise<OpenWorkbook> {
    if (!this.open) {
      this.opening ??= this.openFirst().finally(() => (this.opening = null))
      await this.opening
    }
    if (!this.open) throw new ApiFailure('not_found', 'No workbook is open.')
    return this.open
  }

  private async openFirst(): Promise<void> {
    const remembered = this.recent()[0]
    if (remembered && remembered !== this.defaultPath) {
      try {
        await this.switchTo(() => Workbook.open(remembered, { verified: this.verified }))
        return
      } catch (error) {
        // The host must come up usable: say why, and open the default workbook instead (which
        // then comes first in the recent list, so the refused one is not retried first).
        const notice = `the last workbook used could not be opened, so the default one was: ${(error as Error).message}`
        this.notices.push(notice)
        this.untold = (error as Error).message
        this.onNotice(notice)
      }
    }
    const path = this.defaultPath
    if (existsSync(path))
      await this.switchTo(() => Workbook.open(path, { verified: this.verified }))
    else {
      mkdirSync(dirname(path), { recursive: true })
      await this.switchTo(() => Workbook.create(path, this.verified))
      this.welcomeNewcomer()
    }
  }

  /** Put the first scenario in the brand-new default workbook, named as the interface names it. */
  private welcomeNewcomer(): void {
    const preset = this.options.firstPreset
    if (!preset || !this.open) return
    try {
      this.welcome = this.open.store.create(defaultScenario(preset), currentAuthor()).id
    } catch (error) {
      // A welcome, not a requirement: the host comes up with the empty workbook and its gallery.
      const notice = `the first scenario could not be created: ${(error as Error).message}`
      this.notices.push(notice)
      this.onNotice(notice)
    }
  }

  /**
   * Make `opening`'s workbook the open one. Everything that can fail (opening, checks, the first
   * reads) happens before the workbook open so far is closed, so a failure leaves it open and usable;
   * a workbook that fails its first reads is closed again and refused.
   */
  private async switchTo(opening: () => Promise<Workbook>): Promise<WorkbookInfo> {
    const workbook = await guarded(opening)
    let next: OpenWorkbook
    let info: WorkbookInfo
    try {
      // Scenarios saved in an older format are upgraded and re-run before anything reads them; one
      // that cannot be read is left as it was (the report of what changed lists it).
      try {
        upgradeWorkbook(workbook)
      } catch {
        // Not written (the change was rolled back): each scenario still upgrades as it is read.
      }
      next = {
        workbook,
        store: new ScenarioStore(workbook),
        comparisons: new ComparisonStore(workbook),
      }
      info = describe(next)
    } catch (error) {
      workbook.close()
      throw new ApiFailure(
        'refused',
        `${workbook.path} cannot be read as a workbook: ${(error as Error).message}`,
      )
    }
    const previous = this.open
    this.open = next
    if (previous && previous.workbook !== workbook) previous.workbook.close()
    this.remember(workbook.path)
    return info
  }

  info(): WorkbookInfo {
    if (!this.open) throw new ApiFailure('not_found', 'No workbook is open.')
    return describe(this.open)
  }

  /**
   * What the interface shows on arrival: the open workbook, and once, why it is not the last one
   * and which scenario was made for a newcomer (to open it at once).
   */
  arrival(): WorkbookInfo {
    const info = this.info()
    const reason = this.untold
    const welcome = this.welcome
    this.untold = null
    this.welcome = null
    return {
      ...info,
      ...(reason ? { lastWorkbookRefused: reason } : {}),
      ...(welcome ? { welcomeScenario: welcome } : {}),
    }
  }

  newWorkbook(path: string): Promise<WorkbookInfo> {
    const full = checkedPath(path, true)
    return this.switchTo(() => Workbook.create(full, this.verified))
  }

  /**
   * Open a workbook. Asking again for the workbook already open for writing answers what is open
   * (this host holds its lock: reopening it would be refused as in use). Asking for it read-only
   * re-reads it read-only, as asked, and releases the lock; an open read-only workbook is re-read.
   */
  async openWorkbook(path: string, readOnly = false): Promise<WorkbookInfo> {
    const full = checkedPath(path, false)
    const open = this.open?.workbook
    if (open && !open.readOnly && !readOnly && samePath(full, open.path)) return this.info()
    return this.switchTo(() => Workbook.open(full, { readOnly, verified: this.verified }))
  }

  /**
   * Save the open workbook under a new name and carry on there. If the copy cannot be written
   * (name taken, invalid, folder not writable…) that error is answered and the workbook open so
   * far stays open, as it was: same workbook, lock still held.
   */
  async saveAs(path: string): Promise<WorkbookInfo> {
    const full = checkedPath(path, true)
    const { workbook } = await this.current()
    return this.switchTo(() => workbook.saveAs(full))
  }

  recent(): string[] {
    try {
      const paths = JSON.parse(readFileSync(join(this.dataDir, RECENT_FILE), 'utf8')) as unknown
      return Array.isArray(paths)
        ? paths.filter((p): p is string => typeof p === 'string' && existsSync(p))
        : []
    } catch {
      return []
    }
  }

  private remember(path: string): void {
    const paths = [path, ...this.recent().filter((p) => p !== path)].slice(0, MAX_RECENT)
    try {
      mkdirSync(this.dataDir, { recursive: true })
      writeFileAtomic(join(this.dataDir, RECENT_FILE), `${JSON.stringify(paths, null, 2)}\n`)
    } catch {
      // The recent list is a convenience; failing to write it must not block opening a workbook.
    }
  }

  close(): void {
    this.open?.workbook.close()
    this.open = null
  }
}

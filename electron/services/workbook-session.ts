import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, extname, isAbsolute, join, resolve } from 'node:path'
import { userInfo } from 'node:os'
import { ApiFailure } from '@shared/api/result'
import type { WorkbookInfo } from '@shared/api/workbook-schemas'
import { ComparisonStore } from '../storage/comparison-store'
import { WorkbookLocked } from '../storage/lock'
import { ScenarioStore } from '../storage/scenario-store'
import { Workbook } from '../storage/workbook'
import { upgradeWorkbook } from '../storage/workbook-upgrade'
import { WORKBOOK_EXTENSION, WorkbookRefused } from '../storage/workbook-file'
import { writeFileAtomic } from './atomic-write'

const RECENT_FILE = 'recent-workbooks.json'
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

function checkedPath(path: string, forNewFile: boolean): string {
  if (!isAbsolute(path))
    throw new ApiFailure(
      'bad_request',
      `Give the full path of the workbook (got ${JSON.stringify(path)}).`,
    )
  let full = resolve(path)
  if (forNewFile) {
    if (extname(full).toLowerCase() !== WORKBOOK_EXTENSION) full += WORKBOOK_EXTENSION
    if (!existsSync(dirname(full)))
      throw new ApiFailure('bad_request', `The folder ${dirname(full)} does not exist.`)
  }
  return full
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

interface OpenWorkbook {
  readonly workbook: Workbook
  readonly store: ScenarioStore
  readonly comparisons: ComparisonStore
}

/**
 * The workbook a host has open. The first call opens the default workbook in the data directory,
 * creating it on first start; a default workbook that cannot be read is reported, never replaced.
 */
export class WorkbookSession {
  private open: OpenWorkbook | null = null
  /** The first opening under way: concurrent calls wait for it instead of opening twice. */
  private opening: Promise<unknown> | null = null

  constructor(private readonly dataDir: string) {}

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
    const path = this.recent()[0] ?? this.defaultPath
    if (existsSync(path)) await this.switchTo(() => Workbook.open(path))
    else if (path === this.defaultPath) {
      mkdirSync(dirname(path), { recursive: true })
      await this.switchTo(() => Workbook.create(path))
    } else await this.switchTo(() => Workbook.open(this.defaultPath))
  }

  private async switchTo(opening: () => Promise<Workbook>): Promise<WorkbookInfo> {
    const workbook = await guarded(opening)
    // Scenarios saved in an older format are upgraded and re-run before anything reads them; one
    // that cannot be read is left as it was (the report of what changed lists it).
    try {
      upgradeWorkbook(workbook)
    } catch {
      // Not written (the change was rolled back): each scenario still upgrades as it is read.
    }
    this.open?.workbook.close()
    this.open = {
      workbook,
      store: new ScenarioStore(workbook),
      comparisons: new ComparisonStore(workbook),
    }
    this.remember(workbook.path)
    return this.info()
  }

  info(): WorkbookInfo {
    if (!this.open) throw new ApiFailure('not_found', 'No workbook is open.')
    const { workbook, store } = this.open
    return {
      path: workbook.path,
      name: workbook.name,
      readOnly: workbook.readOnly,
      scenarioCount: store.list().length,
      trashCount: store.list({ trash: true }).length,
    }
  }

  newWorkbook(path: string): Promise<WorkbookInfo> {
    const full = checkedPath(path, true)
    return this.switchTo(() => Workbook.create(full))
  }

  openWorkbook(path: string, readOnly = false): Promise<WorkbookInfo> {
    const full = checkedPath(path, false)
    return this.switchTo(() => Workbook.open(full, { readOnly }))
  }

  async saveAs(path: string): Promise<WorkbookInfo> {
    const full = checkedPath(path, true)
    const { workbook } = await this.current()
    this.open = null
    try {
      return await this.switchTo(() => workbook.saveAs(full))
    } catch (error) {
      // The copy failed: carry on with the workbook we had.
      if (!this.open) await this.switchTo(() => Workbook.open(workbook.path))
      throw error
    }
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

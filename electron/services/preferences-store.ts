import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_LANGUAGE } from '@shared/app-identity'
import { preferencesSchema } from '@shared/api/contract'
import type { Preferences } from '@shared/api/contract'
import { ApiFailure } from '@shared/api/result'
import { writeFileAtomic } from './atomic-write'

const FILE_NAME = 'preferences.json'
const DEFAULTS: Preferences = { language: DEFAULT_LANGUAGE }

type ReadOutcome =
  | { kind: 'missing' }
  | { kind: 'read'; preferences: Preferences }
  | { kind: 'unreadable'; reason: string }

/**
 * The user's preferences, kept as a small JSON file in the data directory. A file that cannot be
 * read is never overwritten: it is renamed aside (and reported) before the next write.
 */
export class PreferencesStore {
  private readonly path: string

  constructor(private readonly dataDir: string) {
    this.path = join(dataDir, FILE_NAME)
  }

  get(): Preferences {
    const outcome = this.read()
    return outcome.kind === 'read' ? outcome.preferences : { ...DEFAULTS }
  }

  set(changes: Partial<Preferences>): Preferences {
    const outcome = this.read()
    if (outcome.kind === 'unreadable') this.setAside(outcome.reason)
    const current = outcome.kind === 'read' ? outcome.preferences : DEFAULTS
    const next = preferencesSchema.parse({ ...current, ...changes })
    try {
      mkdirSync(this.dataDir, { recursive: true })
      writeFileAtomic(this.path, `${JSON.stringify(next, null, 2)}\n`)
    } catch (error) {
      throw new ApiFailure(
        'storage',
        `Could not save preferences in ${this.dataDir}: ${errorText(error)}`,
      )
    }
    return next
  }

  private read(): ReadOutcome {
    if (!existsSync(this.path)) return { kind: 'missing' }
    let parsed: unknown
    try {
      parsed = JSON.parse(readFileSync(this.path, 'utf8'))
    } catch (error) {
      return { kind: 'unreadable', reason: errorText(error) }
    }
    const checked = preferencesSchema.partial().safeParse(parsed)
    if (!checked.success)
      return { kind: 'unreadable', reason: checked.error.issues[0]?.message ?? '' }
    return { kind: 'read', preferences: { ...DEFAULTS, ...checked.data } }
  }

  private setAside(reason: string): void {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const aside = join(this.dataDir, `preferences.unreadable-${stamp}.json`)
    renameSync(this.path, aside)
    console.warn(`[levier] ${this.path} could not be read (${reason}); kept as ${aside}`)
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

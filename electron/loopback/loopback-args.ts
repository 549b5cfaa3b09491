import { z } from 'zod'
import { describeIssues } from '@shared/api/validation'
import { optionWords } from '../cli/option-words'

export const loopbackArgsSchema = z.strictObject({
  port: z.coerce.number().int().min(0).max(65535).default(0),
  dataDir: z.string().min(1).optional(),
  open: z.boolean().default(true),
  help: z.boolean().default(false),
})
export type LoopbackArgs = z.infer<typeof loopbackArgsSchema>

export const LOOPBACK_USAGE = `Usage: npm run serve -- [--port N] [--data-dir DIR] [--no-open]

Serves the Levier workbench and its API on http://127.0.0.1 with a per-launch token.
  --port N         port to listen on (default: a free port)
  --data-dir DIR   where workbooks and preferences live (default: the desktop app's data directory)
  --no-open        do not open the system browser
  --help           show this help`

const OPTIONS = {
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  'no-open': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

/** The options that take a value, and the argument each fills. */
const VALUE_OPTIONS: ReadonlyMap<string, 'port' | 'dataDir'> = new Map([
  ['port', 'port'],
  ['data-dir', 'dataDir'],
])

export type ParsedArgs = { ok: true; args: LoopbackArgs } | { ok: false; errors: string[] }

/** Parse the loopback host's command line; every problem is named, none is guessed around. */
export function parseLoopbackArgs(argv: readonly string[]): ParsedArgs {
  const raw: Record<string, unknown> = {}
  const errors: string[] = []
  for (const word of optionWords(argv, OPTIONS)) {
    if (word.kind === 'option') {
      const key = VALUE_OPTIONS.get(word.name)
      if (key && (word.value === undefined || word.value === '')) {
        errors.push(`${word.flag} needs a value`)
        continue
      }
      if (key) {
        raw[key] = word.value
        continue
      }
      if (!word.inline && word.name === 'no-open') {
        raw.open = false
        continue
      }
      if (!word.inline && word.name === 'help') {
        raw.help = true
        continue
      }
    }
    errors.push(`unknown argument: ${word.word}`)
  }
  if (errors.length > 0) return { ok: false, errors }
  const parsed = loopbackArgsSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error, raw) }
  return { ok: true, args: parsed.data }
}

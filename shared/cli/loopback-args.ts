import { z } from 'zod'
import { describeIssues } from '../api/validation'

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

const VALUE_FLAGS: Readonly<Record<string, 'port' | 'dataDir'>> = {
  '--port': 'port',
  '--data-dir': 'dataDir',
}

export type ParsedArgs = { ok: true; args: LoopbackArgs } | { ok: false; errors: string[] }

/** Parse the loopback host's command line; every problem is named, none is guessed around. */
export function parseLoopbackArgs(argv: readonly string[]): ParsedArgs {
  const raw: Record<string, unknown> = {}
  const errors: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const [flag, inlineValue] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined]
    const key = VALUE_FLAGS[flag as string]
    if (key) {
      const value = inlineValue ?? argv[++i]
      if (value === undefined || value === '' || value.startsWith('--'))
        errors.push(`${flag} needs a value`)
      else raw[key] = value
    } else if (arg === '--no-open') raw.open = false
    else if (arg === '--help' || arg === '-h') raw.help = true
    else errors.push(`unknown argument: ${arg}`)
  }
  if (errors.length > 0) return { ok: false, errors }
  const parsed = loopbackArgsSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error, raw) }
  return { ok: true, args: parsed.data }
}

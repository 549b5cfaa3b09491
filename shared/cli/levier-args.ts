import { z } from 'zod'
import { describeIssues } from '../api/validation'
import { boundedInt } from '../model/bounds'
import { MAX_DRAWS } from '../model/monte-carlo'
import { INDICATORS } from '../model/series'

/** Command line of `levier`, parsed into one of its commands; every problem named. */
export const LEVIER_USAGE = `Usage: levier <command> [options]

Commands:
  scenario default [--preset ID] [--out PATH]   print a complete scenario (JSON)
  presets [--format text|json]                  list the presets of real proposals
  simulate FILE [--format json|csv] [--out PATH] [--draws N --seed S] [--tornado [INDICATOR]]
                                                project a scenario file (- reads standard input):
                                                model-2 series and indicators (ROBSS balance
                                                against its current-law path, lever yields over
                                                current law, Unédic apart, APU effect); --tornado
                                                alone ranks assumptions on robss_balance_final
  backcast [--format md|json] [--baseline ID]   compare the model with observed DST yields and the PLFSS
  schema [--out PATH]                           print the JSON Schema of scenario files
  workbook list FILE [--format text|json]       the scenarios of a workbook
  workbook export FILE --scenario NAME|ID [--out PATH]
                                                one scenario as a scenario file
  workbook import FILE SCENARIO.json [--rename] import scenario files (names in use: refused, or renamed)
  workbook check FILE                           integrity and schema report
  workbook run FILE [--format json|csv]         re-run every scenario, against its saved figures
  --help, --version

Exit codes: 0 success, 2 invalid input (errors on standard error), 1 other failure.`

/**
 * The indicators a tornado may rank assumptions on: every headline indicator but the coverage
 * ratio, which is undefined (NaN) where the cost of coproduction is too small to divide by.
 */
export const TORNADO_TARGETS = INDICATORS.map((i) => i.id).filter(
  (id) => id !== 'coverage_ratio_cumulative',
) as [string, ...string[]]
/** What `--tornado` alone ranks on: the ROBSS balance in the horizon's last year. */
export const DEFAULT_TORNADO_TARGET = 'robss_balance_final'

const commandSchema = z.discriminatedUnion('command', [
  z.strictObject({ command: z.literal('help') }),
  z.strictObject({ command: z.literal('version') }),
  z.strictObject({
    command: z.literal('scenario-default'),
    preset: z.string().optional(),
    out: z.string().min(1).optional(),
  }),
  z.strictObject({
    command: z.literal('presets'),
    format: z.enum(['text', 'json']).default('text'),
  }),
  z
    .strictObject({
      command: z.literal('simulate'),
      file: z.string().min(1),
      format: z.enum(['json', 'csv']).default('json'),
      out: z.string().min(1).optional(),
      draws: z.coerce.number().pipe(boundedInt(1, MAX_DRAWS)).optional(),
      seed: z.coerce.number().pipe(boundedInt(0, 4294967295)).optional(),
      tornado: z
        .enum(TORNADO_TARGETS, {
          error: (issue) =>
            `${JSON.stringify(issue.input)} is not a tornado target; allowed: ${TORNADO_TARGETS.join(', ')}`,
        })
        .optional(),
    })
    .refine((c) => c.seed === undefined || c.draws !== undefined, {
      message: '--seed needs --draws',
      path: ['seed'],
    }),
  z.strictObject({
    command: z.literal('backcast'),
    format: z.enum(['md', 'json']).default('md'),
    baseline: z.string().min(1).optional(),
  }),
  z.strictObject({ command: z.literal('schema'), out: z.string().min(1).optional() }),
  z.strictObject({
    command: z.literal('workbook-list'),
    file: z.string().min(1),
    format: z.enum(['text', 'json']).default('text'),
  }),
  z.strictObject({
    command: z.literal('workbook-export'),
    file: z.string().min(1),
    scenario: z.string().min(1, 'is required'),
    out: z.string().min(1).optional(),
  }),
  z.strictObject({
    command: z.literal('workbook-import'),
    file: z.string().min(1),
    input: z.string().min(1),
    rename: z.boolean().default(false),
  }),
  z.strictObject({ command: z.literal('workbook-check'), file: z.string().min(1) }),
  z.strictObject({
    command: z.literal('workbook-run'),
    file: z.string().min(1),
    format: z.enum(['json', 'csv']).default('json'),
  }),
])
export type LevierCommand = z.infer<typeof commandSchema>

const VALUE_FLAGS = [
  'preset',
  'out',
  'format',
  'draws',
  'seed',
  'tornado',
  'scenario',
  'baseline',
] as const
/** Flags whose value may be left out, and what they then take. */
const OPTIONAL_VALUE: Readonly<Record<string, string>> = { tornado: DEFAULT_TORNADO_TARGET }
const BOOLEAN_FLAGS = ['rename'] as const

export type ParsedCommand = { ok: true; command: LevierCommand } | { ok: false; errors: string[] }

/**
 * Whether the word after a flag whose value may be left out is the command's FILE rather than the
 * flag's value: it names a scenario file (ends in .json, or "-" for standard input).
 */
function namesFile(word: string): boolean {
  return word === '-' || word.toLowerCase().endsWith('.json')
}

export function parseLevierArgs(argv: readonly string[]): ParsedCommand {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    return { ok: true, command: { command: 'help' } }
  }
  if (argv[0] === '--version') return { ok: true, command: { command: 'version' } }
  const positional: string[] = []
  const raw: Record<string, unknown> = {}
  const errors: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
      if ((BOOLEAN_FLAGS as readonly string[]).includes(name) && inline === undefined) {
        raw[name] = true
        continue
      }
      if (!(VALUE_FLAGS as readonly string[]).includes(name)) {
        errors.push(`unknown option: --${name}`)
        continue
      }
      const next = argv[i + 1]
      if (
        inline === undefined &&
        name in OPTIONAL_VALUE &&
        (next === undefined || next.startsWith('--') || namesFile(next))
      ) {
        raw[name] = OPTIONAL_VALUE[name]
        continue
      }
      const value = inline ?? argv[++i]
      if (value === undefined || value === '' || (value.startsWith('--') && inline === undefined)) {
        errors.push(`--${name} needs a value`)
      } else raw[name] = value
    } else positional.push(arg)
  }
  const [verb, ...rest] = positional
  if (verb === 'scenario' && rest[0] === 'default' && rest.length === 1)
    raw.command = 'scenario-default'
  else if ((verb === 'presets' || verb === 'backcast' || verb === 'schema') && rest.length === 0)
    raw.command = verb
  else if (verb === 'simulate' && rest.length === 1) {
    raw.command = 'simulate'
    raw.file = rest[0]
  } else if (
    verb === 'workbook' &&
    rest.length >= 2 &&
    ['list', 'export', 'check', 'run'].includes(rest[0] as string) &&
    rest.length === 2
  ) {
    raw.command = `workbook-${rest[0]}`
    raw.file = rest[1]
  } else if (verb === 'workbook' && rest[0] === 'import' && rest.length === 3) {
    raw.command = 'workbook-import'
    raw.file = rest[1]
    raw.input = rest[2]
  } else errors.push(`unknown or incomplete command: ${positional.join(' ') || '(none)'}`)
  if (errors.length > 0) return { ok: false, errors }
  const parsed = commandSchema.safeParse(raw)
  if (!parsed.success) {
    return {
      ok: false,
      errors: describeIssues(parsed.error, raw).map((e) => (e.startsWith('(root)') ? e : `--${e}`)),
    }
  }
  return { ok: true, command: parsed.data }
}

import { z } from 'zod'
import { describeIssues } from '@shared/api/validation'
import { boundedInt } from '@shared/model/scenario/bounds'
import { MAX_DRAWS } from '@shared/model/uncertainty/monte-carlo'
import { INDICATORS, SERIES } from '@shared/model/engine/series'
import { optionWords } from './option-words'

/** Command line of `levier`, parsed into one of its commands; every problem named. */
export const LEVIER_USAGE = `Usage: levier <command> [options]

Commands:
  scenario default [--preset ID] [--out PATH]   print a complete scenario (JSON)
  presets [--format text|json]                  list the presets of real proposals
  simulate FILE [--format json|csv] [--out PATH] [--draws N --seed S] [--tornado [INDICATOR]]
           [--series ID,ID…]                    project a scenario file (- reads standard input):
                                                model-2 series and indicators (ROBSS balance
                                                against its current-law path, lever yields over
                                                current law, Unédic apart, APU effect, the
                                                consumer's ledger); --series keeps only the named
                                                series (indicators all kept); --tornado alone
                                                ranks assumptions on robss_balance_final
  backcast [--format md|json] [--baseline ID]   compare the model with observed DST yields and the PLFSS
  schema [--out PATH]                           print the JSON Schema of scenario files
  workbook list FILE [--format text|json]       the scenarios of a workbook
  workbook export FILE --scenario NAME|ID [--out PATH]
                                                one scenario as a scenario file
  workbook import FILE SCENARIO.json [--rename] import scenario files (names in use: refused, or renamed)
  workbook check FILE                           integrity and schema report
  workbook run FILE [--format json|csv]         re-run every scenario, against its saved figures
  workbook new FILE                             create an empty workbook (.levier added; never
                                                replaces a file)
  compare A.json [B.json …] [--reference current-law|no-lever|FILE] [--format text|csv|json]
          [--attribution]                       headline indicators of each scenario and their
                                                difference to the reference (current law by
                                                default); --attribution adds each lever's share
                                                (Shapley) of each scenario's change
  seek FILE --lever PATH --target INDICATOR=VALUE[@YEAR] [--format text|json]
                                                the lever value that brings an indicator (or a
                                                series in YEAR) to VALUE, other inputs kept; says
                                                so (exit 2) when its range cannot reach VALUE
  brief FILE|--workbook W --scenario NAME --out NOTE.pdf [--lang fr|en] [--paper a4|letter]
        [--compare B.json …] [--reference …]    the app's PDF brief, printed by a Chromium-family
        [--draws N [--seed S]]                  browser (CHROMIUM_PATH); --out is replaced;
                                                --draws (one scenario, N ≥ 100) adds a Monte Carlo
                                                run: fans, and the band of the levers' effect over
                                                current law on paired draws
  --help, --version

Exit codes: 0 success, 2 invalid input (errors on standard error; for seek, also a target out
of the lever's reach), 1 other failure.`

/**
 * The indicators a tornado may rank assumptions on: every headline indicator but the coverage
 * ratio, which is undefined (NaN) where the cost of coproduction is too small to divide by.
 */
export const TORNADO_TARGETS = INDICATORS.map((i) => i.id).filter(
  (id) => id !== 'coverage_ratio_cumulative',
) as [string, ...string[]]
/** What `--tornado` alone ranks on: the ROBSS balance in the horizon's last year. */
export const DEFAULT_TORNADO_TARGET = 'robss_balance_final'

/** Every series `simulate` writes, by id: what `--series` may name. */
const SERIES_IDS: ReadonlySet<string> = new Set(SERIES.map((s) => s.id))

/**
 * `--series consumer_time_net_change,footprint_change`: the ids, each checked, so a misspelt name
 * is refused by name rather than leaving its series silently out of the output.
 */
const seriesList = z.string().transform((text, ctx) => {
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
  if (ids.length === 0) ctx.addIssue({ code: 'custom', message: 'names no series' })
  for (const id of ids)
    if (!SERIES_IDS.has(id))
      ctx.addIssue({
        code: 'custom',
        message: `unknown series ${JSON.stringify(id)}: name series as levier simulate writes them without --series (robss_balance, consumer_time_net_change, adoption.bank_branch…)`,
      })
  return ids
})

/** As in the app: fewer draws leave too few beyond the 5th and 95th percentiles. */
export const MIN_BRIEF_DRAWS = 100

/** A comparison holds at most six scenarios, in the app as here. */
export const MAX_COMPARED = 6
/** `--target robss_balance_final=0` or `--target robss_balance_change=0@2030`. */
export const TARGET_PATTERN = /^([a-z0-9_]+)=([^@]+)(?:@(.+))?$/

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
      series: seriesList.optional(),
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
  z.strictObject({ command: z.literal('workbook-new'), file: z.string().min(1) }),
  z.strictObject({
    command: z.literal('compare'),
    files: z.array(z.string().min(1)).min(1).max(MAX_COMPARED),
    reference: z.string().min(1).default('current-law'),
    format: z.enum(['text', 'csv', 'json']).default('text'),
    attribution: z.boolean().default(false),
    out: z.string().min(1).optional(),
  }),
  z.strictObject({
    command: z.literal('seek'),
    file: z.string().min(1),
    lever: z.string().min(1, 'is required'),
    target: z
      .string()
      .min(1, 'is required')
      .regex(TARGET_PATTERN, 'must read INDICATOR=VALUE or SERIES=VALUE@YEAR'),
    format: z.enum(['text', 'json']).default('text'),
  }),
  z
    .strictObject({
      command: z.literal('brief'),
      file: z.string().min(1).optional(),
      workbook: z.string().min(1).optional(),
      scenario: z.string().min(1).optional(),
      out: z.string().min(1, 'is required'),
      lang: z.enum(['fr', 'en']).default('fr'),
      paper: z.enum(['a4', 'letter']).default('a4'),
      compare: z
        .array(z.string().min(1))
        .max(MAX_COMPARED - 1)
        .default([]),
      reference: z.string().min(1).default('current-law'),
      // A Monte Carlo run printed with the brief: fans, and the band of the levers' effect.
      draws: z.coerce.number().pipe(boundedInt(MIN_BRIEF_DRAWS, MAX_DRAWS)).optional(),
      seed: z.coerce.number().pipe(boundedInt(0, 4294967295)).optional(),
    })
    .refine((c) => c.seed === undefined || c.draws !== undefined, {
      message: '--seed needs --draws',
      path: ['seed'],
    })
    .refine((c) => c.draws === undefined || c.compare.length === 0, {
      message: 'a Monte Carlo run goes with the brief of one scenario, not with --compare',
      path: ['draws'],
    })
    .refine((c) => (c.file === undefined) !== (c.workbook === undefined), {
      message: 'give either a scenario FILE or --workbook W --scenario NAME',
      path: ['workbook'],
    })
    .refine((c) => (c.workbook === undefined) === (c.scenario === undefined), {
      message: '--workbook and --scenario go together',
      path: ['scenario'],
    }),
])
export type LevierCommand = z.infer<typeof commandSchema>

const VALUE_OPTIONS = [
  'preset',
  'out',
  'format',
  'draws',
  'seed',
  'scenario',
  'baseline',
  'reference',
  'lever',
  'target',
  'workbook',
  'lang',
  'paper',
  'series',
] as const
/** Options whose value may be left out, and what they then take. */
const OPTIONAL_VALUE: ReadonlyMap<string, string> = new Map([['tornado', DEFAULT_TORNADO_TARGET]])
/** Options that take every word after them up to the next option, and may be repeated. */
const LIST_OPTIONS = ['compare'] as const
const BOOLEAN_OPTIONS = ['rename', 'attribution'] as const

/**
 * How node:util's parseArgs reads each option. Those whose value may be left out, or that take a
 * list, are read as flags: the words after them come as positionals, which the parser assigns.
 */
const PARSE_OPTIONS = Object.fromEntries([
  ...VALUE_OPTIONS.map((name) => [name, { type: 'string' }] as const),
  ...[...OPTIONAL_VALUE.keys(), ...LIST_OPTIONS, ...BOOLEAN_OPTIONS].map(
    (name) => [name, { type: 'boolean' }] as const,
  ),
])

export type ParsedCommand = { ok: true; command: LevierCommand } | { ok: false; errors: string[] }

/**
 * Whether the word after a flag whose value may be left out is the command's FILE rather than the
 * flag's value: it names a scenario file (ends in .json, or "-" for standard input).
 */
function namesFile(word: string): boolean {
  return word === '-' || word.toLowerCase().endsWith('.json')
}

const has = (names: readonly string[], name: string) => names.includes(name)

export function parseLevierArgs(argv: readonly string[]): ParsedCommand {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    return { ok: true, command: { command: 'help' } }
  }
  if (argv[0] === '--version') return { ok: true, command: { command: 'version' } }
  const positional: string[] = []
  const raw: Record<string, unknown> = {}
  const errors: string[] = []
  const words = optionWords(argv, PARSE_OPTIONS)
  // Levier has no short options (-h is read above): a word such as -x or -data.json is a FILE.
  const positionalAt = (at: number) => {
    const word = words[at]
    return word && (word.kind === 'positional' || !word.word.startsWith('--'))
      ? word.word
      : undefined
  }
  const nextPositional = (at: number) => positionalAt(at + 1)
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as (typeof words)[number]
    const file = positionalAt(i)
    if (file !== undefined || word.kind === 'positional') {
      positional.push(word.word)
      continue
    }
    const { name, flag, value, inline } = word
    const defaultValue = OPTIONAL_VALUE.get(name)
    if (has(BOOLEAN_OPTIONS, name) && !inline) raw[name] = true
    else if (has(LIST_OPTIONS, name)) {
      const list = (raw[name] as string[] | undefined) ?? []
      if (inline) list.push(value as string)
      else
        for (let next = nextPositional(i); next !== undefined; next = nextPositional(++i))
          list.push(next)
      if (list.length === 0) errors.push(`${flag} needs a value`)
      raw[name] = list
    } else if (defaultValue !== undefined && !inline) {
      const next = nextPositional(i)
      if (next === undefined || namesFile(next)) raw[name] = defaultValue
      else {
        raw[name] = next
        i++
      }
    } else if (!has(VALUE_OPTIONS, name) && defaultValue === undefined)
      errors.push(`unknown option: ${flag}`)
    else if (value === undefined || value === '') errors.push(`${flag} needs a value`)
    else raw[name] = value
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
    ['list', 'export', 'check', 'run', 'new'].includes(rest[0] as string) &&
    rest.length === 2
  ) {
    raw.command = `workbook-${rest[0]}`
    raw.file = rest[1]
  } else if (verb === 'workbook' && rest[0] === 'import' && rest.length === 3) {
    raw.command = 'workbook-import'
    raw.file = rest[1]
    raw.input = rest[2]
  } else if (verb === 'compare' && rest.length >= 1) {
    raw.command = 'compare'
    raw.files = rest
  } else if (verb === 'seek' && rest.length === 1) {
    raw.command = 'seek'
    raw.file = rest[0]
  } else if (verb === 'brief' && rest.length <= 1) {
    raw.command = 'brief'
    if (rest[0] !== undefined) raw.file = rest[0]
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

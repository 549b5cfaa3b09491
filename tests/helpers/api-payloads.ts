import { API_CALL_NAMES } from '@shared/api/calls'
import type { ApiCallName } from '@shared/api/calls'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { Prng } from '@shared/model/uncertainty/prng'

/**
 * Seeded payloads for every API call: valid ones, near-valid ones (one field mutated) and garbage,
 * for the fuzz test over the loopback host. Paths are always inside `dir` (or bad on purpose),
 * never elsewhere on the machine.
 */

export type PayloadKind = 'valid' | 'mutated' | 'garbage'

export interface FuzzWorld {
  /** A temporary folder: every workbook path generated lies in it. */
  readonly dir: string
  /** Scenario ids the host knows (learnt from its answers), for payloads that name one. */
  readonly ids: string[]
  readonly comparisonIds: string[]
}

export interface FuzzCase {
  readonly call: ApiCallName
  readonly kind: PayloadKind
  readonly payload: unknown
  /** The request body: the payload's JSON, nesting markers expanded. */
  readonly body: string
}

const NASTY_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\u202eevil\u202c',
  '😀'.repeat(40),
  'é'.repeat(300),
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '<script>alert(1)</script>',
  "'; DROP TABLE scenarios; --",
  '%00',
  '\ud800',
  'x'.repeat(5_000),
]

const NASTY_NUMBERS = [0, -1, 1.5, -1e308, 1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1e-320]

function pick<T>(rng: Prng, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)] as T
}

function randomText(rng: Prng, max = 30): string {
  const length = Math.floor(rng.next() * max)
  let text = ''
  for (let i = 0; i < length; i++) {
    const r = rng.next()
    text +=
      r < 0.7
        ? String.fromCharCode(97 + Math.floor(rng.next() * 26))
        : r < 0.9
          ? String.fromCharCode(0x20 + Math.floor(rng.next() * 0x5f))
          : String.fromCodePoint(0xa0 + Math.floor(rng.next() * 0x1ff00))
  }
  return text
}

/**
 * Arrays nested `depth` deep, as a marker replaced in the body's text (JSON.stringify itself
 * overflows the stack on 100,000 levels, as the host's own code did).
 */
function deep(depth: number): string {
  return `\u0001deep:${depth}\u0001`
}

/** The body sent for a payload: its JSON, with the nesting markers expanded. */
export function bodyOf(payload: unknown): string {
  return (JSON.stringify(payload) ?? 'null').replace(
    /"\\u0001deep:(\d+)\\u0001"/g,
    (_, depth: string) => `${'['.repeat(Number(depth))}1${']'.repeat(Number(depth))}`,
  )
}

/** A value of any JSON type, sometimes hostile. */
export function anyValue(rng: Prng, depth = 0): unknown {
  const r = rng.next()
  if (r < 0.12) return pick(rng, NASTY_STRINGS)
  if (r < 0.22) return pick(rng, NASTY_NUMBERS)
  if (r < 0.3) return rng.next() < 0.5
  if (r < 0.36) return null
  if (r < 0.42) return randomText(rng)
  if (r < 0.46) return deep(65 + Math.floor(rng.next() * 100_000))
  if (r < 0.5) return JSON.parse('{"toString":null,"valueOf":null,"length":[{"toString":null}]}')
  if (r < 0.54) return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":1}}')
  if (depth > 3) return Math.floor(rng.next() * 100)
  if (r < 0.77) {
    return Array.from({ length: Math.floor(rng.next() * 5) }, () => anyValue(rng, depth + 1))
  }
  const object: Record<string, unknown> = {}
  for (let i = Math.floor(rng.next() * 5); i > 0; i--) {
    object[rng.next() < 0.3 ? pick(rng, NASTY_STRINGS) : randomText(rng, 10)] = anyValue(
      rng,
      depth + 1,
    )
  }
  return object
}

const PRESETS = ['current-law', 'dst-6', 'dst-15-tier', 'platform-profit-10']

function scenarioId(rng: Prng, world: FuzzWorld): string {
  return world.ids.length > 0 && rng.next() < 0.8
    ? pick(rng, world.ids)
    : randomText(rng, 40) || 'x'
}

function workbookPathIn(rng: Prng, world: FuzzWorld): string {
  const name = `fuzz-${Math.floor(rng.next() * 6)}`
  return `${world.dir}/${rng.next() < 0.5 ? `${name}.levier` : name}`
}

function scenarioDocument(rng: Prng): Record<string, unknown> {
  const scenario = defaultScenario(pick(rng, PRESETS))
  scenario.levers.dst.rate = Math.round(rng.next() * 50) / 100
  return { ...scenario, name: `Fuzz ${randomText(rng, 12)}${Math.floor(rng.next() * 1e6)}` }
}

/** A payload the contract accepts for `call` (the host may still refuse it: a name in use…). */
export function validPayload(call: ApiCallName, rng: Prng, world: FuzzWorld): unknown {
  const id = () => scenarioId(rng, world)
  switch (call) {
    case 'setPreferences':
      return rng.next() < 0.5 ? { language: pick(rng, ['fr', 'en']) } : {}
    case 'newWorkbook':
    case 'saveWorkbookAs':
      return { path: workbookPathIn(rng, world) }
    case 'openWorkbook':
      return { path: workbookPathIn(rng, world), readOnly: rng.next() < 0.3 }
    case 'listScenarios':
      return { query: randomText(rng, 5), trash: rng.next() < 0.3 }
    case 'getScenario':
      return { id: id(), version: rng.next() < 0.3 ? 1 + Math.floor(rng.next() * 3) : undefined }
    case 'createScenario':
      return rng.next() < 0.5
        ? { preset: pick(rng, PRESETS), name: `Fuzz ${randomText(rng, 20)}` }
        : { scenario: scenarioDocument(rng) }
    case 'saveScenario':
      return { id: id(), scenario: scenarioDocument(rng), note: randomText(rng) }
    case 'renameScenario':
      return { id: id(), name: `Fuzz ${randomText(rng, 20)}` }
    case 'describeScenario':
      return { id: id(), description: randomText(rng, 200) }
    case 'tagScenario':
      return { id: id(), tags: [randomText(rng, 10), randomText(rng, 10)] }
    case 'duplicateScenario':
    case 'deleteScenario':
    case 'restoreScenario':
    case 'listVersions':
    case 'exportResultsCsv':
      return { id: id() }
    case 'restoreVersion':
      return { id: id(), version: 1 }
    case 'diffScenarios':
      return { a: { id: id() }, b: { id: id(), version: 1 } }
    case 'importScenarios':
      return {
        documents: [scenarioDocument(rng)],
        onConflict: pick(rng, ['refuse', 'rename']),
      }
    case 'exportScenarios':
      return { ids: [id(), id()] }
    case 'getComparison':
    case 'deleteComparison':
      return { id: world.comparisonIds.length > 0 ? pick(rng, world.comparisonIds) : id() }
    case 'saveComparison':
      return {
        name: `Comparaison ${randomText(rng, 10)}`,
        reference: { kind: 'preset', preset: 'current-law' },
        scenarioIds: [id(), id()],
        settings: { measure: 'balance', year: 2030 },
      }
    case 'saveBriefPdf':
      return { path: `${world.dir}/brief.pdf`, paper: 'A4' }
    case 'chooseFilePath':
      return { purpose: pick(rng, ['openWorkbook', 'saveWorkbook', 'savePdf']) }
    default:
      return {}
  }
}

/** Hostile paths: all name the temporary folder, or nothing that exists outside it. */
function badPath(rng: Prng, world: FuzzWorld): string {
  return pick(rng, [
    `${world.dir}/a\u0000b.levier`,
    `${world.dir}/${'n'.repeat(300)}.levier`,
    `${world.dir}/${'é'.repeat(150)}`,
    `${world.dir}/${'d'.repeat(256)}/w.levier`,
    `${world.dir}/${'d/'.repeat(2100)}w.levier`,
    `${world.dir}/line\nbreak.levier`,
    `${world.dir}/missing/w.levier`,
    `${world.dir}/`,
    'relative.levier',
    '',
  ])
}

/** `valid` with one field changed: wrong type, hostile value, removed, or an extra key. */
export function mutatedPayload(call: ApiCallName, rng: Prng, world: FuzzWorld): unknown {
  const base = validPayload(call, rng, world)
  const object: Record<string, unknown> =
    base !== null && typeof base === 'object' ? { ...(base as Record<string, unknown>) } : {}
  const keys = Object.keys(object).filter((k) => object[k] !== undefined)
  const r = rng.next()
  if ('path' in object && r < 0.4) object.path = badPath(rng, world)
  else if (keys.length > 0 && r < 0.7) object[pick(rng, keys)] = anyValue(rng)
  else if (keys.length > 0 && r < 0.8) delete object[pick(rng, keys)]
  else if (r < 0.9) object[pick(rng, ['__proto__', 'constructor', 'extra', 'toString'])] = 1
  else return JSON.parse(`{"__proto__":${JSON.stringify(object)}}`)
  return object
}

export function garbagePayload(rng: Prng): unknown {
  return anyValue(rng)
}

/** The fuzz cases, in order: every call in turn, each kind by turns, so all are covered. */
export function* fuzzCases(seed: number, count: number, world: FuzzWorld): Generator<FuzzCase> {
  const rng = new Prng(seed)
  for (let i = 0; i < count; i++) {
    const call = API_CALL_NAMES[i % API_CALL_NAMES.length] as ApiCallName
    const r = rng.next()
    const kind: PayloadKind = r < 0.35 ? 'valid' : r < 0.8 ? 'mutated' : 'garbage'
    const payload =
      kind === 'valid'
        ? validPayload(call, rng, world)
        : kind === 'mutated'
          ? mutatedPayload(call, rng, world)
          : garbagePayload(rng)
    yield { call, kind, payload, body: bodyOf(payload) }
  }
}

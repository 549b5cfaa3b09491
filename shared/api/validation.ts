import type { z } from 'zod'

const MAX_SHOWN_VALUE_LENGTH = 60
/** A payload with thousands of wrong fields gets the first few, not a message of megabytes. */
export const MAX_SHOWN_ISSUES = 10
/**
 * How deeply a request may nest arrays and objects. The deepest legitimate payload (a scenario
 * document inside a request) nests about 6 levels; 100,000 nested `[` overflowed the stack of
 * every recursive step after JSON.parse (validation, String(), JSON.stringify) and got a 500.
 */
export const MAX_PAYLOAD_DEPTH = 64

/**
 * How deeply `value` nests arrays and objects, counted without recursion (so any depth is safe to
 * measure) and giving up as soon as it passes `limit`: O(size of the value), never a stack overflow.
 * Only containers are stacked, so the numbers that make up most of a scenario cost one test each
 * (28 MB of scenario documents are measured in a few tens of milliseconds).
 */
export function nestingDepth(value: unknown, limit = MAX_PAYLOAD_DEPTH): number {
  if (value === null || typeof value !== 'object') return 0
  let deepest = 1
  const containers: object[] = [value]
  const depths: number[] = [1]
  while (containers.length > 0) {
    const current = containers.pop() as Record<string, unknown>
    const level = (depths.pop() as number) + 1
    const children = Array.isArray(current) ? (current as unknown[]) : Object.values(current)
    for (let i = 0; i < children.length; i++) {
      const child = children[i]
      if (child === null || typeof child !== 'object') continue
      if (level > deepest) {
        deepest = level
        if (deepest > limit) return deepest
      }
      containers.push(child)
      depths.push(level)
    }
  }
  return deepest
}

/** A short kind name for values that cannot be shown as JSON (too deep, odd prototypes…). */
function kindOf(value: unknown): string {
  if (Array.isArray(value))
    return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`
  if (value === null) return 'null'
  return typeof value === 'object' ? 'an object' : typeof value
}

/**
 * The value a user sent, shortened for a message. Total: it never throws, whatever JSON arrived
 * (objects whose `toString` is null, `__proto__` keys, deep nesting, strings of megabytes), since
 * a validation message that throws would turn a bad request into an internal error.
 */
export function describeValue(value: unknown): string {
  let text: string
  try {
    // Cut long strings before quoting them, so a 30 MB field is not copied to be shown in part.
    const shown = typeof value === 'string' ? value.slice(0, MAX_SHOWN_VALUE_LENGTH + 1) : value
    const json: unknown = JSON.stringify(shown)
    text = typeof json === 'string' ? json : kindOf(value)
  } catch {
    text = kindOf(value)
  }
  return text.length > MAX_SHOWN_VALUE_LENGTH ? `${text.slice(0, MAX_SHOWN_VALUE_LENGTH)}…` : text
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = root
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

/** The dotted path of an issue, `(root)` for the payload itself. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(root)'
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`,
    )
    .join('')
}

/**
 * One line per validation problem: the field path, what was expected and the value received, so
 * a user can find and fix the field without reading code. At most MAX_SHOWN_ISSUES lines, then
 * how many more there are.
 */
export function describeIssues(error: z.ZodError, input: unknown): string[] {
  const lines = error.issues.slice(0, MAX_SHOWN_ISSUES).map((issue) => {
    const where = issuePath(issue.path)
    const received = valueAt(input, issue.path)
    const got = received === undefined ? '' : ` (got ${describeValue(received)})`
    return `${where}: ${issue.message}${got}`
  })
  const more = error.issues.length - MAX_SHOWN_ISSUES
  if (more > 0) lines.push(`and ${more} more problem${more > 1 ? 's' : ''}`)
  return lines
}

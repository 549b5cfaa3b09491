import type { z } from 'zod'

const MAX_SHOWN_VALUE_LENGTH = 60

function describeValue(value: unknown): string {
  let text: string
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value))
  } catch {
    text = String(value)
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
 * a user can find and fix the field without reading code.
 */
export function describeIssues(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const where = issuePath(issue.path)
    const received = valueAt(input, issue.path)
    const got = received === undefined ? '' : ` (got ${describeValue(received)})`
    return `${where}: ${issue.message}${got}`
  })
}

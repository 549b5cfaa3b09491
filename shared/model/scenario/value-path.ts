/**
 * Reading and setting one value of a scenario (or of any part of it) by its dotted path, as the
 * lever table, diffs and the editor name them: `levers.<lever>.rate`, `sectors.<id>.curve`,
 * `horizon.end`. Assumption ids hold dots themselves, so `assumptions.sector.x.theta` is one key
 * of `assumptions`.
 */
export function pathKeys(path: string): string[] {
  const prefix = 'assumptions.'
  return path.startsWith(prefix) ? ['assumptions', path.slice(prefix.length)] : path.split('.')
}

type Node = Record<string, unknown>
const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object'

/** The value at the path, or undefined where the path leads nowhere. */
export function valueAt(document: unknown, path: string): unknown {
  let node = document
  for (const key of pathKeys(path)) node = isNode(node) ? node[key] : undefined
  return node
}

/**
 * The object holding the value at the path, and the value's key in it, for code that writes the
 * same field many times (goal-seek's search). Throws where the path leads nowhere.
 */
export function slotAt(document: object, path: string): { holder: Node; key: string } {
  return walkTo(document as Node, path, false)
}

/** Set the value at the path in place; undefined removes the key (a default taken back). */
export function setValueAt(document: object, path: string, value: unknown): void {
  const { holder, key } = slotAt(document, path)
  put(holder, key, value)
}

/** A deep copy of a JSON document (scenarios are plain JSON: no dates, maps or undefined values). */
export function copyDocument<T>(document: T): T {
  return JSON.parse(JSON.stringify(document)) as T
}

/**
 * The document with the value at the path set (or removed, for undefined), as a new document
 * that shares every part the path does not go through: only the objects on the path are copied.
 * Documents are values (the editor's undo keeps every draft), so nothing writes into them in
 * place; an edit, one per slider step, then copies a few small objects rather than the whole
 * scenario, and the parts it leaves keep their identity for whoever compares them.
 */
export function withValueAt<T extends object>(document: T, path: string, value: unknown): T {
  const root = shallowCopy(document as Node)
  const { holder, key } = walkTo(root, path, true)
  put(holder, key, value)
  return root as T
}

/**
 * Walk from `root` to the object holding the value at the path; `copying`, each object on the way
 * is first replaced in its parent by a shallow copy of it, and the copy is walked on.
 */
function walkTo(root: Node, path: string, copying: boolean): { holder: Node; key: string } {
  const keys = pathKeys(path)
  const key = keys.pop() as string
  let holder = root
  for (const k of keys) {
    const next = holder[k]
    if (!isNode(next)) throw new RangeError(`No object at ${k} in ${path}`)
    holder = copying ? (holder[k] = shallowCopy(next)) : next
  }
  return { holder, key }
}

/** Set `key` of `holder` to `value`; undefined removes the key. */
function put(holder: Node, key: string, value: unknown): void {
  if (value === undefined) delete holder[key]
  else holder[key] = value
}

function shallowCopy(node: Node): Node {
  return (Array.isArray(node) ? node.slice() : { ...node }) as Node
}

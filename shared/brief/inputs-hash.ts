import type { Scenario } from '../model/scenario/scenario-schema'
import { sha256Hex } from '../security/sha256'

/**
 * The fingerprint a brief prints so anyone can check which inputs produced it: SHA-256 of the
 * scenario's canonical JSON (shared/security/sha256.ts): the same code runs in the renderer, the
 * hosts and the CLI, synchronously.
 */

/**
 * JSON with the keys of every object sorted (by UTF-16 code units, as Array.prototype.sort does)
 * and no whitespace; arrays keep their order; numbers and strings as JSON.stringify writes them.
 * Object keys whose value is undefined are left out (as JSON.stringify does, so an optional field
 * absent or set to undefined hashes the same); values JSON cannot carry faithfully are refused.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$')
}

function write(value: unknown, path: string): string {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value))
        throw new TypeError(`canonicalJson: ${path} is ${String(value)}, not a finite number`)
      return JSON.stringify(value)
    case 'string':
    case 'boolean':
      return JSON.stringify(value)
    case 'object': {
      if (value === null) return 'null'
      if (Array.isArray(value)) {
        const items: string[] = []
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i]
          if (item === undefined)
            throw new TypeError(`canonicalJson: ${path}[${i}] is undefined (or a hole)`)
          items.push(write(item, `${path}[${i}]`))
        }
        return `[${items.join(',')}]`
      }
      const proto: unknown = Object.getPrototypeOf(value)
      if (proto !== Object.prototype && proto !== null)
        throw new TypeError(`canonicalJson: ${path} is not a plain object`)
      const record = value as Record<string, unknown>
      const members = Object.keys(record)
        .sort()
        .filter((key) => record[key] !== undefined)
        .map((key) => `${JSON.stringify(key)}:${write(record[key], `${path}.${key}`)}`)
      return `{${members.join(',')}}`
    }
    default:
      throw new TypeError(`canonicalJson: ${path} is ${typeof value}, which JSON cannot hold`)
  }
}

/**
 * The hash of a scenario's inputs: everything that can move a result. The name and description
 * only label the scenario, so renaming it keeps its hash.
 */
export function scenarioInputsHash(scenario: Scenario): string {
  const { name: _name, description: _description, ...inputs } = scenario
  return sha256Hex(canonicalJson(inputs))
}

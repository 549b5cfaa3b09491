import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalJson, scenarioInputsHash } from '@shared/brief/inputs-hash'
import { Prng } from '@shared/model/uncertainty/prng'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { scenarioFrom } from '../../helpers/model'

const nodeSha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    )
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]))
  })

  it('parses back to the same value', () => {
    const value = { é: 'ü', n: -0.125, big: 1e21, list: [true, false, null], nested: { k: [] } }
    expect(JSON.parse(canonicalJson(value))).toEqual(value)
  })

  it('refuses values JSON cannot carry, naming where they are', () => {
    expect(() => canonicalJson({ a: { b: Number.NaN } })).toThrow(/\$\.a\.b is NaN/)
    expect(() => canonicalJson({ a: [1, Infinity] })).toThrow(/\$\.a\[1\] is Infinity/)
    expect(() => canonicalJson([1, undefined])).toThrow(/\$\[1\] is undefined/)
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/)
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/not a plain object/)
  })

  it('leaves out object keys set to undefined, as JSON does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }))
  })
})

/** A deep copy with the keys of every object inserted in a random order. */
function shuffled(value: unknown, rng: Prng): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffled(v, rng))
  if (value === null || typeof value !== 'object') return value
  const keys = Object.keys(value)
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1))
    ;[keys[i], keys[j]] = [keys[j] as string, keys[i] as string]
  }
  return Object.fromEntries(
    keys.map((k) => [k, shuffled((value as Record<string, unknown>)[k], rng)]),
  )
}

const copy = (s: Scenario): Scenario => structuredClone(s)

describe('scenarioInputsHash', () => {
  const base = scenarioFrom('dst-15-tier')
  const hash = scenarioInputsHash(base)

  it('is 64 hex digits: SHA-256 of the canonical JSON without name and description', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    const { name: _n, description: _d, ...inputs } = base
    expect(hash).toBe(nodeSha(new TextEncoder().encode(canonicalJson(inputs))))
  })

  it('does not depend on the order of keys, at any depth', () => {
    const rng = new Prng(42)
    for (let k = 0; k < 10; k++) {
      const other = shuffled(base, rng) as Scenario
      expect(JSON.stringify(other)).not.toBe(JSON.stringify(base))
      expect(scenarioInputsHash(other)).toBe(hash)
    }
  })

  it('does not change with the name or the description', () => {
    const renamed = copy(base)
    renamed.name = 'Un tout autre nom'
    renamed.description = 'Une autre description'
    expect(scenarioInputsHash(renamed)).toBe(hash)
    const undescribed = copy(base)
    delete undescribed.description
    expect(scenarioInputsHash(undescribed)).toBe(hash)
  })

  it('changes when any lever value changes', () => {
    const seen = new Set([hash])
    // Every leaf of the levers: numbers nudged, switches flipped, choices swapped.
    const leaves: string[][] = []
    const walk = (v: unknown, path: string[]) => {
      if (v !== null && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) walk(x, [...path, k])
      else leaves.push(path)
    }
    walk(base.levers, [])
    expect(leaves.length).toBeGreaterThan(20)
    for (const path of leaves) {
      const edited = copy(base)
      const parent = path
        .slice(0, -1)
        .reduce<Record<string, unknown>>(
          (o, k) => o[k] as Record<string, unknown>,
          edited.levers as unknown as Record<string, unknown>,
        )
      const key = path[path.length - 1] as string
      const old = parent[key]
      parent[key] =
        typeof old === 'boolean'
          ? !old
          : typeof old === 'number'
            ? old + 0.001
            : old === 'perUser'
              ? 'perVolume'
              : old === 'profit'
                ? 'gmv'
                : `${String(old)}x`
      const h = scenarioInputsHash(edited)
      expect(seen.has(h), path.join('.')).toBe(false)
      seen.add(h)
    }
  })

  it('changes with an assumption, a sector curve point, a cost-response switch and the horizon', () => {
    const edits: Array<(s: Scenario) => void> = [
      (s) => {
        s.assumptions['labour.reemployment_hazard'] = 0.123
      },
      (s) => {
        s.sectors.retail_checkout = {
          curve: {
            type: 'drawn',
            points: [
              { year: 2024, value: 0.3 },
              { year: 2030, value: 0.5 },
            ],
          },
          respondsToCost: true,
        }
      },
      (s) => {
        const sector = s.sectors.retail_checkout
        if (sector?.curve.type === 'bass') sector.curve.q += 1e-9
      },
      (s) => {
        const sector = s.sectors.retail_checkout
        if (sector) sector.respondsToCost = !sector.respondsToCost
      },
      (s) => {
        s.horizon.end -= 1
      },
      (s) => {
        s.horizon.start += 1
      },
    ]
    const hashes = edits.map((edit) => {
      const edited = copy(base)
      edit(edited)
      return scenarioInputsHash(edited)
    })
    expect(new Set([hash, ...hashes]).size).toBe(edits.length + 1)
  })

  it('tells apart two drawn curves whose points differ in one value', () => {
    const drawn = (v: number) => {
      const s = copy(base)
      s.sectors.retail_checkout = {
        curve: {
          type: 'drawn',
          points: [
            { year: 2024, value: 0.3 },
            { year: 2030, value: v },
          ],
        },
        respondsToCost: true,
      }
      return scenarioInputsHash(s)
    }
    expect(drawn(0.5)).not.toBe(drawn(0.51))
  })
})

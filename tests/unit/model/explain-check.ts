import type { Baseline } from '@shared/model/baseline/baseline-schema'
import { centralValue } from '@shared/model/uncertainty/distributions'
import type { Explanation, Term } from '@shared/model/explain/explain'
import { recombine } from '@shared/model/explain/explain-types'
import type { Expr, Localized } from '@shared/model/explain/explain-types'
import { LEVER_DEFINITIONS } from '@shared/model/levers/lever-definitions'
import type { Prng } from '@shared/model/uncertainty/prng'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { PRESETS } from '@shared/model/scenario/presets'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import type { Projection } from '@shared/model/engine/simulate'
import { slotAt, valueAt } from '@shared/model/scenario/value-path'

/** Equal up to floating-point rounding: relative 1e-9, or absolute 1e-12 near 0. */
export function close(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b)
  const gap = Math.abs(a - b)
  return gap <= 1e-12 || gap <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))
}

function textProblems(text: Localized, where: string): string[] {
  const problems: string[] = []
  if (!text.fr.trim() || !text.en.trim()) problems.push(`${where}: text missing in a language`)
  if (/\{\w+\}/.test(text.fr + text.en)) problems.push(`${where}: unfilled placeholder`)
  return problems
}

/** The first key a formula names that is not among `keys`, or null. */
function missingKey(expr: Expr, keys: ReadonlySet<string>): string | null {
  if (typeof expr === 'number') return null
  if (typeof expr === 'string') return keys.has(expr) ? null : expr
  for (const arg of expr.args) {
    const missing = missingKey(arg, keys)
    if (missing !== null) return missing
  }
  return null
}

/**
 * Each node's formula gives its value (every key it names exists, keys are unique); every term is
 * labelled in both languages and its value is the one its provenance names: the series the engine
 * wrote, the assumption the scenario used (cited with the baseline's source, year and grade), the
 * lever setting. Returns one message per problem, so a failure lists every node at fault.
 */
export function treeProblems(
  formula: Explanation['formula'],
  value: number,
  terms: readonly Term[],
  path: string | (() => string),
  context: {
    scenario: Scenario
    baseline: Baseline
    series: (id: string, year: number) => number
    /** Terms already checked (explanations share their subtrees). */
    seen?: WeakSet<Term>
  },
): string[] {
  const problems: string[] = []
  const here = () => (typeof path === 'string' ? path : path())
  const keys = new Set<string>()
  for (const t of terms) {
    if (keys.has(t.key)) problems.push(`${here()}: duplicate key ${t.key}`)
    keys.add(t.key)
  }
  if (formula !== null) {
    const missing = missingKey(formula, keys)
    if (missing !== null) problems.push(`${here()}: no term ${missing}`)
    else {
      const again = recombine(formula, terms)
      if (!close(again, value)) problems.push(`${here()}: ${again} ≠ ${value}`)
    }
  }
  const { scenario, baseline } = context
  for (const term of terms) {
    if (context.seen?.has(term)) continue
    context.seen?.add(term)
    const where = () => `${here()}/${term.key}`
    const report = (what: string) => problems.push(`${where()}: ${what}`)
    if (!term.label.fr || !term.label.en) report('label missing in a language')
    const p = term.provenance
    if (p.kind === 'series' && p.year !== null) {
      const expected = context.series(p.id, p.year)
      if (!close(term.value, expected)) report(`${term.value} ≠ series ${expected}`)
    } else if (p.kind === 'assumption') {
      const entry = baseline.assumptions[p.id]
      if (!entry) {
        report(`cites ${p.id}, not in baseline ${baseline.id}`)
      } else {
        const set = scenario.assumptions[p.id]
        const used =
          set === undefined ? entry.value : typeof set === 'number' ? set : centralValue(set)
        if (term.value !== used) report(`${term.value} ≠ assumption ${used}`)
        if (p.grade !== entry.grade || p.year !== entry.year) report('grade/year')
        const source = entry.source ? baseline.sources[entry.source] : null
        if ((p.source?.title ?? null) !== (source?.title ?? null)) report('source')
        if (p.baselineValue !== entry.value) report('baseline value')
      }
    } else if (p.kind === 'setting') {
      const setting = valueAt(scenario, p.path)
      const expected = typeof setting === 'boolean' ? Number(setting) : setting
      if (term.value !== expected) report(`${term.value} ≠ setting ${p.path}`)
    } else if (p.kind === 'table' && p.extendedFrom === null) {
      const w = where()
      const table = w.includes('unedic') ? baseline.unedic : baseline.robss
      const side = w.includes('receipts') ? 'receipts' : 'spending'
      const published = table[side][table.years.indexOf(p.year)]
      if (term.value !== published) report(`${term.value} ≠ table ${published}`)
    }
    if (term.terms)
      problems.push(...treeProblems(term.formula ?? null, term.value, term.terms, where, context))
  }
  return problems
}

/** Everything wrong with an explanation of a figure the projection shows as `shown`. */
export function explanationProblems(
  e: Explanation,
  shown: number,
  context: Parameters<typeof treeProblems>[4],
): string[] {
  const path = e.target.kind === 'series' ? `${e.target.id}@${e.target.year}` : e.target.id
  const problems = [...textProblems(e.equation, path), ...textProblems(e.label, path)]
  if (!close(e.value, shown)) problems.push(`${path}: shows ${e.value}, projection ${shown}`)
  if (e.formula === null && !Number.isNaN(e.value)) problems.push(`${path}: no formula`)
  problems.push(...treeProblems(e.formula, e.value, e.terms, path, context))
  return problems
}

/**
 * A random valid scenario: a preset, every lever field drawn within its definition's range (on
 * its step), every assumption with a range drawn uniformly within it, a random horizon.
 */
export function randomScenario(random: Prng, baseline: Baseline): Scenario {
  const preset = PRESETS[Math.floor(random.next() * PRESETS.length)] as (typeof PRESETS)[number]
  const scenario = defaultScenario(preset.id, baseline.id)
  for (const field of LEVER_DEFINITIONS) {
    const { holder: parent, key: last } = slotAt(scenario, field.path)
    if (field.kind === 'switch') parent[last] = random.next() < 0.6
    else if (field.kind === 'choice')
      parent[last] = (
        field.options[Math.floor(random.next() * field.options.length)] ?? field.options[0]
      )?.value
    else {
      const steps = Math.round((field.max - field.min) / field.step)
      const value = field.min + Math.floor(random.next() * (steps + 1)) * field.step
      parent[last] = Math.min(field.max, Number(value.toPrecision(12)))
    }
  }
  for (const [id, entry] of Object.entries(baseline.assumptions)) {
    if (!entry.range) continue
    const [low, high] = entry.range
    scenario.assumptions[id] = low + random.next() * (high - low)
  }
  const start = baseline.baseYear + Math.floor(random.next() * 6)
  scenario.horizon = { start, end: start + 3 + Math.floor(random.next() * 25) }
  const parsed = parseScenario(scenario)
  if (!parsed.ok) throw new Error(`invalid random scenario: ${parsed.errors.join('; ')}`)
  return parsed.scenario
}

/** A series' value in a year of a projection run from the base year. */
export function seriesReader(full: Projection) {
  return (id: string, year: number): number => {
    const values = full.series.find((s) => s.id === id)?.values ?? []
    return values[full.years.indexOf(year)] as number
  }
}

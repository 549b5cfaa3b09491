import type { Grade } from '../baseline/baseline-schema'
import type { Unit } from '../engine/units'

/**
 * "Why this number?": what a figure of a projection is made of. An explanation states the equation
 * in words and lists its terms with the values the engine used; `formula` recombines the terms
 * into the figure, so the explanation can be checked against the number it explains.
 */
export type { Localized } from '../../i18n/in-every-language'
import type { Localized } from '../../i18n/in-every-language'

/** A formula over terms: a number, a term's key, or an operation on sub-formulas. */
export type Expr =
  | number
  | string
  | { readonly op: 'add' | 'mul' | 'max' | 'min'; readonly args: readonly Expr[] }
  | { readonly op: 'sub' | 'div' | 'pow'; readonly args: readonly [Expr, Expr] }
  | { readonly op: 'exp'; readonly args: readonly [Expr] }

export interface SourceRef {
  readonly title: string
  readonly url: string
}

/** Where a term's value comes from. */
export type Provenance =
  /** A series of the projection, in one year or summed over the horizon. */
  | {
      readonly kind: 'series'
      readonly id: string
      readonly year: number | null
      readonly years?: readonly [number, number]
    }
  /** An assumption of the baseline; `edited` when the scenario sets another value. */
  | {
      readonly kind: 'assumption'
      readonly id: string
      readonly source: SourceRef | null
      readonly year: number
      readonly grade: Grade
      readonly edited: boolean
      readonly baselineValue: number
    }
  /** A lever setting of the scenario (`levers.<lever>.<setting>`). */
  | { readonly kind: 'setting'; readonly path: string }
  /** A published financing table (PLFSS, Unédic); `extendedFrom` when grown past its last year. */
  | {
      readonly kind: 'table'
      readonly source: SourceRef | null
      readonly grade: Grade
      readonly year: number
      readonly extendedFrom: number | null
    }
  /** An intermediate quantity of the engine, computed from the term's own sub-terms. */
  | { readonly kind: 'computed' }
  /** A fixed number of the model (legal hours in a year…). */
  | { readonly kind: 'constant' }

export interface Term {
  /** Unique within its parent; what formulas refer to. */
  readonly key: string
  readonly label: Localized
  readonly value: number
  readonly unit: Unit
  readonly provenance: Provenance
  /** How the sub-terms make this value, when it is an exact identity. */
  readonly formula?: Expr
  readonly terms?: readonly Term[]
}

export type ExplainTarget =
  | { readonly kind: 'indicator'; readonly id: string }
  | { readonly kind: 'series'; readonly id: string; readonly year: number }

export interface Explanation {
  readonly target: ExplainTarget
  readonly label: Localized
  readonly year: number | null
  /** The figure as the projection shows it. */
  readonly value: number
  readonly unit: Unit
  readonly equation: Localized
  /** Recombines `terms` into `value`; null when the figure is not an identity of its terms. */
  readonly formula: Expr | null
  readonly terms: readonly Term[]
}

/** The value of a formula, with each term's key standing for its value. */
export function evaluate(expr: Expr, values: ReadonlyMap<string, number>): number {
  if (typeof expr === 'number') return expr
  if (typeof expr === 'string') {
    const value = values.get(expr)
    if (value === undefined) throw new Error(`Unknown term in formula: ${expr}`)
    return value
  }
  const args = expr.args.map((a) => evaluate(a, values))
  switch (expr.op) {
    case 'add':
      return args.reduce((a, b) => a + b, 0)
    case 'mul':
      return args.reduce((a, b) => a * b, 1)
    case 'max':
      return Math.max(...args)
    case 'min':
      return Math.min(...args)
    case 'sub':
      return (args[0] as number) - (args[1] as number)
    case 'div':
      return (args[0] as number) / (args[1] as number)
    case 'pow':
      return Math.pow(args[0] as number, args[1] as number)
    case 'exp':
      return Math.exp(args[0] as number)
  }
}

/** The keys a formula refers to. */
export function formulaKeys(expr: Expr): string[] {
  if (typeof expr === 'number') return []
  if (typeof expr === 'string') return [expr]
  return expr.args.flatMap(formulaKeys)
}

/** Recombine a node's terms with its formula. */
export function recombine(formula: Expr, terms: readonly Term[]): number {
  return evaluate(formula, new Map(terms.map((t) => [t.key, t.value])))
}

export const add = (...args: Expr[]): Expr => ({ op: 'add', args })
export const mul = (...args: Expr[]): Expr => ({ op: 'mul', args })
export const sub = (a: Expr, b: Expr): Expr => ({ op: 'sub', args: [a, b] })
export const div = (a: Expr, b: Expr): Expr => ({ op: 'div', args: [a, b] })
export const pow = (a: Expr, b: Expr): Expr => ({ op: 'pow', args: [a, b] })
export const max = (...args: Expr[]): Expr => ({ op: 'max', args })
export const min = (...args: Expr[]): Expr => ({ op: 'min', args })
export const exp = (a: Expr): Expr => ({ op: 'exp', args: [a] })

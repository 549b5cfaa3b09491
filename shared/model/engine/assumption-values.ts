import type { Baseline } from '../baseline/baseline-schema'
import { centralValue } from '../uncertainty/distributions'
import type { AssumptionValue } from '../scenario/scenario-schema'

/**
 * An assumption's value as a scenario holds it: a number, or a distribution whose central value
 * is what a deterministic projection uses. Editing the central value keeps the distribution, so
 * Monte Carlo and the tornado still vary the assumption afterwards.
 */
export function centralOf(value: AssumptionValue): number {
  return typeof value === 'number' ? value : centralValue(value)
}

/** The value a new scenario writes: a triangular around the default where the baseline gives a range. */
export function defaultAssumptionValue(baseline: Baseline, id: string): AssumptionValue {
  const entry = baseline.assumptions[id]
  if (!entry) throw new Error(`Unknown assumption: ${id}`)
  return entry.range
    ? { dist: 'triangular', min: entry.range[0], mode: entry.value, max: entry.range[1] }
    : entry.value
}

/** The central value a scenario uses for an assumption: its own, or the baseline's default. */
export function scenarioCentral(
  assumptions: Readonly<Record<string, AssumptionValue>>,
  baseline: Baseline,
  id: string,
): number {
  const own = assumptions[id]
  if (own !== undefined) return centralOf(own)
  const entry = baseline.assumptions[id]
  if (!entry) throw new Error(`Unknown assumption: ${id}`)
  return entry.value
}

/** Equal up to floating-point noise (typed percentages are divided by 100). */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b))
}

/**
 * Modified: the central value differs from the baseline's default. A distribution's spread alone
 * does not count, since it leaves every deterministic projection unchanged.
 */
export function isModified(
  assumptions: Readonly<Record<string, AssumptionValue>>,
  baseline: Baseline,
  id: string,
): boolean {
  const entry = baseline.assumptions[id]
  const own = assumptions[id]
  if (!entry || own === undefined) return false
  return !same(centralOf(own), entry.value)
}

/** The ids of the modified assumptions, in the baseline's order. */
export function modifiedAssumptionIds(
  assumptions: Readonly<Record<string, AssumptionValue>>,
  baseline: Baseline,
): string[] {
  return Object.keys(baseline.assumptions).filter((id) => isModified(assumptions, baseline, id))
}

/**
 * The value with `central` as its central value. A distribution keeps its shape: its mode, mean
 * or default moves, and its bounds widen just enough to contain it; a uniform one is recentred,
 * narrowed if needed to stay within `limits`.
 */
export function withCentral(
  value: AssumptionValue | undefined,
  central: number,
  limits: readonly [number, number],
): AssumptionValue {
  if (value === undefined || typeof value === 'number') return central
  switch (value.dist) {
    case 'triangular':
      return {
        ...value,
        mode: central,
        min: Math.min(value.min, central),
        max: Math.max(value.max, central),
      }
    case 'normal':
      return {
        ...value,
        mean: central,
        min: Math.min(value.min, central),
        max: Math.max(value.max, central),
      }
    case 'lowDefaultHigh':
      return {
        ...value,
        default: central,
        low: Math.min(value.low, central),
        high: Math.max(value.high, central),
      }
    case 'uniform': {
      const half = Math.max(
        0,
        Math.min((value.max - value.min) / 2, central - limits[0], limits[1] - central),
      )
      return { dist: 'uniform', min: central - half, max: central + half }
    }
  }
}

/** Every modified assumption back to its default value; the others are left as they are. */
export function resetModified(
  assumptions: Readonly<Record<string, AssumptionValue>>,
  baseline: Baseline,
): Record<string, AssumptionValue> {
  const next = { ...assumptions }
  for (const id of modifiedAssumptionIds(assumptions, baseline))
    next[id] = defaultAssumptionValue(baseline, id)
  return next
}

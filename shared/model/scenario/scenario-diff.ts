import type { Baseline } from '../baseline/baseline-schema'
import { LEVER_FIELD_UNITS } from '../levers/lever-fields'
import { isSchedule } from '../levers/schedule'
import type { Scenario } from './scenario-schema'
import type { Unit } from '../engine/units'

/** One input that differs between two scenarios (or two versions of one). */
export interface ScenarioChange {
  /** Dotted path in the scenario file, e.g. `levers.<lever>.rate` or `assumptions.macro.gdp_growth`. */
  readonly path: string
  readonly group: 'scenario' | 'horizon' | 'levers' | 'earmarking' | 'sectors' | 'assumptions'
  /** The unit of the values, where they have one (none for switches, texts and curves). */
  readonly unit: Unit | null
  readonly before: unknown
  readonly after: unknown
}

function unitOf(path: string, baseline: Baseline | undefined): Unit | null {
  if (path.startsWith('assumptions.'))
    return baseline?.assumptions[path.slice('assumptions.'.length)]?.unit ?? null
  return LEVER_FIELD_UNITS[path] ?? null
}

function leaves(
  value: unknown,
  prefix: string,
  out: Map<string, unknown>,
  atomic: (path: string) => boolean,
): void {
  const whole = Array.isArray(value) || isSchedule(value) || atomic(prefix)
  if (value !== null && typeof value === 'object' && !whole) {
    for (const [key, child] of Object.entries(value))
      leaves(child, prefix ? `${prefix}.${key}` : key, out, atomic)
  } else out.set(prefix, value)
}

/** Assumption values (numbers or distributions) and curves compare as wholes, as do schedules. */
function isAtomic(path: string): boolean {
  if (path.startsWith('assumptions.')) return path.length > 'assumptions.'.length
  // sectors.<id>.curve: read by string tests, not a regular expression (thousands per comparison).
  if (!path.startsWith('sectors.') || !path.endsWith('.curve')) return false
  const id = path.slice('sectors.'.length, -'.curve'.length)
  return id.length > 0 && !id.includes('.')
}

/** Every leaf of a scenario by path (its atomic values whole). */
export function scenarioLeaves(scenario: Scenario): Map<string, unknown> {
  const out = new Map<string, unknown>()
  leaves(scenario, '', out, (p) => p !== '' && isAtomic(p))
  return out
}

/** Whether two leaves hold the same value: plain values by identity, the rest by their JSON. */
function sameLeaf(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}

function groupOf(path: string): ScenarioChange['group'] {
  if (path.startsWith('levers.earmarking')) return 'earmarking'
  const head = path.split('.')[0] as string
  if (head === 'levers' || head === 'horizon' || head === 'sectors' || head === 'assumptions')
    return head
  return 'scenario'
}

const GROUP_ORDER: ReadonlyArray<ScenarioChange['group']> = [
  'scenario',
  'horizon',
  'levers',
  'earmarking',
  'sectors',
  'assumptions',
]

/** The order changes are listed in: by group (levers first), then by path. */
export function changeOrder(
  x: Pick<ScenarioChange, 'group' | 'path'>,
  y: Pick<ScenarioChange, 'group' | 'path'>,
): number {
  return GROUP_ORDER.indexOf(x.group) - GROUP_ORDER.indexOf(y.group) || x.path.localeCompare(y.path)
}

/**
 * Every input that differs, lever by lever, assumption by assumption, in a stable order (levers
 * first). Both scenarios should be complete (expanded), so a default left implicit in one is not
 * reported as a change.
 */
export function diffScenarios(
  before: Scenario,
  after: Scenario,
  baseline?: Baseline,
): ScenarioChange[] {
  return diffLeaves(scenarioLeaves(before), scenarioLeaves(after), baseline)
}

/** diffScenarios on leaves already read (`scenarioLeaves`), for a caller comparing many pairs. */
export function diffLeaves(
  a: ReadonlyMap<string, unknown>,
  b: ReadonlyMap<string, unknown>,
  baseline?: Baseline,
): ScenarioChange[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].filter((p) => p !== 'schemaVersion')
  const changes = paths
    .filter((p) => !sameLeaf(a.get(p), b.get(p)))
    .map((path) => ({
      path,
      group: groupOf(path),
      unit: unitOf(path, baseline),
      before: a.get(path) ?? null,
      after: b.get(path) ?? null,
    }))
  return changes.sort(changeOrder)
}

import { describeIssues } from '../../api/validation'
import type { Baseline } from '../baseline/baseline-schema'
import { HARD_LIMITS, SPECIAL_LIMITS } from './bounds'
import { BASELINE_IDS, getBaseline } from '../baseline/baselines'
import { support } from '../uncertainty/distributions'
import { scenarioSchema } from './scenario-schema'
import type { Scenario } from './scenario-schema'
import { upgradeScenario } from './scenario-upgrade'

export type ParsedScenario =
  { ok: true; scenario: Scenario; baseline: Baseline } | { ok: false; errors: string[] }

/** The hard limits of an assumption: its unit's, or tighter where the equations need it. */
export function assumptionLimits(baseline: Baseline, id: string): readonly [number, number] | null {
  const entry = baseline.assumptions[id]
  if (!entry) return null
  return SPECIAL_LIMITS[id] ?? HARD_LIMITS[entry.unit]
}

function checkAgainstBaseline(scenario: Scenario, baseline: Baseline): string[] {
  const errors: string[] = []
  if (scenario.horizon.start < baseline.baseYear) {
    errors.push(
      `horizon.start: must be between ${baseline.baseYear} and ${baseline.maxYear} (got ${scenario.horizon.start}); the baseline starts in ${baseline.baseYear}`,
    )
  }
  if (scenario.horizon.end > baseline.maxYear) {
    errors.push(
      `horizon.end: must be between ${baseline.baseYear} and ${baseline.maxYear} (got ${scenario.horizon.end})`,
    )
  }
  for (const [id, value] of Object.entries(scenario.assumptions)) {
    const limits = assumptionLimits(baseline, id)
    if (!limits) {
      errors.push(`assumptions.${id}: unknown assumption for baseline ${baseline.id}`)
      continue
    }
    const [low, high] = typeof value === 'number' ? [value, value] : support(value)
    if (low < limits[0] || high > limits[1]) {
      const shown = typeof value === 'number' ? String(value) : `${low} to ${high}`
      errors.push(`assumptions.${id}: must be between ${limits[0]} and ${limits[1]} (got ${shown})`)
    }
  }
  return errors
}

/**
 * Read a scenario document from any source (file, API, workbook): upgrade it to the current
 * schema, validate it, and check it against its baseline. Every problem is reported with its
 * field path, the value received and what is allowed; nothing is guessed or partly accepted.
 */
export function parseScenario(raw: unknown): ParsedScenario {
  const upgraded = upgradeScenario(raw)
  if (!upgraded.ok) return { ok: false, errors: [upgraded.error] }
  const parsed = scenarioSchema.safeParse(upgraded.document)
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error, upgraded.document) }
  const scenario = parsed.data
  if (!BASELINE_IDS.includes(scenario.baseline)) {
    return {
      ok: false,
      errors: [
        `baseline: unknown baseline ${JSON.stringify(scenario.baseline)} (known: ${BASELINE_IDS.join(', ')})`,
      ],
    }
  }
  const baseline = getBaseline(scenario.baseline)
  const errors = checkAgainstBaseline(scenario, baseline)
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario, baseline }
}

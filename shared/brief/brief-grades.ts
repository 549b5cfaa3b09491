import type { Language } from '../app-identity'
import { GRADES } from '../model/baseline/baseline-schema'
import type { Baseline, Grade } from '../model/baseline/baseline-schema'
import { GRADE_LABELS } from '../model/explain/grade-labels'

/**
 * The grade of a figure the brief writes: the weakest grade among the assumptions it is computed
 * from. A figure is no better sourced than its least sourced input, so a net time built on an
 * official SMIC and on assumed minutes per transaction reads "assumption".
 */

/** Assumption ids, `*` standing for any sector (`sector.*.imposed_share`). */
export type AssumptionPattern = string

function matcher(pattern: AssumptionPattern): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^.]+')
  return new RegExp(`^${escaped}$`)
}

/** The weakest grade of the baseline's assumptions that match the patterns. */
export function weakestGrade(baseline: Baseline, patterns: readonly AssumptionPattern[]): Grade {
  const tests = patterns.map(matcher)
  let worst = 0
  let found = false
  for (const [id, entry] of Object.entries(baseline.assumptions)) {
    if (!tests.some((test) => test.test(id))) continue
    found = true
    worst = Math.max(worst, GRADES.indexOf(entry.grade))
  }
  // A pattern that matches nothing is a typo in the brief's code, not an unsourced figure.
  if (!found) throw new Error(`No assumption matches ${patterns.join(', ')}`)
  return GRADES[worst] as Grade
}

/** That grade as the brief's assumption table writes it ("hypothèse", "assumption"). */
export function gradeText(
  baseline: Baseline,
  patterns: readonly AssumptionPattern[],
  language: Language,
): string {
  return GRADE_LABELS[weakestGrade(baseline, patterns)][language]
}

import type { Baseline } from '../model/baseline/baseline-schema'
import { buildComparisonBrief, buildScenarioBrief } from './build-brief'
import type { BriefReference } from './build-brief'
import type { BriefContent, BriefScenarioInput } from './brief-content'
import type { BriefOptions } from './brief-options'

/** Everything the brief is made from: the scenarios with their projections (and fans), the reference. */
export interface BriefInputs {
  readonly kind: 'scenario' | 'comparison'
  readonly scenarios: readonly BriefScenarioInput[]
  readonly reference: BriefReference | null
  readonly baseline: Baseline
  readonly appVersion: string
  /** A comparison's name, its brief's title. */
  readonly title?: string
}

/** What the print view lays out: the content in words, and the inputs its charts are drawn from. */
export interface BriefView {
  readonly content: BriefContent
  readonly inputs: BriefInputs
}

/** The brief's words and numbers, from the content builder in shared/brief. */
export function composeBrief(
  inputs: BriefInputs,
  options: BriefOptions,
  now: Date,
): BriefContent | null {
  const app = { version: inputs.appVersion }
  const [first] = inputs.scenarios
  if (!first) return null
  if (inputs.kind === 'scenario')
    return buildScenarioBrief(first, inputs.baseline, options, app, now)
  if (!inputs.reference) return null
  return buildComparisonBrief(
    inputs.scenarios,
    inputs.reference,
    inputs.baseline,
    options,
    app,
    now,
    inputs.title,
  )
}

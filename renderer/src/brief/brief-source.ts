import { presetLabel } from '../compare/reference'
import type { BriefFan } from '@shared/brief/brief-content'
import type { BriefOptions } from '@shared/brief/brief-options'
import { composeBrief } from '@shared/brief/compose-brief'
import type { BriefInputs, BriefView } from '@shared/brief/compose-brief'
import { getBaseline } from '@shared/model/baseline/baselines'
import type { LevierState } from '../store'

// The brief's inputs and their composition are shared: the command line (levier brief) makes the
// same brief from scenario files.
export { composeBrief } from '@shared/brief/compose-brief'
export type { BriefInputs, BriefView } from '@shared/brief/compose-brief'

import { selectScenarioMc, selectUncertaintyStale } from '../store/monte-carlo-slice'

/** A Monte Carlo run is printed only when it was run on the scenario exactly as it now stands. */
export function uncertaintyAvailable(state: LevierState): boolean {
  return (
    state.briefTarget === 'scenario' &&
    selectScenarioMc(state) !== null &&
    !selectUncertaintyStale(state)
  )
}

function fansOf(state: LevierState): BriefFan[] {
  const result = selectScenarioMc(state)?.result
  if (!result) return []
  return result.fans.map((fan) => ({
    series: fan.id,
    years: result.years,
    p5: fan.p5,
    p25: fan.p25,
    p50: fan.p50,
    p75: fan.p75,
    p95: fan.p95,
  }))
}

/** The inputs of the brief the dialog is open for, or null while they are not all at hand. */
export function briefInputs(state: LevierState, options: BriefOptions): BriefInputs | null {
  const appVersion = state.appInfo?.version
  if (!appVersion || !state.briefTarget) return null
  const version = (id: string) => state.scenarios.find((s) => s.id === id)?.currentVersion ?? 1
  if (state.briefTarget === 'scenario') {
    const { draft, draftId, liveProjection } = state
    const summary = state.scenarios.find((s) => s.id === draftId)
    if (!draft || !draftId || !liveProjection || !summary) return null
    const withRun = options.uncertainty && uncertaintyAvailable(state)
    const fans = withRun ? fansOf(state) : []
    const leverEffects = withRun ? selectScenarioMc(state)?.result.leverEffects : undefined
    const indicatorBands = withRun ? selectScenarioMc(state)?.result.indicators : undefined
    return {
      kind: 'scenario',
      scenarios: [
        {
          id: draftId,
          name: summary.name,
          version: summary.currentVersion,
          scenario: draft,
          projection: liveProjection,
          ...(fans.length > 0 ? { fans } : {}),
          ...(leverEffects ? { leverEffects } : {}),
          ...(indicatorBands ? { indicatorBands } : {}),
        },
      ],
      reference: null,
      baseline: getBaseline(liveProjection.baseline),
      appVersion,
    }
  }
  const data = state.compareData
  const first = data?.scenarios[0]
  if (!data || !first || !data.reference) return null
  const ref = data.reference
  return {
    kind: 'comparison',
    scenarios: data.scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      version: version(s.id),
      scenario: s.document,
      projection: s.projection,
    })),
    reference: {
      name: ref.kind === 'scenario' ? ref.name : presetLabel('current-law', options.language),
      scenario: ref.document,
      projection: ref.projection,
    },
    baseline: getBaseline(first.projection.baseline),
    appVersion,
    ...(state.activeComparison?.name ? { title: state.activeComparison.name } : {}),
  }
}

/** The brief the dialog previews and prints, or null when it cannot be composed now. */
export function briefFor(state: LevierState, options: BriefOptions, now: Date): BriefView | null {
  const inputs = briefInputs(state, options)
  if (!inputs) return null
  const content = composeBrief(inputs, options, now)
  return content ? { content, inputs } : null
}

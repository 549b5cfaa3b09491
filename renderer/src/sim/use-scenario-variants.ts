import { useEffect, useRef, useState } from 'react'
import { getBaseline } from '@shared/model/baseline/baselines'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { scenarioVariants } from '@shared/model/comparison/scenario-variants'
import type { Projection } from '@shared/model/engine/simulate'
import { projectScenario } from './engine-runner'
import { LatestWins } from './latest-wins'

/** The projections of the modified-baseline view, all computed from one draft. */
export interface VariantProjections {
  /** The draft they were computed from. */
  readonly scenario: Scenario
  readonly defaultBaseline: Projection
  /** Null when no assumption is modified (then it equals the default baseline). */
  readonly modifiedBaseline: Projection | null
  readonly defaultPolicy: Projection | null
  /** The draft itself: the same figures as the live projection, computed in the same batch. */
  readonly modifiedPolicy: Projection
}

async function projectVariants(scenario: Scenario): Promise<VariantProjections> {
  const variants = scenarioVariants(scenario, getBaseline(scenario.baseline))
  const [defaultBaseline, modifiedBaseline, defaultPolicy, modifiedPolicy] = await Promise.all([
    projectScenario(variants.defaultBaseline),
    variants.modifiedBaseline ? projectScenario(variants.modifiedBaseline) : null,
    variants.defaultPolicy ? projectScenario(variants.defaultPolicy) : null,
    projectScenario(scenario),
  ])
  return { scenario, defaultBaseline, modifiedBaseline, defaultPolicy, modifiedPolicy }
}

/**
 * The variant projections of a draft, from the engine worker, redone when the draft changes.
 * Drafts edited in quick succession are coalesced and stale answers dropped (latest wins), and
 * one batch answers for all four lines so they never mix two drafts.
 */
export function useScenarioVariants(draft: Scenario | null): {
  variants: VariantProjections | null
  error: string | null
} {
  const [state, setState] = useState<{ variants: VariantProjections | null; error: string | null }>(
    { variants: null, error: null },
  )
  const runner = useRef<LatestWins<Scenario, VariantProjections> | null>(null)
  useEffect(() => {
    let mounted = true
    runner.current = new LatestWins(
      projectVariants,
      (variants) => mounted && setState({ variants, error: null }),
      (error) => mounted && setState((s) => ({ ...s, error: (error as Error).message })),
    )
    return () => {
      mounted = false
      runner.current = null
    }
  }, [])
  useEffect(() => {
    if (draft) runner.current?.request(draft)
  }, [draft])
  return state
}

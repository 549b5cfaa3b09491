import { useMemo } from 'react'
import { getBaseline } from '@shared/model/baseline/baselines'
import type { Baseline } from '@shared/model/baseline/baseline-schema'
import { defaultCurve } from '@shared/model/engine/compile'
import { sameCurve } from '@shared/model/scenario/curve-preview'
import type { YearSpan } from '@shared/model/scenario/curve-preview'
import type { SectorId } from '@shared/model/engine/ids'
import type { Curve, SectorSettings } from '@shared/model/scenario/scenario-schema'
import { useLevier } from '../store'
import type { ScenarioDocument } from '../store/types'

const baselineCurves = new WeakMap<Baseline, Map<SectorId, Curve>>()

/** The baseline's curve of a sector, one object per baseline and sector (charts redraw on change). */
function baselineCurveOf(baseline: Baseline, sector: SectorId): Curve {
  let curves = baselineCurves.get(baseline)
  if (!curves) baselineCurves.set(baseline, (curves = new Map()))
  let curve = curves.get(sector)
  if (!curve) curves.set(sector, (curve = defaultCurve(baseline, sector)))
  return curve
}

/** A sector's settings as the engine reads them: the scenario's, else the baseline's curve. */
export function effectiveSettings(
  draft: ScenarioDocument,
  baseline: Baseline,
  sector: SectorId,
): { settings: SectorSettings; custom: boolean; baselineCurve: Curve } {
  const baselineCurve = baselineCurveOf(baseline, sector)
  const own = draft.sectors[sector]
  const settings = own ?? { curve: baselineCurve, respondsToCost: true }
  // A scenario may write the baseline's curve out in full (new scenarios do): that is not custom.
  const custom = !sameCurve(settings.curve, baselineCurve) || settings.respondsToCost === false
  return { settings, custom, baselineCurve }
}

/**
 * Reading and writing one sector's adoption settings in the draft. Writes go through the draft
 * setter (validation, undo, live projection, autosave); a sector the scenario leaves to the
 * baseline is written out in full on its first edit.
 */
export function useSectorEditor(draft: ScenarioDocument, sector: SectorId) {
  const setDraftValue = useLevier((s) => s.setDraftValue)
  const baseline = getBaseline(draft.baseline)
  const { settings, custom, baselineCurve } = effectiveSettings(draft, baseline, sector)
  const first = baseline.baseYear
  const last = draft.horizon.end
  const span: YearSpan = useMemo(() => ({ first, last }), [first, last])
  const write = <K extends keyof SectorSettings>(
    key: K,
    value: SectorSettings[K],
    sliding: boolean | string = false,
  ) => {
    if (draft.sectors[sector]) setDraftValue(`sectors.${sector}.${key}`, value, sliding)
    else setDraftValue(`sectors.${sector}`, { ...settings, [key]: value }, sliding)
  }
  return {
    baseline,
    settings,
    custom,
    baselineCurve,
    span,
    setCurve: (curve: Curve, sliding: boolean | string = false) => write('curve', curve, sliding),
    setRespondsToCost: (responds: boolean) => write('respondsToCost', responds),
    /** Back to the baseline's curve: the sector's key is removed from the scenario. */
    reset: () => setDraftValue(`sectors.${sector}`, undefined),
  }
}

export type SectorEditor = ReturnType<typeof useSectorEditor>

import type { Language } from '@shared/app-identity'
import type { CsvHead } from '@shared/format/csv'
import { provenanceHead } from '@shared/format/export-provenance'
import type { ExportProvenance } from '@shared/format/export-provenance'
import { translator } from '@shared/i18n/translate'
import { DEFAULT_BASELINE_ID, getBaseline } from '@shared/model/baseline/baselines'
import { MODEL_VERSION } from '@shared/model/engine/version'
import { presetLabel } from '../compare/reference'
import type { LevierState } from '../store'
import { useLevierStore } from '../store'

/**
 * What produced the figures on screen: in the compare view the compared scenarios and their
 * reference, elsewhere the open scenario at its saved version; the baseline is the one the
 * projection ran on.
 */
export function exportProvenance(state: LevierState, now = new Date()): ExportProvenance {
  const t = translator(state.language)
  const base = {
    appVersion: state.appInfo?.version ?? '',
    modelVersion: MODEL_VERSION,
    exportedAt: now,
  }
  const data = state.compareData
  if (state.view === 'compare' && data && data.scenarios.length > 0) {
    const ref = data.reference
    const reference =
      ref?.kind === 'scenario' ? ref.name : ref ? presetLabel(ref.preset, state.language) : ''
    const baseline = getBaseline(data.scenarios[0]?.projection.baseline ?? DEFAULT_BASELINE_ID)
    return {
      ...base,
      scenario: t('export.provenance.compared', {
        scenarios: data.scenarios.map((s) => s.name).join(', '),
        reference,
      }),
      baselineId: baseline.id,
      baselineVintage: baseline.vintage,
    }
  }
  const summary = state.scenarios.find((s) => s.id === state.draftId)
  const baseline = getBaseline(
    state.liveProjection?.baseline ?? state.draft?.baseline ?? DEFAULT_BASELINE_ID,
  )
  return {
    ...base,
    scenario: summary?.name ?? state.draft?.name ?? '',
    scenarioVersion: summary?.currentVersion,
    baselineId: baseline.id,
    baselineVintage: baseline.vintage,
  }
}

/** What an export writes first (CSV) or on a sheet of its own (XLSX), in the interface language. */
export interface ExportHead {
  readonly language: Language
  readonly head: CsvHead
  readonly sheet: string
}

/** Reads the provenance when the export is made, not at every render. */
export function useExportHead(): () => ExportHead {
  const store = useLevierStore()
  return () => {
    const state = store.getState()
    return {
      language: state.language,
      head: provenanceHead(exportProvenance(state), state.language),
      sheet: translator(state.language)('export.provenance.sheet'),
    }
  }
}

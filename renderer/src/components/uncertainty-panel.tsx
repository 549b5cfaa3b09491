import { useEffect } from 'react'
import { loadPlotly } from '../charts/load-plotly'
import { warmMonteCarlo } from '../sim/monte-carlo-runner'
import { formatNumber } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { selectScenarioMc } from '../store/monte-carlo-slice'
import { McRunForm, McRunStatus, formatSeconds } from './mc-controls'
import type { McFormLabels } from './mc-controls'
import { UncertaintyResults } from './uncertainty-results'

export { formatSeconds, readWhole } from './mc-controls'

const LABELS: McFormLabels = {
  settings: 'mcSettings',
  draws: 'mcDraws',
  seed: 'mcSeed',
  seedHint: 'mcSeedHint',
  run: 'mcRun',
  cancel: 'mcCancel',
  progress: 'mcProgress',
}

/** The uncertainty tab: Monte Carlo runs of the draft with fan charts and a tornado. */
export function UncertaintyPanel() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const hasDraft = useLevier((s) => s.draft !== null && s.draftId === s.selectedId)
  const scenarioName = useLevier(
    (s) => s.scenarios.find((x) => x.id === s.selectedId)?.name ?? 'levier',
  )
  const draft = useLevier((s) => s.draft)
  const draftId = useLevier((s) => s.draftId)
  const runMonteCarlo = useLevier((s) => s.runMonteCarlo)
  const showResults = useLevier((s) => selectScenarioMc(s) !== null)
  const otherScenario = useLevier((s) => {
    const source = s.monteCarlo.scenario.inputs[0]
    return source !== undefined && source.id !== s.draftId
  })
  // The charts library is fetched and parsed now, while settings are typed, not when results come.
  useEffect(() => {
    void loadPlotly()
    warmMonteCarlo()
  }, [])
  if (!hasDraft) return null
  const run = () => {
    if (draft && draftId)
      runMonteCarlo('scenario', [{ id: draftId, name: scenarioName, document: draft }])
  }
  return (
    <section aria-labelledby="mc-title" className="uncertainty">
      <h2 id="mc-title">{t('mcTitle')}</h2>
      <p className="hint">{t('mcLead')}</p>
      <McRunForm
        target="scenario"
        prefix="mc"
        labels={LABELS}
        className="mc-controls"
        newSeed
        onRun={run}
      />
      <McRunStatus
        target="scenario"
        prefix="mc"
        idle={otherScenario ? t('mcOtherScenario') : t('mcIdle')}
        showIdle={otherScenario}
        done={(result) =>
          `${formatNumber(result.draws, language, 0)} ${t('mcDoneDraws')} ${formatSeconds(result.elapsedMs, language)} (${t('mcSeedWord')} ${result.seed})`
        }
      />
      {showResults && <UncertaintyResults scenarioName={scenarioName} />}
    </section>
  )
}

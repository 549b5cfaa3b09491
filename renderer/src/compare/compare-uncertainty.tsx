import { useEffect } from 'react'
import { INDICATORS } from '@shared/model/engine/series'
import type { IndicatorId } from '@shared/model/engine/series'
import { loadPlotly } from '../charts/load-plotly'
import { warmMonteCarlo } from '../sim/monte-carlo-runner'
import { McRunForm, McRunStatus, formatSeconds } from '../components/mc-controls'
import type { McFormLabels } from '../components/mc-controls'
import { formatNumber } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import type { ComparedScenario } from '../store/types'
import { CompareUncertaintyResults } from './compare-uncertainty-results'
import { fill } from './compare-uncertainty-text'

const LABELS: McFormLabels = {
  settings: 'cmcSettings',
  draws: 'cmcDraws',
  seed: 'cmcSeed',
  seedHint: 'cmcSeedHint',
  run: 'cmcRun',
  cancel: 'cmcCancel',
  progress: 'cmcProgress',
}

/** The indicator the results are read on: changing it reads the same run again. */
function IndicatorField() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const indicator = useLevier((s) => s.compareMcIndicator)
  const setIndicator = useLevier((s) => s.setCompareMcIndicator)
  return (
    <div className="lever-field">
      <label htmlFor="cmc-indicator">{t('cmcIndicator')}</label>
      <select
        id="cmc-indicator"
        value={indicator}
        onChange={(e) => setIndicator(e.target.value as IndicatorId)}
      >
        {INDICATORS.map((i) => (
          <option key={i.id} value={i.id}>
            {i[language]}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * The comparison under uncertainty: every compared scenario run through Monte Carlo with the same
 * draws and seed, then each one's median and 5th–95th percentiles of the chosen indicator, and
 * what can be said of each pair.
 */
export function CompareUncertainty({
  scenarios,
  fileName,
}: {
  scenarios: readonly ComparedScenario[]
  fileName: string
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const hasResult = useLevier((s) => s.monteCarlo.compare.result !== null)
  const runMonteCarlo = useLevier((s) => s.runMonteCarlo)
  // The charts library is fetched now, while settings are typed, not when results come.
  useEffect(() => {
    void loadPlotly()
    warmMonteCarlo()
  }, [])
  return (
    <section aria-labelledby="cmc-title" className="uncertainty compare-uncertainty">
      <h2 id="cmc-title">{t('cmcTitle')}</h2>
      <p className="hint">{t('cmcLead')}</p>
      <McRunForm
        target="compare"
        prefix="cmc"
        labels={LABELS}
        className="mc-controls cmc-controls"
        canRun={scenarios.length > 0}
        perScenario
        before={<IndicatorField />}
        onRun={() => runMonteCarlo('compare', scenarios)}
      />
      <McRunStatus
        target="compare"
        prefix="cmc"
        idle={t('cmcIdle')}
        done={(result) =>
          fill(t('cmcDone'), {
            n: String(result.scenarios.length),
            draws: formatNumber(result.draws, language, 0),
            time: formatSeconds(result.elapsedMs, language),
            seed: String(result.seed),
          })
        }
      />
      {hasResult && <CompareUncertaintyResults scenarios={scenarios} fileName={fileName} />}
    </section>
  )
}

import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { INDICATORS } from '@shared/model/engine/series'
import type { IndicatorId } from '@shared/model/engine/series'
import { loadPlotly } from '../charts/load-plotly'
import { formatSeconds, readWhole } from '../components/uncertainty-panel'
import { formatNumber, formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import { MAX_DRAWS, MAX_SEED, MIN_DRAWS, isValidDraws, isValidSeed } from '../sim/uncertainty-job'
import { useLevier } from '../store'
import { useRunFocus } from '../components/use-run-focus'
import type { ComparedScenario } from '../store/types'
import { CompareUncertaintyResults } from './compare-uncertainty-results'
import { fill } from './compare-uncertainty-text'

type Field = 'draws' | 'seed'

/** Indicator, draws and seed; run and cancel; the overall progress while it runs. */
function Controls({ scenarios }: { scenarios: readonly ComparedScenario[] }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const settings = useLevier((s) => s.compareMcSettings)
  const status = useLevier((s) => s.compareMcStatus)
  const progress = useLevier((s) => s.compareMcProgress)
  const setSettings = useLevier((s) => s.setCompareMcSettings)
  const run = useLevier((s) => s.runCompareUncertainty)
  const cancel = useLevier((s) => s.cancelCompareUncertainty)
  const [draws, setDraws] = useState(() => formatNumber(settings.draws, language, 0))
  const [seed, setSeed] = useState(() => String(settings.seed))
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const running = status === 'running'
  const { runButton, cancelButton } = useRunFocus(running)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const d = readWhole(draws, language, isValidDraws, [MIN_DRAWS, MAX_DRAWS], t)
    const s = readWhole(seed, language, isValidSeed, [0, MAX_SEED], t)
    setErrors({
      draws: 'error' in d ? d.error : undefined,
      seed: 'error' in s ? s.error : undefined,
    })
    if ('error' in d || 'error' in s) return
    if (setSettings({ draws: d.value, seed: s.value }) === null) run(scenarios)
  }
  const field = (id: Field, label: string, value: string, onChange: (text: string) => void) => {
    const described = [errors[id] ? `cmc-${id}-error` : '', id === 'seed' ? 'cmc-seed-hint' : '']
      .filter(Boolean)
      .join(' ')
    return (
      <div className="lever-field">
        <label htmlFor={`cmc-${id}`}>{label}</label>
        <div className="lever-inputs">
          <input
            id={`cmc-${id}`}
            type="text"
            inputMode="numeric"
            value={value}
            aria-invalid={errors[id] !== undefined}
            aria-describedby={described || undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        </div>
        {errors[id] && (
          <p id={`cmc-${id}-error`} role="alert" className="field-error">
            {errors[id]}
          </p>
        )}
      </div>
    )
  }
  const overall = progress.scenarios * progress.total
  const reached = progress.scenario * progress.total + progress.done
  return (
    <form className="mc-controls cmc-controls" aria-label={t('cmcSettings')} onSubmit={submit}>
      <div className="mc-fields">
        <div className="lever-field">
          <label htmlFor="cmc-indicator">{t('cmcIndicator')}</label>
          <select
            id="cmc-indicator"
            value={settings.indicator}
            onChange={(e) => setSettings({ indicator: e.target.value as IndicatorId })}
          >
            {INDICATORS.map((i) => (
              <option key={i.id} value={i.id}>
                {i[language]}
              </option>
            ))}
          </select>
        </div>
        {field('draws', t('cmcDraws'), draws, setDraws)}
        {field('seed', t('cmcSeed'), seed, setSeed)}
      </div>
      <p id="cmc-seed-hint" className="hint">
        {t('cmcSeedHint')}
      </p>
      <div className="actions start">
        <button
          ref={runButton}
          type="submit"
          className="primary"
          disabled={running || scenarios.length === 0}
        >
          {t('cmcRun')}
        </button>
        {running && (
          <button ref={cancelButton} type="button" onClick={cancel}>
            {t('cmcCancel')}
          </button>
        )}
      </div>
      {running && (
        <div className="mc-progress">
          <label htmlFor="cmc-progress">{t('cmcProgress')}</label>
          <progress id="cmc-progress" max={overall} value={reached} />
          <span data-testid="cmc-percent">
            {formatValue(
              overall > 0 ? Math.floor((reached / overall) * 100) / 100 : 0,
              'share',
              language,
              { digits: 0 },
            )}
          </span>
          <span className="hint" data-testid="cmc-progress-text">
            {fill(t('cmcProgressText'), {
              k: String(progress.scenario + 1),
              n: String(progress.scenarios),
              name: progress.name,
              done: formatNumber(progress.done, language, 0),
              total: formatNumber(progress.total, language, 0),
            })}{' '}
            — {formatSeconds(progress.elapsedMs, language)} {t('mcElapsed')}
          </span>
        </div>
      )}
    </form>
  )
}

/** What happened to the last run, announced politely to screen readers. */
function RunStatus() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const status = useLevier((s) => s.compareMcStatus)
  const progress = useLevier((s) => s.compareMcProgress)
  const result = useLevier((s) => s.compareMcResult)
  const error = useLevier((s) => s.compareMcError)
  const text =
    status === 'idle'
      ? t('cmcIdle')
      : status === 'running'
        ? progress.done === progress.total && progress.scenario + 1 === progress.scenarios
          ? t('mcSummarising')
          : t('mcRunning')
        : status === 'cancelled'
          ? t('mcCancelled')
          : status === 'error'
            ? `${t('mcFailed')} ${error ?? ''}`
            : result
              ? fill(t('cmcDone'), {
                  n: String(result.scenarios.length),
                  draws: formatNumber(result.draws, language, 0),
                  time: formatSeconds(result.elapsedMs, language),
                  seed: String(result.seed),
                })
              : ''
  return (
    <p role="status" className="mc-status" data-status={status} data-testid="cmc-status">
      {text}
    </p>
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
  const hasResult = useLevier((s) => s.compareMcResult !== null)
  // The charts library is fetched now, while settings are typed, not when results come.
  useEffect(() => void loadPlotly(), [])
  return (
    <section aria-labelledby="cmc-title" className="uncertainty compare-uncertainty">
      <h2 id="cmc-title">{t('cmcTitle')}</h2>
      <p className="hint">{t('cmcLead')}</p>
      <Controls scenarios={scenarios} />
      <RunStatus />
      {hasResult && <CompareUncertaintyResults scenarios={scenarios} fileName={fileName} />}
    </section>
  )
}

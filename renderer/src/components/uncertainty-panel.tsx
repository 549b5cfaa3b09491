import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import type { Language } from '@shared/app-identity'
import { loadPlotly } from '../charts/load-plotly'
import { formatNumber, formatValue, parseNumber } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import type { Translate } from '../i18n/translate'
import { MAX_DRAWS, MAX_SEED, MIN_DRAWS, isValidDraws, isValidSeed } from '../sim/uncertainty-job'
import { useLevier } from '../store'
import { useRunFocus } from './use-run-focus'
import { UncertaintyResults } from './uncertainty-results'

/** "0,4 s": run times are read to a tenth of a second. */
export function formatSeconds(ms: number, language: Language): string {
  return `${formatNumber(ms / 1000, language, 1)}\u202fs`
}

/** The typed count as a whole number, or the inline message saying why it is refused. */
export function readWhole(
  text: string,
  language: Language,
  valid: (n: number) => boolean,
  [min, max]: readonly [number, number],
  t: Translate,
): { value: number } | { error: string } {
  const value = parseNumber(text, language)
  if (value === null) return { error: t('notANumber') }
  if (!valid(value)) {
    const bound = (n: number) => formatNumber(n, language, 0)
    return { error: `${t('mcWholeBetween')} ${bound(min)} ${t('mcAnd')} ${bound(max)}.` }
  }
  return { value }
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0
}

/** Settings of the run: draws, seed, run and cancel, with the progress bar while it runs. */
function RunControls() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const settings = useLevier((s) => s.uncertaintySettings)
  const status = useLevier((s) => s.uncertaintyStatus)
  const progress = useLevier((s) => s.uncertaintyProgress)
  const setSettings = useLevier((s) => s.setUncertaintySettings)
  const run = useLevier((s) => s.runUncertainty)
  const cancel = useLevier((s) => s.cancelUncertainty)
  const [draws, setDraws] = useState(() => formatNumber(settings.draws, language, 0))
  const [seed, setSeed] = useState(() => String(settings.seed))
  const [errors, setErrors] = useState<{ draws?: string; seed?: string }>({})
  const running = status === 'running'
  const { runButton, cancelButton } = useRunFocus(running)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const d = readWhole(draws, language, isValidDraws, [MIN_DRAWS, MAX_DRAWS], t)
    const s = readWhole(seed, language, isValidSeed, [0, MAX_SEED], t)
    const next = {
      draws: 'error' in d ? d.error : undefined,
      seed: 'error' in s ? s.error : undefined,
    }
    setErrors(next)
    if ('error' in d || 'error' in s) return
    if (setSettings({ draws: d.value, seed: s.value }) === null) run()
  }
  const newSeed = () => {
    const value = randomSeed()
    setSeed(String(value))
    setErrors({ ...errors, seed: undefined })
    setSettings({ seed: value })
  }
  const field = (
    id: 'draws' | 'seed',
    label: string,
    value: string,
    onChange: (text: string) => void,
  ) => (
    <div className="lever-field">
      <label htmlFor={`mc-${id}`}>{label}</label>
      <div className="lever-inputs">
        <input
          id={`mc-${id}`}
          type="text"
          inputMode="numeric"
          value={value}
          aria-invalid={errors[id] !== undefined}
          aria-describedby={errors[id] ? `mc-${id}-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        {id === 'seed' && (
          <button type="button" onClick={newSeed} disabled={running}>
            {t('mcNewSeed')}
          </button>
        )}
      </div>
      {errors[id] && (
        <p id={`mc-${id}-error`} role="alert" className="field-error">
          {errors[id]}
        </p>
      )}
    </div>
  )
  const share = progress.total > 0 ? progress.done / progress.total : 0
  return (
    <form className="mc-controls" aria-label={t('mcSettings')} onSubmit={submit}>
      <div className="mc-fields">
        {field('draws', t('mcDraws'), draws, setDraws)}
        {field('seed', t('mcSeed'), seed, setSeed)}
      </div>
      <p className="hint">{t('mcSeedHint')}</p>
      <div className="actions start">
        <button ref={runButton} type="submit" className="primary" disabled={running}>
          {t('mcRun')}
        </button>
        {running && (
          <button ref={cancelButton} type="button" onClick={cancel}>
            {t('mcCancel')}
          </button>
        )}
      </div>
      {running && (
        <div className="mc-progress">
          <label htmlFor="mc-progress">{t('mcProgress')}</label>
          <progress id="mc-progress" max={progress.total} value={progress.done} />
          <span data-testid="mc-percent">
            {formatValue(Math.floor(share * 100) / 100, 'share', language, { digits: 0 })}
          </span>
          <span className="hint">
            {formatSeconds(progress.elapsedMs, language)} {t('mcElapsed')}
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
  const status = useLevier((s) => s.uncertaintyStatus)
  const progress = useLevier((s) => s.uncertaintyProgress)
  const result = useLevier((s) => s.uncertaintyResult)
  const error = useLevier((s) => s.uncertaintyError)
  const otherScenario = useLevier(
    (s) => s.uncertaintySource !== null && s.uncertaintySource.draftId !== s.draftId,
  )
  const text =
    status === 'idle' || (otherScenario && status !== 'running')
      ? otherScenario
        ? t('mcOtherScenario')
        : t('mcIdle')
      : status === 'running'
        ? progress.total > 0 && progress.done === progress.total
          ? t('mcSummarising')
          : t('mcRunning')
        : status === 'cancelled'
          ? t('mcCancelled')
          : status === 'error'
            ? `${t('mcFailed')} ${error ?? ''}`
            : result
              ? `${formatNumber(result.draws, language, 0)} ${t('mcDoneDraws')} ${formatSeconds(progress.elapsedMs, language)} (${t('mcSeedWord')} ${result.seed})`
              : ''
  return (
    <p role="status" className="mc-status" data-status={status} data-testid="mc-status">
      {text}
    </p>
  )
}

/** The uncertainty tab: Monte Carlo runs of the draft with fan charts and a tornado. */
export function UncertaintyPanel() {
  const t = useTranslate()
  const hasDraft = useLevier((s) => s.draft !== null && s.draftId === s.selectedId)
  const scenarioName = useLevier(
    (s) => s.scenarios.find((x) => x.id === s.selectedId)?.name ?? 'levier',
  )
  const showResults = useLevier(
    (s) => s.uncertaintyResult !== null && s.uncertaintySource?.draftId === s.draftId,
  )
  // The charts library is fetched and parsed now, while settings are typed, not when results come.
  useEffect(() => void loadPlotly(), [])
  if (!hasDraft) return null
  return (
    <section aria-labelledby="mc-title" className="uncertainty">
      <h2 id="mc-title">{t('mcTitle')}</h2>
      <p className="hint">{t('mcLead')}</p>
      <RunControls />
      <RunStatus />
      {showResults && <UncertaintyResults scenarioName={scenarioName} />}
    </section>
  )
}

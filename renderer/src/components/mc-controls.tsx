import { useState } from 'react'
import type { FormEvent, ReactNode } from 'react'
import type { Language } from '@shared/app-identity'
import { fill } from '../compare/compare-uncertainty-text'
import { formatNumber, formatValue, parseNumber } from '../format/format-value'
import type { MessageKey, Translate } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import { MAX_DRAWS, MAX_SEED, MIN_DRAWS, isValidDraws, isValidSeed } from '../sim/uncertainty-job'
import { useLevier } from '../store'
import type { McRun, McTarget } from '../store/types'
import { useRunFocus } from './use-run-focus'

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

type Field = 'draws' | 'seed'

/** The words of one form: its own, so that both forms can sit on one page apart. */
export interface McFormLabels {
  readonly settings: MessageKey
  readonly draws: MessageKey
  readonly seed: MessageKey
  readonly seedHint: MessageKey
  readonly run: MessageKey
  readonly cancel: MessageKey
  readonly progress: MessageKey
}

/**
 * The settings of a Monte Carlo run — draws and seed, run and cancel — with the overall progress
 * while it runs (over every scenario of the run, in turn).
 */
export function McRunForm({
  target,
  prefix,
  labels,
  className,
  canRun = true,
  newSeed = false,
  perScenario = false,
  before,
  onRun,
}: {
  target: McTarget
  /** Ids and test ids of the form's parts start with it (one form per target on a page). */
  prefix: string
  labels: McFormLabels
  className: string
  canRun?: boolean
  /** Offer a button drawing a random seed. */
  newSeed?: boolean
  /** Say which scenario of how many is running. */
  perScenario?: boolean
  /** Fields shown before draws and seed. */
  before?: ReactNode
  /** Start the run with the settings just kept. */
  onRun(): void
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const settings = useLevier((s) => s.monteCarlo[target].settings)
  const running = useLevier((s) => s.monteCarlo[target].status === 'running')
  const progress = useLevier((s) => s.monteCarlo[target].progress)
  const setSettings = useLevier((s) => s.setMcSettings)
  const cancel = useLevier((s) => s.cancelMonteCarlo)
  const [draws, setDraws] = useState(() => formatNumber(settings.draws, language, 0))
  const [seed, setSeed] = useState(() => String(settings.seed))
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
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
    if (setSettings(target, { draws: d.value, seed: s.value }) === null) onRun()
  }
  const drawSeed = () => {
    const value = randomSeed()
    setSeed(String(value))
    setErrors({ ...errors, seed: undefined })
    setSettings(target, { seed: value })
  }
  const field = (id: Field, value: string, onChange: (text: string) => void) => {
    const described = [
      errors[id] ? `${prefix}-${id}-error` : '',
      id === 'seed' ? `${prefix}-seed-hint` : '',
    ]
      .filter(Boolean)
      .join(' ')
    return (
      <div className="lever-field">
        <label htmlFor={`${prefix}-${id}`}>{t(labels[id])}</label>
        <div className="lever-inputs">
          <input
            id={`${prefix}-${id}`}
            type="text"
            inputMode="numeric"
            value={value}
            aria-invalid={errors[id] !== undefined}
            aria-describedby={described || undefined}
            onChange={(e) => onChange(e.target.value)}
          />
          {id === 'seed' && newSeed && (
            <button type="button" onClick={drawSeed} disabled={running}>
              {t('mcNewSeed')}
            </button>
          )}
        </div>
        {errors[id] && (
          <p id={`${prefix}-${id}-error`} role="alert" className="field-error">
            {errors[id]}
          </p>
        )}
      </div>
    )
  }
  const overall = progress.scenarios * progress.total
  const reached = progress.scenario * progress.total + progress.done
  const share = overall > 0 ? reached / overall : 0
  return (
    <form className={className} aria-label={t(labels.settings)} onSubmit={submit}>
      <div className="mc-fields">
        {before}
        {field('draws', draws, setDraws)}
        {field('seed', seed, setSeed)}
      </div>
      <p id={`${prefix}-seed-hint`} className="hint">
        {t(labels.seedHint)}
      </p>
      <div className="actions start">
        <button ref={runButton} type="submit" className="primary" disabled={running || !canRun}>
          {t(labels.run)}
        </button>
        {running && (
          <button ref={cancelButton} type="button" onClick={() => cancel(target)}>
            {t(labels.cancel)}
          </button>
        )}
      </div>
      {running && (
        <div className="mc-progress">
          <label htmlFor={`${prefix}-progress`}>{t(labels.progress)}</label>
          <progress id={`${prefix}-progress`} max={overall} value={reached} />
          <span data-testid={`${prefix}-percent`}>
            {formatValue(Math.floor(share * 100) / 100, 'share', language, { digits: 0 })}
          </span>
          <span className="hint" data-testid={`${prefix}-progress-text`}>
            {perScenario &&
              `${fill(t('cmcProgressText'), {
                k: String(progress.scenario + 1),
                n: String(progress.scenarios),
                name: progress.name,
                done: formatNumber(progress.done, language, 0),
                total: formatNumber(progress.total, language, 0),
              })} — `}
            {formatSeconds(progress.elapsedMs, language)} {t('mcElapsed')}
          </span>
        </div>
      )}
    </form>
  )
}

/** What happened to the last run, announced politely to screen readers. */
export function McRunStatus({
  target,
  prefix,
  idle,
  showIdle = false,
  done,
}: {
  target: McTarget
  prefix: string
  /** Said before any run (and whenever `showIdle`, unless running). */
  idle: string
  showIdle?: boolean
  /** Said of a finished run. */
  done(result: NonNullable<McRun['result']>): string
}) {
  const t = useTranslate()
  const run = useLevier((s) => s.monteCarlo[target])
  const { status, progress, result, error } = run
  const summarising =
    progress.total > 0 &&
    progress.done === progress.total &&
    progress.scenario + 1 === progress.scenarios
  const text =
    status === 'idle' || (showIdle && status !== 'running')
      ? idle
      : status === 'running'
        ? t(summarising ? 'mcSummarising' : 'mcRunning')
        : status === 'cancelled'
          ? t('mcCancelled')
          : status === 'error'
            ? `${t('mcFailed')} ${error ?? ''}`
            : result
              ? done(result)
              : ''
  return (
    <p role="status" className="mc-status" data-status={status} data-testid={`${prefix}-status`}>
      {text}
    </p>
  )
}

import { useState } from 'react'
import type { Language } from '@shared/app-identity'
import { formatValue, parseNumber } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import type { MessageKey } from '../i18n/messages-fr'
import { useLevier } from '../store'

/** How a curve parameter is shown and typed: shares in percent, years whole, others plain. */
export type ParamKind = 'share' | 'year' | 'number'

export interface ParamSpec {
  readonly label: MessageKey
  readonly kind: ParamKind
  /** What the exact field accepts (the scenario schema's bounds, or tighter). */
  readonly min: number
  readonly max: number
  /** The slider's span: the useful part of the range, so small values stay easy to set. */
  readonly sliderMax: number
  readonly step: number
}

/** Coefficients as typed (0,03, not 0,030): their significant digits vary too much for a fixed count. */
const coefficient = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 }),
}

export function formatParam(value: number, kind: ParamKind, language: Language): string {
  if (kind === 'share') return formatValue(value, 'share', language)
  if (kind === 'year') return formatValue(value, 'year', language)
  return coefficient[language].format(value)
}

function editableText(value: number, kind: ParamKind, language: Language): string {
  const shown = kind === 'share' ? Math.round(value * 100 * 1e6) / 1e6 : value
  return language === 'fr' ? String(shown).replace('.', ',') : String(shown)
}

/**
 * Read a typed parameter: the value, or the message to show inline (the value is then not
 * applied). Shares are typed in percent; years must be whole.
 */
export function readParam(
  text: string,
  spec: Pick<ParamSpec, 'kind' | 'min' | 'max'>,
  language: Language,
  t: (key: MessageKey) => string,
): { value: number } | { error: string } {
  const parsed = parseNumber(text, language, spec.kind === 'share')
  if (parsed === null) return { error: t('notANumber') }
  if (spec.kind === 'year' && !Number.isInteger(parsed)) return { error: t('adoptionNotAYear') }
  if (parsed < spec.min || parsed > spec.max) {
    const range = `${formatParam(spec.min, spec.kind, language)} – ${formatParam(spec.max, spec.kind, language)}`
    return { error: `${t('outOfRange')} ${range}` }
  }
  return { value: parsed }
}

/** The typed value, applied on Enter or on leaving the field. */
export function ExactNumber({
  id,
  value,
  spec,
  errorKey,
  label,
  check,
  onCommit,
}: {
  id: string
  value: number
  spec: Pick<ParamSpec, 'kind' | 'min' | 'max'>
  /** Where the refusal message is kept (`fieldErrors`). */
  errorKey: string
  /** Accessible name, when no visible label points at the field. */
  label?: string
  /** A further rule on a value within range: the message when it breaks it. */
  check?: (value: number) => string | null
  onCommit: (value: number) => void
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const setError = useLevier((s) => s.setFieldError)
  const invalid = useLevier((s) => s.fieldErrors[errorKey] !== undefined)
  const shown = editableText(value, spec.kind, language)
  const [text, setText] = useState(shown)
  // A value changed elsewhere (slider, undo, drawing, language) restarts the text; the element
  // is kept, so focus stays where the keyboard left it.
  const [seen, setSeen] = useState(shown)
  if (seen !== shown) {
    setSeen(shown)
    setText(shown)
  }
  const commit = () => {
    const read = readParam(text, spec, language, t)
    const error = 'error' in read ? read.error : check?.(read.value)
    if (error) return setError(errorKey, error)
    setError(errorKey, null)
    if ('value' in read && read.value !== value) onCommit(read.value)
  }
  return (
    <input
      id={id}
      type="text"
      inputMode={spec.kind === 'year' ? 'numeric' : 'decimal'}
      value={text}
      aria-label={label}
      aria-invalid={invalid}
      aria-describedby={invalid ? `${id}-error` : undefined}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  )
}

/** The inline refusal message of a field, if any. */
export function FieldError({ id, errorKey }: { id: string; errorKey: string }) {
  const error = useLevier((s) => s.fieldErrors[errorKey])
  if (!error) return null
  return (
    <p id={`${id}-error`} role="alert" className="field-error">
      {error}
    </p>
  )
}

/** A curve parameter: a slider for feel, an exact field for precision, like the levers. */
export function ParamField({
  id,
  spec,
  value,
  errorKey,
  labelSuffix = '',
  check,
  onChange,
}: {
  id: string
  spec: ParamSpec
  value: number
  errorKey: string
  /** Added to the label (the year a starting level applies to). */
  labelSuffix?: string
  check?: (value: number) => string | null
  onChange: (value: number, sliding: boolean) => void
}) {
  const t = useTranslate()
  const scale = spec.kind === 'share' ? 100 : 1
  const label = `${t(spec.label)}${labelSuffix}`
  return (
    <div className="lever-field">
      <label htmlFor={id}>{label}</label>
      <div className="lever-inputs">
        <input
          type="range"
          aria-label={`${label} (${t('sliderLabel')})`}
          min={spec.min * scale}
          max={spec.sliderMax * scale}
          step={spec.step * scale}
          value={Math.min(value, spec.sliderMax) * scale}
          onChange={(e) => onChange(Math.round((Number(e.target.value) / scale) * 1e9) / 1e9, true)}
        />
        <ExactNumber
          id={id}
          value={value}
          spec={spec}
          errorKey={errorKey}
          check={check}
          onCommit={(v) => onChange(v, false)}
        />
        <span className="unit">{spec.kind === 'share' ? '%' : ''}</span>
      </div>
      <FieldError id={id} errorKey={errorKey} />
    </div>
  )
}

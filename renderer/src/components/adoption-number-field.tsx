import type { Language } from '@shared/app-identity'
import { numberFormat } from '@shared/format/format-number'
import { formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import type { MessageKey } from '../i18n/translate'
import { useLevier } from '../store'
import { TypedNumber } from './typed-number'
import type { TypedNumberProps } from './typed-number'

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
const coefficient = (language: Language) => numberFormat(language, 4, true, 0)

export function formatParam(value: number, kind: ParamKind, language: Language): string {
  if (kind === 'share') return formatValue(value, 'share', language)
  if (kind === 'year') return formatValue(value, 'year', language)
  return coefficient(language).format(value)
}

/** The typed value of a curve parameter, applied on Enter or on leaving the field. */
export function ExactNumber({
  spec,
  ...rest
}: Omit<TypedNumberProps, 'percent' | 'min' | 'max' | 'rangeText' | 'wholeMessage'> & {
  spec: Pick<ParamSpec, 'kind' | 'min' | 'max'>
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  return (
    <TypedNumber
      {...rest}
      percent={spec.kind === 'share'}
      min={spec.min}
      max={spec.max}
      rangeText={`${formatParam(spec.min, spec.kind, language)} – ${formatParam(spec.max, spec.kind, language)}`}
      {...(spec.kind === 'year' ? { wholeMessage: t('adoptionNotAYear') } : {})}
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

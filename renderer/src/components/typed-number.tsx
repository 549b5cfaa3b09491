import { useState } from 'react'
import type { Language } from '@shared/app-identity'
import { decimalSeparator } from '@shared/format/format-number'
import { parseNumber } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'

/** A value as it is typed: percent for shares, the language's decimal mark, no grouping. */
export function editableNumber(value: number, percent: boolean, language: Language): string {
  const shown = percent ? Math.round(value * 100 * 1e6) / 1e6 : value
  return String(shown).replace('.', decimalSeparator(language))
}

export interface TypedNumberProps {
  readonly id: string
  readonly value: number
  /** Typed and shown in percent (a share). */
  readonly percent?: boolean
  readonly min: number
  readonly max: number
  /** How the allowed range is written in the refusal ("0 % – 50 %"). */
  readonly rangeText: string
  /** When set, only whole numbers are accepted, and this is said otherwise. */
  readonly wholeMessage?: string
  /** A further rule on a value within range: the message when it breaks it. */
  readonly check?: (value: number) => string | null
  /** Where the refusal message is kept (`fieldErrors`). */
  readonly errorKey: string
  /** Accessible name, when no visible label points at the field. */
  readonly label?: string
  /** The element describing the field; by default its error message when there is one. */
  readonly describedBy?: string
  readonly onCommit: (value: number) => void
}

/**
 * An exact numeric field, in either language's number format, applied on Enter or on leaving it.
 * Letters and values out of range are refused with a message kept in the store's field errors,
 * and nothing is applied. A value changed elsewhere (slider, undo, language) restarts the text;
 * the element is kept, so focus stays where the keyboard left it.
 */
export function TypedNumber(props: TypedNumberProps) {
  const { id, value, percent = false, min, max, errorKey, onCommit } = props
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const setError = useLevier((s) => s.setFieldError)
  const invalid = useLevier((s) => s.fieldErrors[errorKey] !== undefined)
  const shown = editableNumber(value, percent, language)
  const [text, setText] = useState(shown)
  const [seen, setSeen] = useState(shown)
  if (seen !== shown) {
    setSeen(shown)
    setText(shown)
  }
  const commit = () => {
    const parsed = parseNumber(text, language, percent)
    const error =
      parsed === null
        ? t('notANumber')
        : props.wholeMessage && !Number.isInteger(parsed)
          ? props.wholeMessage
          : parsed < min || parsed > max
            ? `${t('outOfRange')} ${props.rangeText}`
            : (props.check?.(parsed) ?? null)
    setError(errorKey, error)
    if (error === null && parsed !== null && parsed !== value) onCommit(parsed)
  }
  return (
    <input
      id={id}
      type="text"
      inputMode={props.wholeMessage ? 'numeric' : 'decimal'}
      value={text}
      aria-label={props.label}
      aria-invalid={invalid}
      aria-describedby={props.describedBy ?? (invalid ? `${id}-error` : undefined)}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  )
}

import { useLayoutEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import './wrapping-select.css'

/**
 * A native select whose chosen option is shown in full, on as many lines as it needs: a select
 * cannot wrap its text, and a scenario's or a preset's name is often wider than the narrow column
 * it sits in, where it was cut (« Droit constant (leviers non réf… »). The select keeps its
 * keyboard, its list and its name; it lies unseen over a face that writes the chosen option's text.
 */
export function WrappingSelect({
  id,
  value,
  onChange,
  children,
}: {
  id: string
  value: string
  onChange: (value: string) => void
  /** The options (and optgroups), as in a select. */
  children: ReactNode
}) {
  const select = useRef<HTMLSelectElement>(null)
  const face = useRef<HTMLSpanElement>(null)
  // Read from the select itself after every render: the chosen option's text is whatever the
  // options say (their language, a renamed scenario), with no second list of labels to keep.
  useLayoutEffect(() => {
    if (face.current && select.current)
      face.current.textContent = select.current.selectedOptions[0]?.text ?? ''
  })
  return (
    <div className="wrapping-select">
      <span ref={face} className="wrapping-select-face" aria-hidden="true" />
      <select ref={select} id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  )
}

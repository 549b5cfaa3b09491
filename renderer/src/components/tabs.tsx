import { useId, useRef } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'

export interface Tab {
  readonly id: string
  readonly label: string
  readonly render: () => ReactNode
}

/**
 * WAI-ARIA tabs: arrow keys, Home and End move between tabs (and select them); only the selected
 * panel is rendered, so hidden charts cost nothing while a slider moves.
 */
export function Tabs({
  tabs,
  selected,
  onSelect,
  label,
}: {
  tabs: readonly Tab[]
  selected: string
  onSelect: (id: string) => void
  label: string
}) {
  const base = useId()
  const buttons = useRef<Array<HTMLButtonElement | null>>([])
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0]
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    const tab = tabs[next]
    if (!tab) return
    onSelect(tab.id)
    buttons.current[next]?.focus()
  }
  if (!current) return null
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[index] = element
            }}
            type="button"
            role="tab"
            id={`${base}-${tab.id}-tab`}
            aria-selected={tab.id === current.id}
            aria-controls={`${base}-${tab.id}-panel`}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-${current.id}-panel`}
        aria-labelledby={`${base}-${current.id}-tab`}
        className="tab-panel"
      >
        {current.render()}
      </div>
    </div>
  )
}

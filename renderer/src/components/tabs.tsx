import { useId, useRef } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'

export interface Tab {
  readonly id: string
  readonly label: string
  readonly render: () => ReactNode
}

/**
 * WAI-ARIA tabs: arrow keys, Home and End move between tabs (and select them); only the selected
 * panel is rendered, so hidden charts cost nothing while a slider moves. With `keepMounted`, every
 * panel is rendered and the others hidden: for panels as cheap as a few figures, which a switch
 * then shows at once.
 */
export function Tabs({
  tabs,
  selected,
  onSelect,
  label,
  keepMounted = false,
  className,
}: {
  tabs: readonly Tab[]
  selected: string
  onSelect: (id: string) => void
  label: string
  keepMounted?: boolean
  /** Classes beside `tabs` (a tab strip's own layout). */
  className?: string
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
  const panel = (tab: Tab) => (
    <div
      key={tab.id}
      role="tabpanel"
      id={`${base}-${tab.id}-panel`}
      aria-labelledby={`${base}-${tab.id}-tab`}
      className="tab-panel"
      hidden={tab.id !== current.id}
    >
      {tab.render()}
    </div>
  )
  return (
    <div className={className ? `tabs ${className}` : 'tabs'}>
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
      {keepMounted ? tabs.map(panel) : panel(current)}
    </div>
  )
}

import { useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'

/**
 * The horizontal scroller around a wide table. When the table is wider than its box, keyboard
 * users must be able to scroll it too (WCAG 2.1.1, RGAA 7.3): the box then becomes a named,
 * focusable region that the arrow keys scroll. While everything fits it stays a plain box, so it
 * adds no useless tab stop.
 */
export function TableScroll({
  labelledBy,
  label,
  children,
}: {
  /** The id of the heading that names the table; or `label` when there is none. */
  labelledBy?: string
  label?: string
  children: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  const [overflows, setOverflows] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () =>
      setOverflows(
        element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight,
      )
    // A ResizeObserver reports every box it starts observing once the page is next laid out: the
    // first measure comes then, for free. Measuring here would lay the page out on the spot, in
    // the task that mounted the table — 31 ms of a Monte Carlo result's arrival on this machine,
    // where a whole page of tables mounts at once.
    if (typeof ResizeObserver === 'undefined') return measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    const table = element.firstElementChild
    if (table) observer.observe(table)
    return () => observer.disconnect()
  }, [])
  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(overflows
        ? {
            role: 'region',
            tabIndex: 0,
            ...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label }),
          }
        : {})}
    >
      {children}
    </div>
  )
}

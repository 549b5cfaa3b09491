import { useEffect, useRef } from 'react'
import type { RefObject } from 'react'

/**
 * Keyboard users keep their place around a long run: Cancel takes the focus when the run starts
 * (from Run, or from nowhere), Run gets it back when the run ends. A focused button that is
 * disabled or removed leaves the focus on the page's body, which is what "nowhere" means here.
 *
 * The focus moves at the next frame, not in the effect: focusing lays the page out there and then,
 * and at a run's start and end that is the whole panel just committed (its results torn down or
 * built), inside the task that committed it — 14 to 20 ms of tasks of 24 to 41 ms in a browser
 * trace of 10,000-draw runs. At the frame, the layout is the one the frame makes anyway.
 */
export function useRunFocus(running: boolean) {
  const runButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const wasRunning = useRef(running)
  useEffect(() => {
    const started = running && !wasRunning.current
    const ended = !running && wasRunning.current
    wasRunning.current = running
    if (!started && !ended) return
    // Checked again at the frame: a user who has put the focus elsewhere meanwhile keeps it there.
    const movable = () => {
      const active = document.activeElement
      return active === document.body || (started && active === runButton.current)
    }
    if (!movable()) return
    const to: RefObject<HTMLButtonElement | null> = started ? cancelButton : runButton
    const frame = requestAnimationFrame(() => {
      if (movable()) to.current?.focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [running])
  return { runButton, cancelButton }
}

import { useEffect, useRef } from 'react'

/**
 * Keyboard users keep their place around a long run: Cancel takes the focus when the run starts
 * (from Run, or from nowhere), Run gets it back when the run ends. A focused button that is
 * disabled or removed leaves the focus on the page's body, which is what "nowhere" means here.
 */
export function useRunFocus(running: boolean) {
  const runButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const wasRunning = useRef(running)
  useEffect(() => {
    const lost = document.activeElement === document.body
    if (running && !wasRunning.current && (lost || document.activeElement === runButton.current))
      cancelButton.current?.focus()
    if (!running && wasRunning.current && lost) runButton.current?.focus()
    wasRunning.current = running
  }, [running])
  return { runButton, cancelButton }
}

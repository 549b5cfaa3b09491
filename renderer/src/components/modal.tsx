import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import { useReturnFocus } from './use-return-focus'

/**
 * A native modal <dialog>: focus stays inside, Escape closes it, and focus goes back to the
 * opener when it closes (`returnFocus` when the opener is gone).
 */
export function Modal({
  open,
  onClose,
  labelledBy,
  className,
  returnFocus,
  children,
}: {
  open: boolean
  onClose: () => void
  labelledBy: string
  className?: string
  returnFocus?: () => HTMLElement | null
  children: ReactNode
}) {
  const ref = useRef<HTMLDialogElement>(null)
  useReturnFocus(open, returnFocus)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog ref={ref} aria-labelledby={labelledBy} onClose={onClose} className={className}>
      {open && children}
    </dialog>
  )
}

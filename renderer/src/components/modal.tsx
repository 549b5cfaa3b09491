import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'

/** A native modal <dialog>: focus stays inside, Escape closes it. */
export function Modal({
  open,
  onClose,
  labelledBy,
  className,
  children,
}: {
  open: boolean
  onClose: () => void
  labelledBy: string
  className?: string
  children: ReactNode
}) {
  const ref = useRef<HTMLDialogElement>(null)
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

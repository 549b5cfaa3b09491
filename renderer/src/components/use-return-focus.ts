import { useEffect, useRef } from 'react'

/**
 * Focus is never lost when a dialog closes (WCAG 2.4.3, RGAA 12.8): it goes back to what had it
 * when the dialog opened, the button that opened it. When that is gone (a menu item, closed with
 * its menu), `fallback` says where to go instead. Checked after the dialog has closed, and only
 * if the focus is then nowhere (on <body>): an action that moved it on purpose keeps its choice.
 *
 * Call it before any effect that moves the focus into the dialog, so it sees the opener.
 */
export function useReturnFocus(open: boolean, fallback?: () => HTMLElement | null): void {
  const fallbackRef = useRef(fallback)
  useEffect(() => {
    fallbackRef.current = fallback
  })
  useEffect(() => {
    if (!open) return
    const active = document.activeElement
    const opener = active instanceof HTMLElement && active !== document.body ? active : null
    return () => {
      setTimeout(() => {
        const now = document.activeElement
        if (now && now !== document.body) return
        const target = opener?.isConnected ? opener : (fallbackRef.current?.() ?? null)
        target?.focus()
      }, 0)
    }
  }, [open])
}

/**
 * After an action that removes what had the focus (a scenario deleted), give it to the main
 * view's title, which says where the user now is. The heading is made focusable for scripts only.
 */
export function focusMainHeading(): void {
  setTimeout(() => {
    const now = document.activeElement
    if (now && now !== document.body) return
    document.querySelector<HTMLElement>('main h1')?.focus()
  }, 0)
}

/** The workbook menu's button: where focus returns from dialogs opened by its (gone) items. */
export const WORKBOOK_MENU_BUTTON = 'workbook-menu-button'
export const workbookMenuButton = (): HTMLElement | null =>
  document.getElementById(WORKBOOK_MENU_BUTTON)

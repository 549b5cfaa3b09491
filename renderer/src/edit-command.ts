/**
 * A field where Ctrl+Z and the Edit menu's Undo act on the typing, as everywhere else, rather than
 * on the scenario's last edit.
 */
export function isTextField(target: EventTarget | null): boolean {
  return (
    (target instanceof HTMLInputElement && target.type === 'text') ||
    target instanceof HTMLTextAreaElement
  )
}

/**
 * The Edit menu's Undo or Redo, clicked: the scenario's, unless a text field has the focus (the
 * click leaves it there), whose own history is reached, as the keys would, through the editing
 * command the browser keeps for it.
 */
export function runEditCommand(
  command: 'undo' | 'redo',
  scenario: { undo(): void; redo(): void },
  focused: Element | null = document.activeElement,
): void {
  if (isTextField(focused)) document.execCommand(command)
  else scenario[command]()
}

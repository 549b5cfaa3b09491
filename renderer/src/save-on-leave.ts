import type { Transport } from './api/transport'
import type { LevierStore } from './store'

/**
 * An edit still waiting for its autosave is never lost when the analyst leaves the window:
 * - as the page goes (closed, reloaded), it is sent in the one message a closing page may send;
 * - as the window loses focus, it is saved at once. Leaving is also how a workbook is handed over
 *   (a double-click in the file manager, a command in a terminal): the save reaches the host
 *   before the hand-over does, so it lands in the workbook the edit was made in.
 */
export function saveOnLeave(
  store: LevierStore,
  transport: Pick<Transport, 'sendOnClose'>,
  target: Pick<EventTarget, 'addEventListener'> = window,
): void {
  target.addEventListener('pagehide', () => {
    const pending = store.getState().takePendingSave()
    if (pending) transport.sendOnClose('saveScenario', pending)
  })
  target.addEventListener('blur', () => void store.getState().flushSave())
}

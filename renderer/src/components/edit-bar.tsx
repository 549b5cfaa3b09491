import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'

/** Undo, redo and the autosave state: they cover every edit of the scenario, whatever the panel. */
export function EditBar() {
  const t = useTranslate()
  const saveState = useLevier((s) => s.saveState)
  const canUndo = useLevier((s) => s.undoStack.length > 0)
  const canRedo = useLevier((s) => s.redoStack.length > 0)
  const undo = useLevier((s) => s.undo)
  const redo = useLevier((s) => s.redo)
  const status = {
    idle: '',
    pending: t('savePending'),
    saving: t('saveSaving'),
    saved: t('saveSaved'),
    error: t('saveError'),
  }[saveState]
  return (
    <>
      <span className={`save-state ${saveState}`} role="status" data-testid="save-state">
        {status}
      </span>
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        {t('undo')}
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
        {t('redo')}
      </button>
    </>
  )
}

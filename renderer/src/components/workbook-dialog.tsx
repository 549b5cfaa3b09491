import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { BrowseButton } from './browse-button'
import { Modal } from './modal'
import { workbookMenuButton } from './use-return-focus'

/**
 * Asks for the path of the workbook to create, open or copy to. Both hosts use it: the browser
 * has no native file dialog that gives a path; the desktop app adds « Parcourir… » for its own. A workbook another Levier is writing can be
 * opened read-only from here.
 */
export function WorkbookDialog() {
  const t = useTranslate()
  const action = useLevier((s) => s.workbookDialog)
  const setDialog = useLevier((s) => s.setWorkbookDialog)
  const apply = useLevier((s) => s.applyWorkbookAction)
  const info = useLevier((s) => s.appInfo)
  const [path, setPath] = useState('')
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const title =
    action === 'new'
      ? t('workbookNew')
      : action === 'saveAs'
        ? t('workbookSaveAs')
        : t('workbookOpen')
  const separator = info?.platform === 'win32' ? '\\' : '/'
  const example = info ? `${info.dataDir}${separator}workbooks${separator}PLFSS 2027.levier` : ''
  const close = () => {
    setDialog(null)
    setProblem(null)
    setPath('')
  }
  const run = async (readOnly = false) => {
    if (!action) return
    setBusy(true)
    const error = await apply(action, path.trim(), readOnly)
    setBusy(false)
    if (error) setProblem(error)
    else close()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void run()
  }
  return (
    <Modal
      open={action !== null}
      onClose={close}
      labelledBy="workbook-dialog-title"
      returnFocus={workbookMenuButton}
    >
      <form onSubmit={submit} className="form">
        <h2 id="workbook-dialog-title">{title}</h2>
        <label htmlFor="workbook-path">{t('pathLabel')}</label>
        <input
          id="workbook-path"
          type="text"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          autoFocus
          required
          spellCheck={false}
        />
        <BrowseButton
          purpose={action === 'open' ? 'openWorkbook' : 'saveWorkbook'}
          current={path}
          onChosen={setPath}
          label={t('pathLabel')}
        />
        <p className="hint">
          {t('pathHint')}
          <code>{example}</code>
        </p>
        {problem && (
          <p role="alert" className="field-error">
            {problem.message}
          </p>
        )}
        <div className="actions">
          {problem?.code === 'locked' && (
            <button type="button" onClick={() => void run(true)} disabled={busy}>
              {t('openReadOnly')}
            </button>
          )}
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || path.trim() === ''}>
            {t('confirm')}
          </button>
        </div>
      </form>
    </Modal>
  )
}

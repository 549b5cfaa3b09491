import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { Modal } from './modal'
import { workbookMenuButton } from './use-return-focus'

/** What an import did: how many scenarios came in, or every problem, and a retry with renaming. */
export function ImportDialog() {
  const t = useTranslate()
  const outcome = useLevier((s) => s.importOutcome)
  const dismiss = useLevier((s) => s.dismissImport)
  const importFiles = useLevier((s) => s.importScenarioFiles)
  return (
    <Modal
      open={outcome !== null}
      onClose={dismiss}
      labelledBy="import-title"
      returnFocus={workbookMenuButton}
    >
      <h2 id="import-title">{t('importTitle')}</h2>
      {outcome?.error ? (
        <p role="alert" className="field-error">
          {outcome.error.message}
        </p>
      ) : (
        <p role="status">
          {outcome?.imported} {t('importedCount')}
        </p>
      )}
      <div className="actions">
        {outcome?.error?.code === 'conflict' && (
          <button
            type="button"
            className="primary"
            onClick={() => void importFiles(outcome.pending, 'rename')}
          >
            {t('importRename')}
          </button>
        )}
        <button type="button" onClick={dismiss}>
          {t('close')}
        </button>
      </div>
    </Modal>
  )
}

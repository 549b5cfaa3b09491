import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { Modal } from './modal'

/**
 * Emptying the trash cannot be undone: say how many scenarios go for good and which saved
 * comparisons lose some of them (those left with fewer than two, or without their reference,
 * are deleted with them), then ask.
 */
export function EmptyTrashDialog({ onClose }: { onClose: () => void }) {
  const t = useTranslate()
  const scenarios = useLevier((s) => s.scenarios)
  const comparisons = useLevier((s) => s.comparisons)
  const emptyTrash = useLevier((s) => s.emptyTrash)
  const trashed = new Set(scenarios.filter((s) => s.deletedAt !== null).map((s) => s.id))
  const touched = comparisons.filter(
    (c) =>
      c.scenarioIds.some((id) => trashed.has(id)) ||
      (c.reference.kind === 'scenario' && trashed.has(c.reference.id)),
  )
  return (
    <Modal open onClose={onClose} labelledBy="empty-trash-title">
      <h2 id="empty-trash-title">{t('emptyTrashAction')}</h2>
      <p>
        {t('emptyTrashCount')} {trashed.size}
      </p>
      {touched.length > 0 && (
        <>
          <p>{t('emptyTrashComparisons')}</p>
          <ul>
            {touched.map((c) => (
              <li key={c.id}>{c.name}</li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="primary danger"
          onClick={() => {
            onClose()
            void emptyTrash()
          }}
        >
          {t('emptyTrashConfirm')}
        </button>
      </div>
    </Modal>
  )
}

import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { PresetGallery } from './preset-gallery'

export function EmptyState() {
  const t = useTranslate()
  const dataDir = useLevier((state) => state.appInfo?.dataDir)
  const workbook = useLevier((state) => state.workbook)
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h1 id="empty-title" tabIndex={-1}>
        {t('emptyTitle')}
      </h1>
      <p>{t('emptyLead')}</p>
      {/* A workbook with nothing in it yet: the proposals to start from, rather than a paragraph. */}
      {workbook && workbook.scenarioCount === 0 && !workbook.readOnly && <PresetGallery />}
      {workbook && (
        <p data-testid="workbook-summary">
          <strong>{workbook.name}</strong>
          {t('colon')} {workbook.scenarioCount} {t('scenarioCount')}
        </p>
      )}
      <p>{t('emptyNext')}</p>
      {dataDir && (
        <p>
          <code data-testid="data-dir">{dataDir}</code>
        </p>
      )}
    </section>
  )
}

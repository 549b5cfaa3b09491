import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'

/** « Imprimer la note »: opens the brief dialog for what the main area shows. */
export function PrintBriefButton() {
  const t = useTranslate()
  const openBrief = useLevier((s) => s.openBrief)
  return (
    <button type="button" aria-keyshortcuts="Control+P" onClick={() => openBrief()}>
      {t('briefPrintAction')}
    </button>
  )
}

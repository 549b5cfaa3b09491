import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'

export function ErrorBanner() {
  const t = useTranslate()
  const error = useLevier((state) => state.error)
  const dismissError = useLevier((state) => state.dismissError)
  if (!error) return null
  return (
    <div role="alert" className="error-banner">
      <span>
        <strong>{t('errorPrefix')}</strong> {error}
      </span>
      <button type="button" onClick={dismissError}>
        {t('dismiss')}
      </button>
    </div>
  )
}

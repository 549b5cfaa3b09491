import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { LanguageSwitch } from './language-switch'

export function TitleBar() {
  const t = useTranslate()
  const appInfo = useLevier((state) => state.appInfo)
  const setAboutOpen = useLevier((state) => state.setAboutOpen)
  const setHelpOpen = useLevier((state) => state.setHelpOpen)
  return (
    <header className="title-bar">
      <div className="brand">
        <span className="brand-name">Levier</span>
        <span className="brand-tagline">{t('appTagline')}</span>
      </div>
      <div className="title-bar-actions">
        {appInfo && (
          <span className="host-badge" data-testid="host-kind">
            {t(appInfo.host === 'desktop' ? 'hostDesktop' : 'hostLoopback')}
          </span>
        )}
        <LanguageSwitch />
        <button type="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="F1">
          {t('helpButton')}
        </button>
        <button type="button" onClick={() => setAboutOpen(true)}>
          {t('aboutButton')}
        </button>
        <span className="version" data-testid="app-version">
          {appInfo ? `${t('versionLabel')} ${appInfo.version}` : ''}
        </span>
      </div>
    </header>
  )
}

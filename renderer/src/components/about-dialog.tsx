import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { Modal } from './modal'

export function AboutDialog() {
  const t = useTranslate()
  const open = useLevier((state) => state.aboutOpen)
  const setAboutOpen = useLevier((state) => state.setAboutOpen)
  const info = useLevier((state) => state.appInfo)
  return (
    <Modal open={open} onClose={() => setAboutOpen(false)} labelledBy="about-title">
      <h2 id="about-title">{t('aboutTitle')}</h2>
      <p>{t('aboutBody')}</p>
      {info && (
        <dl>
          <dt>{t('versionLabel')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('platformLabel')}</dt>
          <dd>{`${info.platform} — ${t(info.host === 'desktop' ? 'hostDesktop' : 'hostLoopback')}`}</dd>
          <dt>{t('dataDirLabel')}</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
        </dl>
      )}
      <button type="button" onClick={() => setAboutOpen(false)}>
        {t('close')}
      </button>
    </Modal>
  )
}

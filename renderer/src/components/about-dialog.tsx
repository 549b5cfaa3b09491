import { useEffect, useRef } from 'react'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'

/** A native <dialog>: modal, focus-trapping and closed by Escape without extra code. */
export function AboutDialog() {
  const t = useTranslate()
  const open = useLevier((state) => state.aboutOpen)
  const setAboutOpen = useLevier((state) => state.setAboutOpen)
  const info = useLevier((state) => state.appInfo)
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog ref={ref} aria-labelledby="about-title" onClose={() => setAboutOpen(false)}>
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
    </dialog>
  )
}

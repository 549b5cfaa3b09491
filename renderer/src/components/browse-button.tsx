import { useState } from 'react'
import type { FilePurpose } from '@shared/api/contract'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'

/**
 * « Parcourir… » beside a path field, in the desktop app only: the system's file dialog fills the
 * field. The loopback host has no such dialog (a browser never gives a page a file's path), so
 * there the path is typed.
 */
export function BrowseButton({
  purpose,
  current,
  onChosen,
  label,
}: {
  purpose: FilePurpose
  current: string
  onChosen: (path: string) => void
  /** What the field is, for the button's accessible name. */
  label: string
}) {
  const t = useTranslate()
  const desktop = useLevier((s) => s.appInfo?.host === 'desktop')
  const choose = useLevier((s) => s.chooseFilePath)
  const [error, setError] = useState<string | null>(null)
  if (!desktop) return null
  const browse = async () => {
    const chosen = await choose(purpose, current.trim() || undefined)
    if ('error' in chosen) return setError(chosen.error)
    setError(null)
    if (chosen.path) onChosen(chosen.path)
  }
  return (
    <>
      <button type="button" onClick={() => void browse()} aria-label={`${t('browse')} — ${label}`}>
        {t('browse')}
      </button>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </>
  )
}

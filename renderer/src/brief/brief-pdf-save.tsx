import { useState } from 'react'
import { safeFileName } from '../format/download'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { BrowseButton } from '../components/browse-button'

/**
 * Desktop only: the brief written straight to a PDF file by the app (Chromium's printToPDF of
 * this window, through the print style sheet). The path is typed here or chosen in the system's
 * file dialog (« Parcourir… »), as for workbooks.
 */
export function BriefPdfSave({ title }: { title: string }) {
  const t = useTranslate()
  const info = useLevier((s) => s.appInfo)
  const save = useLevier((s) => s.saveBriefPdf)
  const separator = info?.platform === 'win32' ? '\\' : '/'
  // In the user's documents: the data folder is hidden (AppData, Library, .config).
  const [path, setPath] = useState(() =>
    info?.documentsDir ? `${info.documentsDir}${separator}${safeFileName(title)}.pdf` : '',
  )
  const [outcome, setOutcome] = useState<{ path: string } | { error: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    setOutcome(await save(path.trim()))
    setBusy(false)
  }
  return (
    <div className="brief-field">
      <label htmlFor="brief-pdf-path">{t('briefPdfPath')}</label>
      <input
        id="brief-pdf-path"
        type="text"
        value={path}
        spellCheck={false}
        onChange={(e) => setPath(e.target.value)}
      />
      <BrowseButton purpose="savePdf" current={path} onChosen={setPath} label={t('briefPdfPath')} />
      <div className="actions">
        <button type="button" disabled={busy || path.trim() === ''} onClick={() => void run()}>
          {t('briefSavePdf')}
        </button>
      </div>
      {outcome && 'error' in outcome && (
        <p className="field-error" role="alert">
          {outcome.error}
        </p>
      )}
      {outcome && 'path' in outcome && (
        <p role="status">
          {t('briefSaved')} {outcome.path}
        </p>
      )}
    </div>
  )
}

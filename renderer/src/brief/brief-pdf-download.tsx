import { useState } from 'react'
import { BRIEF_PDF_NO_BROWSER, BRIEF_PDF_PATH } from '@shared/brief/brief-pdf-request'
import type { BriefPdfRequest } from '@shared/brief/brief-pdf-request'
import { authorizationHeader, loopbackToken } from '../api/loopback-token'
import { downloadUrl, safeFileName } from '../format/download'
import { useTranslate } from '../i18n/use-translate'

/** The brief as the host needs it to print it alone: the print root and the app's style sheets. */
export function briefPdfRequest(title: string): BriefPdfRequest | undefined {
  const root = document.querySelector('.brief-print-root')
  if (!root) return undefined
  const stylesheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
    .map((link) => new URL(link.href, document.baseURI))
    .filter((url) => url.origin === window.location.origin)
    .map((url) => url.pathname.replace(/^\//, ''))
  return { html: root.outerHTML, stylesheets, fileName: `${safeFileName(title)}.pdf` }
}

type Outcome = { file: string } | { error: string }

/**
 * Loopback host only: "Download PDF" — the host prints the brief with a headless Chromium of the
 * machine (the same engine and print style sheet as the browser's print) and the PDF is offered
 * as a download. Without such a browser the host says so, and the browser's print remains.
 */
export function BriefPdfDownload({ title }: { title: string }) {
  const t = useTranslate()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const run = async () => {
    const request = briefPdfRequest(title)
    if (!request) return
    setBusy(true)
    setOutcome(null)
    try {
      setOutcome(await fetchPdf(request))
    } catch (error) {
      setOutcome({ error: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="brief-field">
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void run()}>
          {t('briefDownloadPdf')}
        </button>
      </div>
      {busy && <p role="status">{t('briefDownloadBusy')}</p>}
      {outcome && 'error' in outcome && (
        <p className="field-error" role="alert">
          {outcome.error === BRIEF_PDF_NO_BROWSER
            ? t('briefPdfNoBrowser')
            : `${t('briefPdfFailed')} ${outcome.error}`}
        </p>
      )}
      {outcome && 'file' in outcome && (
        <p role="status">
          {t('briefDownloaded')} {outcome.file}
        </p>
      )}
    </div>
  )
}

async function fetchPdf(request: BriefPdfRequest): Promise<Outcome> {
  const response = await fetch(`.${BRIEF_PDF_PATH}`, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json', ...authorizationHeader(loopbackToken()) },
    body: JSON.stringify(request),
  })
  if (response.headers.get('Content-Type') === 'application/pdf') {
    const url = URL.createObjectURL(await response.blob())
    downloadUrl(request.fileName, url)
    // Give the download time to start before the bytes are released.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return { file: request.fileName }
  }
  const answer = (await response.json()) as { ok: false; error: { message: string } }
  return { error: answer.error.message }
}

import { createPortal } from 'react-dom'
import type { BriefOptions } from '@shared/brief/brief-options'
import { BriefDocument } from './brief-document'
import { pageStyle } from './brief-page-style'
import type { BriefView } from './brief-source'

/**
 * The copy of the brief the printer sees, beside the app's root: hidden on screen, alone on the
 * page when printing (the browser's print, or the desktop app's printToPDF), with its page box.
 */
export function BriefPrintRoot({ view, options }: { view: BriefView; options: BriefOptions }) {
  return createPortal(
    <div className="brief-print-root">
      <style>{pageStyle(view.content, options)}</style>
      <BriefDocument view={view} options={options} />
    </div>,
    document.body,
  )
}

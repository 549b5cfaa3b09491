import { createPortal } from 'react-dom'
import type { BriefOptions } from '@shared/brief/brief-options'
import type { BriefView } from '@shared/brief/compose-brief'
import { BriefPrintContent } from './brief-print-content'
// The brief's style sheet belongs to the page (preview and print root alike); the command line
// prints with the built one, so the components it renders to HTML import no CSS.
import './brief.css'

/**
 * The copy of the brief the printer sees, beside the app's root: hidden on screen, alone on the
 * page when printing (the browser's print, or the desktop app's printToPDF), with its page box.
 */
export function BriefPrintRoot({ view, options }: { view: BriefView; options: BriefOptions }) {
  return createPortal(<BriefPrintContent view={view} options={options} />, document.body)
}

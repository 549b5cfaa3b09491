import type { BriefOptions } from '@shared/brief/brief-options'
import type { BriefView } from '@shared/brief/compose-brief'
import { BriefDocument } from './brief-document'
import { pageStyle } from './brief-page-style'

/**
 * What the printer sees of a brief: its page box and the document. The app portals it beside its
 * root (BriefPrintRoot); the command line renders the same element to HTML (briefPrintHtml).
 */
export function BriefPrintContent({ view, options }: { view: BriefView; options: BriefOptions }) {
  return (
    <div className="brief-print-root">
      <style>{pageStyle(view.content, options)}</style>
      <BriefDocument view={view} options={options} />
    </div>
  )
}

import { renderToStaticMarkup } from 'react-dom/server'
import type { BriefOptions } from '@shared/brief/brief-options'
import type { BriefView } from '@shared/brief/compose-brief'
import { BriefPrintContent } from './brief-print-content'

/**
 * The brief's print root as HTML, without a browser: the components draw their charts as plain
 * SVG and use no effect or measure of the page, so this is the markup the app's print root holds.
 * `levier brief` prints it as the loopback host prints the page's ("Download PDF").
 */
export function briefPrintHtml(view: BriefView, options: BriefOptions): string {
  return renderToStaticMarkup(<BriefPrintContent view={view} options={options} />)
}

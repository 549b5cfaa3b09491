import { z } from 'zod'

/** The loopback host's "Download PDF" endpoint: same origin, token-checked, outside the API calls. */
export const BRIEF_PDF_PATH = '/api/brief.pdf'
/** The largest brief document the host accepts (a typical brief's HTML is a few hundred kB). */
export const BRIEF_PDF_MAX_BYTES = 5 * 1024 * 1024

/**
 * The host's answer when the machine has no Chromium-family browser to print with; the page
 * recognises it and says it in the interface's language.
 */
export const BRIEF_PDF_NO_BROWSER =
  'Aucun navigateur Chromium trouvé pour produire le PDF : utilisez « Imprimer » puis « Enregistrer au format PDF ».'

/**
 * What the page sends to have its brief printed by the host: the print root's HTML, the page's
 * own style sheets (built assets, named by path only, so nothing else can be pulled in) and the
 * file name to offer.
 */
export const briefPdfRequestSchema = z.object({
  html: z
    .string()
    .min(1, 'the brief is empty')
    .refine((html) => html.includes('brief-print-root'), 'this is not a brief'),
  stylesheets: z
    .array(
      z
        .string()
        .regex(/^\.?\/?assets\/[A-Za-z0-9._-]+\.css$/, 'a style sheet must be one of the app’s'),
    )
    .max(20),
  fileName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^\\/:*?"<>|]+\.pdf$/, 'the file name must end in .pdf, with no path in it')
    .refine((name) => [...name].every((c) => c.charCodeAt(0) >= 32), 'no control characters'),
})
export type BriefPdfRequest = z.infer<typeof briefPdfRequestSchema>

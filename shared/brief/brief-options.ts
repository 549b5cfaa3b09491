import { z } from 'zod'
import { LANGUAGES } from '../app-identity'

/** The sections a brief can hold; the analyst chooses which to print. */
export const BRIEF_SECTIONS = [
  'summary',
  'levers',
  'charts',
  'ledger',
  'incidence',
  'consumer',
  'assumptions',
  'method',
  'comparison',
  'attribution',
] as const
export type BriefSection = (typeof BRIEF_SECTIONS)[number]

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`)

/** What the analyst sets before printing a brief: validated wherever it crosses a boundary. */
export const briefOptionsSchema = z.strictObject({
  /** The brief's language, independent of the interface's. */
  language: z.enum(LANGUAGES),
  paper: z.enum(['A4', 'Letter']),
  author: text(200),
  organisation: text(200),
  /** Free text printed under the summary box. */
  summary: text(5000),
  caveats: text(5000),
  sections: z.strictObject(
    Object.fromEntries(BRIEF_SECTIONS.map((s) => [s, z.boolean()])) as Record<
      BriefSection,
      z.ZodBoolean
    >,
  ),
  /** Fan charts where a Monte Carlo result is at hand. */
  uncertainty: z.boolean(),
})
export type BriefOptions = z.infer<typeof briefOptionsSchema>

export const DEFAULT_BRIEF_OPTIONS: BriefOptions = {
  language: 'fr',
  paper: 'A4',
  author: '',
  organisation: '',
  summary: '',
  caveats: '',
  sections: Object.fromEntries(BRIEF_SECTIONS.map((s) => [s, true])) as Record<
    BriefSection,
    boolean
  >,
  uncertainty: true,
}

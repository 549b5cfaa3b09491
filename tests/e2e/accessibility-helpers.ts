import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import en from '../../shared/i18n/en.json' with { type: 'json' }
import fr from '../../shared/i18n/fr.json' with { type: 'json' }

export type Messages = typeof fr
export const MESSAGES: Record<'fr' | 'en', Messages> = { fr, en: en as Messages }

/** WCAG 2.1 A and AA: the level RGAA 4.1 requires of French public administrations. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export interface Finding {
  readonly state: string
  readonly id: string
  readonly impact: string
  readonly targets: string[]
}

/**
 * Every serious or critical violation axe-core finds in the page as it stands, tagged with the
 * state it was found in. Nothing is excluded: Plotly's SVG is checked like our own markup.
 */
export async function audit(page: Page, state: string): Promise<Finding[]> {
  // Let pending redraws and transitions settle: axe reads computed colours and the DOM as shown.
  await page.waitForTimeout(150)
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      state,
      id: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map((node) => node.target.join(' ')),
    }))
}

/** One line per violation, for the failure message: rule, impact, state and where. */
export function describe(findings: readonly Finding[]): string {
  return findings
    .map((f) => `${f.id} (${f.impact}) in ${f.state}: ${f.targets.slice(0, 8).join(' | ')}`)
    .join('\n')
}

/** Switch the interface's language from the title bar, as a user does. */
export async function useLanguage(page: Page, language: 'fr' | 'en'): Promise<void> {
  if (language === 'en') await page.getByRole('button', { name: 'English' }).click()
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language)
}

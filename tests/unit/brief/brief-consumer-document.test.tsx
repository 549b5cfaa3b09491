// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Language } from '@shared/app-identity'
import { DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import type { BriefOptions } from '@shared/brief/brief-options'
import { composeBrief } from '@shared/brief/compose-brief'
import type { BriefInputs } from '@shared/brief/compose-brief'
import { BriefDocument } from '../../../renderer/src/brief/brief-document'
import { NOW, baseline, briefInput } from './brief-fixtures'

afterEach(cleanup)

const TITLE = { fr: 'Le consommateur et l’environnement', en: 'The consumer and the environment' }

function show(language: Language, sections: Partial<BriefOptions['sections']> = {}) {
  const options: BriefOptions = {
    ...DEFAULT_BRIEF_OPTIONS,
    language,
    sections: { ...DEFAULT_BRIEF_OPTIONS.sections, ...sections },
  }
  const inputs: BriefInputs = {
    kind: 'scenario',
    scenarios: [briefInput('dst-6')],
    reference: null,
    baseline,
    appVersion: '0.1.0',
  }
  const content = composeBrief(inputs, options, NOW)
  if (!content) throw new Error('no brief')
  render(<BriefDocument view={{ content, inputs }} options={options} />)
  return content
}

describe('the printed consumer section', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`follows who pays, with its sentences and its table (${language})`, () => {
      const content = show(language)
      const heading = screen.getByRole('heading', { name: TITLE[language] })
      const section = heading.closest('section')
      if (!section || !content.consumer) throw new Error('no consumer section')
      const items = within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
      expect(items).toEqual(content.consumer.sentences)
      const rows = within(section).getAllByRole('row')
      expect(rows).toHaveLength(content.consumer.table.rows.length + 1)
      // Read after the fiscal and social sections (ledger, who pays), before the assumptions.
      const order = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
      const at = order.indexOf(TITLE[language])
      const whoPays = language === 'fr' ? 'Qui paie' : 'Who pays'
      expect(at).toBe(order.indexOf(whoPays) + 1)
    })
  }

  it('is left out when its section is off', () => {
    show('fr', { consumer: false })
    expect(screen.queryByRole('heading', { name: TITLE.fr })).toBeNull()
  })
})

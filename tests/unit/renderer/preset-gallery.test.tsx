// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { PRESETS } from '@shared/model/scenario/presets'
import en from '../../../shared/i18n/en.json' with { type: 'json' }
import fr from '../../../shared/i18n/fr.json' with { type: 'json' }
import { renderEmptyWorkbench } from '../../helpers/empty-workbench'

afterEach(cleanup)

/** The workbench on an empty workbook; what it asked the host to create is kept. */
async function renderEmptyWorkbook(readOnly = false, language = 'fr') {
  const created: unknown[] = []
  await renderEmptyWorkbench({
    dataDir: '/d',
    workbookPath: '/d/V.levier',
    readOnly,
    language,
    override: (name, request) => {
      if (name !== 'createScenario') return undefined
      created.push(request)
      return { ok: false, error: { code: 'refused', message: 'not in this test' } }
    },
  })
  return created
}

describe('the presets gallery of an empty workbook', () => {
  it('shows every preset as a card: its name as a heading, one line on what it is, its source', async () => {
    await renderEmptyWorkbook()
    const gallery = screen.getByRole('region', { name: fr.galleryTitle })
    const cards = within(gallery).getAllByRole('listitem')
    expect(cards).toHaveLength(PRESETS.length)
    PRESETS.forEach((preset, i) => {
      const card = cards[i] as HTMLElement
      expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe(preset.label.fr)
      expect(card.textContent).toContain(preset.summary.fr)
      expect(card.textContent).toContain(`${fr.gallerySource}${fr.colon} ${preset.source}`)
    })
  })

  it('creates a scenario from the preset chosen, with a real button (Enter and Space work)', async () => {
    const created = await renderEmptyWorkbook()
    const gallery = screen.getByRole('region', { name: fr.galleryTitle })
    const button = within(gallery).getByRole('button', { name: PRESETS[1]?.label.fr })
    expect(button.tagName).toBe('BUTTON')
    expect(button.getAttribute('type')).toBe('button')
    await act(async () => fireEvent.click(button))
    expect(created).toEqual([{ preset: PRESETS[1]?.id }])
  })

  it('is in English when the interface is', async () => {
    await renderEmptyWorkbook(false, 'en')
    const gallery = screen.getByRole('region', { name: en.galleryTitle })
    expect(within(gallery).getAllByRole('heading', { level: 3 })[0]?.textContent).toBe(
      PRESETS[0]?.label.en,
    )
    expect(gallery.textContent).toContain(PRESETS[0]?.summary.en)
  })

  it('is not offered in a read-only workbook, where nothing can be created', async () => {
    await renderEmptyWorkbook(true)
    expect(screen.queryByRole('region', { name: fr.galleryTitle })).toBeNull()
  })
})

describe('every preset', () => {
  it('has a one-line summary in both languages and a source', () => {
    for (const preset of PRESETS) {
      for (const text of [preset.summary.fr, preset.summary.en]) {
        expect(text.length).toBeGreaterThan(20)
        expect(text.length).toBeLessThanOrEqual(140)
        expect(text).not.toContain('\n')
      }
      expect(preset.source.length).toBeGreaterThan(5)
    }
  })
})

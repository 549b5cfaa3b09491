// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import en from '../../../shared/i18n/en.json' with { type: 'json' }
import fr from '../../../shared/i18n/fr.json' with { type: 'json' }
import { renderEmptyWorkbench } from '../../helpers/empty-workbench'

afterEach(cleanup)

const renderShell = () => renderEmptyWorkbench()

describe('workbench shell', () => {
  it('opens in French with the empty state, version and data folder', async () => {
    await renderShell()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(fr.emptyTitle)
    expect(screen.getByTestId('app-version').textContent).toBe(`${fr.versionLabel} 0.1.0`)
    expect(screen.getByTestId('data-dir').textContent).toBe('/data')
    expect(screen.getByTestId('workbook-name').textContent).toBe('Levier.levier')
    expect(screen.getByTestId('workbook-path').textContent).toBe('/data/workbooks/Levier.levier')
    expect(document.documentElement.lang).toBe('fr')
    expect(screen.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
  })

  it('switches every visible label to English', async () => {
    await renderShell()
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'English' })))
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.emptyTitle)
    expect(screen.getByRole('group', { name: en.languageLabel })).toBeTruthy()
    expect(document.documentElement.lang).toBe('en')
    expect(document.body.textContent).not.toContain(fr.emptyLead)
  })
})

/** Words spelled the same in both languages, listed on purpose; any other identical text is a miss. */
const SPELLED_ALIKE = new Set([
  'dateCol',
  'noteCol',
  'versionCol',
  'versionLabel',
  'gallerySource',
  'adoptionTab',
  'adoptionActions',
  'exportPng',
  'exportSvg',
  'exportChartCsv',
  'exportXlsx',
  'leverSources',
  'helpActionCol',
  'descriptionLabel',
  'explainSourceCol',
  'compareAttributionTab',
])

describe('catalogues', () => {
  it('have the same keys and no empty or untranslated text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort())
    for (const key of Object.keys(fr) as Array<keyof typeof fr>) {
      expect(fr[key].trim()).not.toBe('')
      expect(en[key].trim()).not.toBe('')
    }
    const identical = (Object.keys(fr) as Array<keyof typeof fr>).filter(
      (key) => fr[key] === en[key],
    )
    // Words spelled the same in both languages are listed here on purpose; anything else is a miss.
    expect(identical.filter((key) => !SPELLED_ALIKE.has(key))).toEqual([])
  })
})

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

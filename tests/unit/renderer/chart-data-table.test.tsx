// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ChartDataTable } from '../../../renderer/src/charts/chart-data-table'

afterEach(cleanup)

const NNBSP = '\u202f'
const rows = [
  ['Année', 'Solde (bn_eur)', 'Part (share)'],
  [2030, -1234.5, 0.125],
  [2031, Number.NaN, 0.5],
]

describe('a chart’s data table, its text alternative', () => {
  it('has a caption, column and row headers, and numbers as the French screen writes them', () => {
    render(
      <ChartDataTable
        id="t"
        caption="Données du graphique — Solde"
        rows={rows}
        columnUnits={['year', 'bn_eur', 'share']}
        language="fr"
      />,
    )
    const table = screen.getByRole('table', { name: 'Données du graphique — Solde' })
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    // Unit codes of the exports become the units the interface writes.
    expect(headers).toEqual(['Année', 'Solde (Md€)', 'Part (part)'])
    expect(within(table).getByRole('rowheader', { name: '2030' })).toBeTruthy()
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent)
    expect(cells).toEqual([`−1${NNBSP}234,5${NNBSP}Md€`, `12,5${NNBSP}%`, '—', `50${NNBSP}%`])
  })

  it('writes English numbers in English', () => {
    render(
      <ChartDataTable
        id="t"
        caption="Chart data"
        rows={rows}
        columnUnits={['year', 'bn_eur', 'share']}
        language="en"
      />,
    )
    const cells = screen.getAllByRole('cell').map((c) => c.textContent)
    expect(cells[0]).toBe('−€1,234.5bn')
    expect(cells[1]).toBe('12.5%')
  })
})

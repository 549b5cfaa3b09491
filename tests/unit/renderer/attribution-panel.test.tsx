// @vitest-environment jsdom
import { csvNumber, readCsv } from '@shared/format/csv-read'
import { shownDigits } from '@shared/format/format-value'
import { csvDialect } from '@shared/format/csv-dialect'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import plotly from 'plotly.js-basic-dist-min'
import { attribute } from '@shared/model/comparison/attribution'
import { getBaseline } from '@shared/model/baseline/baselines'
import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { LEVER_GROUPS } from '@shared/model/levers/lever-groups'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { simulate } from '@shared/model/engine/simulate'
import { AttributionPanel } from '../../../renderer/src/compare/attribution-panel'
import { signed } from '../../../renderer/src/compare/attribution-table'
import type * as DownloadModule from '../../../renderer/src/format/download'
import { formatValue, parseNumber } from '../../../renderer/src/format/format-value'
import fr from '../../../shared/i18n/fr.json' with { type: 'json' }
import { createLevierStore, StoreProvider } from '../../../renderer/src/store'
import type { ComparedScenario } from '../../../renderer/src/store/types'
import { fakeApi } from '../../helpers/one-scenario-host'

vi.mock('plotly.js-basic-dist-min', () => import('../../helpers/plotly-stub'))
const downloads = vi.hoisted(() => [] as Array<{ name: string; content: string | Uint8Array }>)
vi.mock('../../../renderer/src/format/download', async (original) => ({
  ...(await original<typeof DownloadModule>()),
  download: (name: string, content: string | Uint8Array) => downloads.push({ name, content }),
}))

function compared(id: string, name: string, document: Scenario): ComparedScenario {
  return {
    id,
    name,
    inTrash: false,
    document,
    projection: simulate(document, getBaseline(document.baseline)),
  }
}

/** The DST with its tier, the data levy and the platform contribution: four players. */
function fourLevers(): Scenario {
  const s = defaultScenario('dst-15-tier')
  s.levers.dataLevy = { ...s.levers.dataLevy, enabled: true, ratePerUser: 2 }
  s.levers.platformContribution = { ...s.levers.platformContribution, enabled: true, rate: 0.1 }
  return s
}

const single = compared('a', 'TSN 6 %', defaultScenario('dst-6'))
const four = compared('b', 'Quatre leviers', fourLevers())
const gap: ComparisonMeasure = { kind: 'indicator', id: 'robss_balance_change_cumulative' }

function renderPanel(scenarios: readonly ComparedScenario[]) {
  const store = createLevierStore(fakeApi({}))
  render(
    <StoreProvider store={store}>
      <AttributionPanel scenarios={scenarios} fileName="Comparaison" />
    </StoreProvider>,
  )
}

/** A formatted amount read back as a number (the unit dropped). */
function readBack(text: string): number {
  const value = parseNumber(text.replace(/[^\d,.\-−+]/g, ''), 'fr')
  if (value === null) throw new Error(`not a number: ${text}`)
  return value
}

function rowCells(name: string): string[] {
  const header = screen.getByRole('rowheader', { name })
  const row = header.closest('tr') as HTMLTableRowElement
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '')
}

const label = (id: 'dst' | 'dataLevy' | 'platformContribution') =>
  LEVER_GROUPS.find((g) => g.id === id)?.label.fr as string

beforeEach(() => {
  vi.mocked(plotly.react).mockClear()
  downloads.length = 0
})
afterEach(cleanup)

describe('the attribution panel', () => {
  it('opens on the first scenario with two levers or more, with the cumulative effect on the ROBSS balance', () => {
    renderPanel([single, four])
    expect((screen.getByLabelText(fr.attribScenario) as HTMLSelectElement).value).toBe('b')
    expect((screen.getByLabelText(fr.attribMeasure) as HTMLSelectElement).value).toBe(
      'indicator:robss_balance_change_cumulative',
    )
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('shows each lever’s Shapley share and effect alone, and shares that add up to the total', () => {
    renderPanel([four])
    const a = attribute(four.document, getBaseline(four.document.baseline), gap)
    const names = [label('dst'), fr.attribDstTier, label('dataLevy'), label('platformContribution')]
    expect(a.shares.map((s) => s.lever)).toEqual([
      'dst',
      'dstTier',
      'dataLevy',
      'platformContribution',
    ])
    a.shares.forEach((share, i) => {
      const [shapley, , alone] = rowCells(names[i] as string)
      expect(shapley).toBe(signed(share.shapley, 'bn_eur', 'fr'))
      expect(alone).toBe(signed(share.alone, 'bn_eur', 'fr'))
    })
    const [total, percent, aloneTotal] = rowCells(fr.attribTotal)
    expect(total).toBe(signed(a.total, 'bn_eur', 'fr'))
    expect(percent).toBe(formatValue(1, 'share', 'fr'))
    expect(aloneTotal).toBe(total)
    expect(rowCells(fr.attribInteraction)[2]).toBe(signed(a.interaction, 'bn_eur', 'fr'))
    // What is shown adds up, within the rounding of one decimal per line.
    const shown = names.map((n) => readBack(rowCells(n)[0] as string))
    const sum = shown.reduce((x, y) => x + y, 0)
    expect(Math.abs(sum - readBack(total as string))).toBeLessThanOrEqual(0.05 * (names.length + 1))
    const alones = [...names, fr.attribInteraction].map((n) => readBack(rowCells(n)[2] as string))
    expect(Math.abs(alones.reduce((x, y) => x + y, 0) - readBack(total as string))).toBeLessThan(
      0.05 * (names.length + 2),
    )
  })

  it('draws a waterfall from without the levers to with them, each lever starting where the last ended', async () => {
    renderPanel([four])
    const a = attribute(four.document, getBaseline(four.document.baseline), gap)
    await waitFor(() => expect(plotly.react).toHaveBeenCalled())
    const [, data] = vi.mocked(plotly.react).mock.calls.at(-1) ?? []
    const trace = data?.[0] as { y: number[]; base: number[]; x: string[] }
    expect(trace.y).toHaveLength(a.shares.length + 2)
    expect(trace.y[0]).toBe(a.without)
    expect(trace.y.at(-1)).toBe(a.with)
    expect(trace.base.at(-1)).toBe(0)
    for (let i = 1; i < trace.y.length - 1; i++) {
      const previousEnd = (trace.base[i - 1] as number) + (trace.y[i - 1] as number)
      expect(trace.base[i]).toBeCloseTo(previousEnd, 9)
    }
    const lastLever = trace.y.length - 2
    expect((trace.base[lastLever] as number) + (trace.y[lastLever] as number)).toBeCloseTo(
      a.with,
      9,
    )
    expect(screen.getByRole('img', { name: new RegExp(fr.attribChartTitle) })).toBeTruthy()
  })

  it('says plainly when the scenario has a single lever, and still shows its one bar', async () => {
    renderPanel([single, four])
    fireEvent.change(screen.getByLabelText(fr.attribScenario), { target: { value: 'a' } })
    expect(screen.getByRole('status').textContent).toBe(fr.attribSingle)
    const [shapley, percent, alone] = rowCells(label('dst'))
    expect(shapley).toBe(alone)
    expect(percent).toBe(formatValue(1, 'share', 'fr'))
    await waitFor(() => {
      const [, data] = vi.mocked(plotly.react).mock.calls.at(-1) ?? []
      expect((data?.[0] as { y: number[] }).y).toHaveLength(3)
    })
  })

  it('says there is nothing to attribute without levers, and shows no table', () => {
    renderPanel([compared('n', 'Aucun', defaultScenario('current-law'))])
    expect(screen.getByRole('status').textContent).toBe(fr.attribNone)
    expect(screen.queryByRole('table')).toBeNull()
  })

  it('attributes a series in a chosen year, in its own unit', () => {
    renderPanel([four])
    fireEvent.change(screen.getByLabelText(fr.attribMeasure), {
      target: { value: 'series:robss_balance_pct_gdp' },
    })
    fireEvent.change(screen.getByLabelText(fr.attribYear), { target: { value: '2030' } })
    const measure: ComparisonMeasure = { kind: 'series', id: 'robss_balance_pct_gdp', year: 2030 }
    const a = attribute(four.document, getBaseline(four.document.baseline), measure)
    expect(rowCells(fr.attribTotal)[0]).toBe(signed(a.total, 'pct_gdp', 'fr'))
    expect(rowCells(label('dst'))[0]).toBe(signed(a.shares[0]?.shapley as number, 'pct_gdp', 'fr'))
  })

  it('exports the table whose share column adds up to its total line', () => {
    renderPanel([four])
    fireEvent.click(screen.getByRole('button', { name: fr.attribExportCsv }))
    const csv = downloads.at(-1)
    expect(csv?.name).toBe(`Comparaison-Quatre leviers-${fr.attribFile}.csv`)
    const dialect = csvDialect('fr')
    const { head, rows: cells } = readCsv(String(csv?.content), dialect)
    expect(head.map(([label]) => label)).toContain(fr['export.provenance.model'])
    const number = (text: string | undefined) => csvNumber(text, dialect)
    const levers = cells.slice(1, 5)
    const total = cells.at(-1) as string[]
    expect(total[0]).toBe(fr.attribTotal)
    // Each figure is rounded as the screen shows it: the sum is the total within half a last
    // digit per figure.
    const shares = levers.map((row) => number(row[1]))
    const sum = shares.reduce((s, v) => s + v, 0)
    const slack = [...shares, number(total[1])].reduce(
      (s, v) => s + 0.5 * 10 ** -shownDigits(v, 'bn_eur'),
      1e-9,
    )
    expect(Math.abs(sum - number(total[1]))).toBeLessThanOrEqual(slack)
    fireEvent.click(screen.getByRole('button', { name: fr.attribExportXlsx }))
    expect(downloads.at(-1)?.name).toBe(`Comparaison-Quatre leviers-${fr.attribFile}.xlsx`)
    expect(downloads.at(-1)?.content).toBeInstanceOf(Uint8Array)
  })
})

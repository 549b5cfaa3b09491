// @vitest-environment jsdom
import { MODEL_VERSION } from '@shared/model/engine/version'
import { versionText } from '@shared/format/export-provenance'
import { readCsv } from '@shared/format/csv-read'
import { csvDialect } from '@shared/format/csv-dialect'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { INDICATORS } from '@shared/model/engine/series'
import { simulate } from '@shared/model/engine/simulate'
import { CompareUncertainty } from '../../../renderer/src/compare/compare-uncertainty'
import type * as DownloadModule from '../../../renderer/src/format/download'
import { parseNumber } from '../../../renderer/src/format/format-value'
import fr from '../../../shared/i18n/fr.json' with { type: 'json' }
import { UncertaintyJob } from '../../../renderer/src/sim/uncertainty-job'
import { createLevierStore, StoreProvider } from '../../../renderer/src/store'
import type { LevierStore } from '../../../renderer/src/store'
import type { ComparedScenario } from '../../../renderer/src/store/types'
import { oneScenarioHost } from '../../helpers/one-scenario-host'
import { readXlsx } from '../../helpers/xlsx-read'
import { lastRun, runs } from '../../helpers/fake-monte-carlo'

vi.mock('plotly.js-basic-dist-min', () => ({
  default: {
    react: vi.fn(async () => undefined),
    purge: vi.fn(),
    toImage: vi.fn(),
    Plots: { resize: vi.fn() },
  },
}))
const fake = vi.hoisted(() => ({
  files: [] as Array<{ name: string; content: string | Uint8Array }>,
}))
vi.mock(
  '../../../renderer/src/sim/monte-carlo-runner',
  () => import('../../helpers/fake-monte-carlo'),
)
vi.mock('../../../renderer/src/format/download', async (original) => ({
  ...(await original<typeof DownloadModule>()),
  download: (name: string, content: string | Uint8Array) => fake.files.push({ name, content }),
}))

const compared = (id: string, name: string, document: Scenario): ComparedScenario => ({
  id,
  name,
  inTrash: false,
  document,
  projection: simulate(document, getBaseline(document.baseline)),
})
/**
 * The DST's elasticity held at its central 0.1: at 6–7 % it stays below 1 (0.1 × 7/3), so the
 * higher rate collects more in every draw and the paired order must hold in all of them.
 */
function dstAt(rate: number): Scenario {
  const scenario = defaultScenario('dst-6')
  scenario.levers.dst.rate = rate
  scenario.assumptions['dst.rate_elasticity'] = 0.1
  return scenario
}
const SCENARIOS = [
  compared('a', 'TSN 6 %', dstAt(0.06)),
  compared('b', 'TSN 7 %', dstAt(0.07)),
  compared('c', 'Plateformes', defaultScenario('platform-profit-10')),
]
const GAP = INDICATORS.find((i) => i.id === 'robss_balance_change_cumulative')?.fr as string

function renderView(scenarios: readonly ComparedScenario[] = SCENARIOS) {
  const store = createLevierStore(oneScenarioHost(defaultScenario('current-law')).api)
  const view = (list: readonly ComparedScenario[]) => (
    <StoreProvider store={store}>
      <CompareUncertainty scenarios={list} fileName="Ma comparaison" />
    </StoreProvider>
  )
  const { rerender } = render(view(scenarios))
  return { store, rerender: (list: readonly ComparedScenario[]) => rerender(view(list)) }
}

/** What the worker would send for scenario `k`: a real run with the settings it was given. */
function finish(k: number) {
  const { settings } = lastRun()
  const document = SCENARIOS[k]?.document as Scenario
  expect(settings.scenario).toBe(document)
  const job = new UncertaintyJob(
    document,
    getBaseline(document.baseline),
    settings.draws,
    settings.seed,
    { indicatorDraws: settings.indicatorDraws },
  )
  job.step(settings.draws)
  return act(async () => lastRun().handlers.onDone(job.result()))
}

async function runAll(store: LevierStore) {
  fireEvent.click(screen.getByRole('button', { name: fr.cmcRun }))
  for (let k = 0; k < 3; k++) await finish(k)
  expect(store.getState().monteCarlo.compare.status).toBe('done')
}

beforeEach(() => {
  runs.length = 0
  fake.files.length = 0
})
afterEach(cleanup)

describe('the comparison under uncertainty', () => {
  it('refuses letters and out-of-range draws inline, and starts nothing', () => {
    renderView()
    const draws = screen.getByLabelText(fr.cmcDraws)
    fireEvent.change(draws, { target: { value: 'deux mille' } })
    fireEvent.click(screen.getByRole('button', { name: fr.cmcRun }))
    expect(screen.getByRole('alert').textContent).toBe(fr.notANumber)
    expect(draws.getAttribute('aria-invalid')).toBe('true')
    fireEvent.change(draws, { target: { value: '100 001' } })
    fireEvent.click(screen.getByRole('button', { name: fr.cmcRun }))
    expect(screen.getByRole('alert').textContent).toBe(
      `${fr.mcWholeBetween} 100 ${fr.mcAnd} 100\u202f000.`,
    )
    expect(runs).toHaveLength(0)
  })

  it('runs every scenario in turn with one seed, with progress, then percentiles and pairs', async () => {
    const { store } = renderView()
    expect((screen.getByLabelText(fr.cmcDraws) as HTMLInputElement).value).toBe('2\u202f000')
    expect(
      (screen.getByRole('combobox', { name: fr.cmcIndicator }) as HTMLSelectElement).value,
    ).toBe('robss_balance_change_cumulative')
    expect(screen.getByLabelText(fr.cmcSeed).getAttribute('aria-describedby')).toBe('cmc-seed-hint')
    fireEvent.click(screen.getByRole('button', { name: fr.cmcRun }))
    expect(lastRun().settings).toMatchObject({ draws: 2000, seed: 1, indicatorDraws: true })
    await act(async () => lastRun().handlers.onProgress(1000, 2000))
    const bar = screen.getByRole('progressbar', { name: fr.cmcProgress })
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['1000', '6000'])
    expect(screen.getByTestId('cmc-progress-text').textContent).toContain(
      'Scénario 1 sur 3 (TSN 6 %) : 1\u202f000 tirages sur 2\u202f000',
    )
    expect(screen.getByTestId('cmc-percent').textContent).toBe('16\u202f%')
    await finish(0)
    await act(async () => lastRun().handlers.onProgress(500, 2000))
    expect(bar.getAttribute('value')).toBe('2500')
    expect(runs.map((r) => r.settings.seed)).toEqual([1, 1])
    await finish(1)
    await finish(2)
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(screen.getByRole('status').textContent).toMatch(
      /^3 scénarios × 2\u202f000 tirages en .+ \(graine 1\)$/,
    )

    const table = screen.getByRole('table', { name: `${fr.cmcTableTitle} — ${GAP}` })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(
      SCENARIOS.map((s) => s.name),
    )
    for (const row of rows) {
      const [p5, p50, p95] = within(row)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((cell) => parseNumber((cell.textContent ?? '').replace('Md€', ''), 'fr') as number)
      expect(p5).toBeLessThanOrEqual(p50 as number)
      expect(p50).toBeLessThanOrEqual(p95 as number)
      expect(p5).toBeLessThan(p95 as number)
    }
    expect(await screen.findByRole('img', { name: `${fr.cmcChartTitle} — ${GAP}` })).toBeTruthy()

    const pairs = screen.getAllByTestId('cmc-pair').map((li) => li.textContent ?? '')
    expect(pairs).toHaveLength(3)
    // The same draws for both: a higher DST rate improves the ROBSS balance in every one of them.
    expect(pairs[0]).toContain(
      '« TSN 6 % » est inférieur à « TSN 7 % » dans 100\u202f% des tirages',
    )
    for (const text of pairs) expect(text).toMatch(/se chevauchent|ne se chevauchent pas/)
    expect(screen.queryByTestId('cmc-stale')).toBeNull()

    // Another indicator: read from the same run, nothing restarted.
    const label = INDICATORS.find((i) => i.id === 'increment_total_cumulative')?.fr
    fireEvent.change(screen.getByRole('combobox', { name: fr.cmcIndicator }), {
      target: { value: 'increment_total_cumulative' },
    })
    expect(runs).toHaveLength(3)
    expect(screen.getByRole('table', { name: `${fr.cmcTableTitle} — ${label}` })).toBeTruthy()
    expect(screen.getAllByTestId('cmc-pair')[0]?.textContent).toContain(
      '« TSN 6 % » est inférieur à « TSN 7 % » dans 100\u202f% des tirages',
    )
    expect(store.getState().compareMcIndicator).toBe('increment_total_cumulative')
  })

  it('exports the percentiles as CSV and XLSX, one row per scenario', async () => {
    const { store } = renderView()
    await runAll(store)
    const title = `${fr.cmcTableTitle} — ${GAP}`
    fireEvent.click(screen.getByRole('button', { name: `${fr.exportCsv} — ${title}` }))
    fireEvent.click(screen.getByRole('button', { name: `${fr.exportXlsxAction} — ${title}` }))
    const [csv, xlsx] = fake.files
    expect(csv?.name).toBe(
      'Ma comparaison-incertitude-comparee-robss_balance_change_cumulative-centiles.csv',
    )
    const { head, rows: lines } = readCsv(csv?.content as string, csvDialect('fr'))
    // What produced it first (the compared scenarios are named from the compare view's store:
    // see table-exports.test.tsx), then the table.
    expect(head.find(([label]) => label === fr['export.provenance.model'])?.[1]).toBe(
      versionText(MODEL_VERSION),
    )
    expect(lines).toHaveLength(4)
    // The headings of the scenario's percentile table, with a scenario in each row.
    expect(lines[0]).toEqual([
      fr.cmcScenarioCol,
      fr.mcP5,
      fr.mcP25,
      fr.mcMedian,
      fr.mcP75,
      fr.mcP95,
      fr.mcCentral,
      fr.compareUnitCol,
      fr.mcSkippedCol,
      fr.cmcUncertainCol,
    ])
    expect(lines[1]?.[0]).toBe('TSN 6 %')
    // The unit in words, as the screen and the XLSX write it.
    expect(lines[1]?.[7]).toBe(fr['unit.bn_eur'])
    const book = readXlsx(xlsx?.content as Uint8Array)
    expect(book.bad).toBeNull()
    const medians = store
      .getState()
      .monteCarlo.compare.result?.scenarios.map(
        (s) => s.result.indicators.find((i) => i.id === 'robss_balance_change_cumulative')?.p50,
      )
    // Columns: scenario, p5, p25, median (D), p75, p95, central, unit, draws left out, uncertain assumptions.
    expect([2, 3, 4].map((row) => book.cells[`D${row}`]?.v)).toEqual(medians)
    expect(book.cells.A4?.v).toBe('Plateformes')
  })

  it('cancels: the run stops, nothing is kept, Run comes back', async () => {
    renderView()
    fireEvent.click(screen.getByRole('button', { name: fr.cmcRun }))
    await finish(0)
    await act(async () => lastRun().handlers.onProgress(300, 2000))
    const second = lastRun()
    fireEvent.click(screen.getByRole('button', { name: fr.cmcCancel }))
    expect(second.cancelled).toBe(true)
    expect(screen.getByRole('status').textContent).toBe(fr.mcCancelled)
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(screen.queryByTestId('cmc-results')).toBeNull()
    expect(runs).toHaveLength(2)
    expect((screen.getByRole('button', { name: fr.cmcRun }) as HTMLButtonElement).disabled).toBe(
      false,
    )
  })

  it('keeps the results shown but marked out of date when a compared scenario changes', async () => {
    const { store, rerender } = renderView()
    await runAll(store)
    // The same documents read again: still current.
    rerender(SCENARIOS.map((s) => ({ ...s, document: structuredClone(s.document) })))
    expect(screen.queryByTestId('cmc-stale')).toBeNull()
    const edited = structuredClone(SCENARIOS[2]?.document) as Scenario
    edited.levers.dst.enabled = true
    rerender([SCENARIOS[0]!, SCENARIOS[1]!, { ...SCENARIOS[2]!, document: edited }])
    expect(screen.getByTestId('cmc-stale').textContent).toBe(fr.cmcStaleText)
    expect(screen.getByText(fr.mcStaleBadge)).toBeTruthy()
    expect(screen.getByTestId('cmc-results').className).toContain('stale')
    expect(screen.getAllByTestId('cmc-pair')).toHaveLength(3)
  })
})

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { adoptionFit } from '@shared/model/baseline/adoption-fit'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultCurve } from '@shared/model/engine/compile'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { sampleYears } from '@shared/model/scenario/curve-preview'
import { AdoptionPanel } from '../../../renderer/src/components/adoption-panel'
import fr from '../../../shared/i18n/fr.json' with { type: 'json' }
import { oneScenarioHost } from '../../helpers/one-scenario-host'
import { createLevierStore, StoreProvider } from '../../../renderer/src/store'

const plotly = vi.hoisted(() => ({
  react: vi.fn(async (..._args: unknown[]) => undefined),
  purge: vi.fn(),
  toImage: vi.fn(),
  Plots: { resize: vi.fn() },
}))
vi.mock('plotly.js-basic-dist-min', () => ({ default: plotly }))

const SECTOR = 'travel_agency'
const baseline = getBaseline('fr-2024')
const defaults = baseline.sectors[SECTOR].curveDefaults
const baselineCurve = defaultCurve(baseline, SECTOR)

afterEach(cleanup)
beforeEach(() => plotly.react.mockClear())

/** The panel over a store holding one scenario that leaves every sector to the baseline. */
async function renderPanel(chosen: string = SECTOR) {
  const scenario = defaultScenario('current-law')
  scenario.sectors = {}
  const store = createLevierStore(oneScenarioHost(scenario).api)
  await act(() => store.getState().selectScenario('s1'))
  render(
    <StoreProvider store={store}>
      <AdoptionPanel />
    </StoreProvider>,
  )
  fireEvent.change(screen.getByLabelText(fr.adoptionSector), { target: { value: chosen } })
  const sector = () => store.getState().draft?.sectors[SECTOR]
  return { store, sector }
}

function type(label: string, text: string) {
  const field = screen.getByLabelText(label, { selector: 'input[type=text]' })
  fireEvent.change(field, { target: { value: text } })
  fireEvent.keyDown(field, { key: 'Enter' })
}

/** The y values (in percent) of the last drawn trace with that name. */
function lastTrace(name: string): number[] {
  const calls = plotly.react.mock.calls
  const data = calls[calls.length - 1]?.[1] as Array<{ name?: string; y: number[] }>
  return data.find((trace) => trace.name === name)?.y ?? []
}

describe('the adoption panel', () => {
  it('shows the baseline curve, then applies typed parameters and refuses bad ones inline', async () => {
    const { store, sector } = await renderPanel()
    expect(screen.getByTestId('adoption-status').textContent).toBe(fr.adoptionUsesDefault)
    expect(screen.getByRole('radio', { name: fr.adoptionTypeBass })).toHaveProperty('checked', true)
    expect(
      (
        screen.getByLabelText(fr.adoptionCeiling, {
          selector: 'input[type=text]',
        }) as HTMLInputElement
      ).value,
    ).toBe(String(defaults.ceiling * 100))

    type(fr.adoptionP, '0,05')
    // The other parameters stay the baseline's (fitted) curve's.
    expect(sector()?.curve).toEqual({ ...baselineCurve, p: 0.05 })
    expect(screen.getByTestId('adoption-status').textContent).toBe(fr.adoptionUsesCustom)

    const before = store.getState().draft
    type(fr.adoptionQ, 'abc')
    expect(screen.getByRole('alert').textContent).toBe(fr.notANumber)
    type(fr.adoptionQ, '3')
    expect(screen.getByRole('alert').textContent).toContain(fr.outOfRange)
    // The start may not pass the ceiling: said in its field, nothing applied.
    type(`${fr.adoptionStart} (2024)`, String(defaults.ceiling * 100 + 5))
    expect(screen.getAllByRole('alert')[1]?.textContent).toContain(fr.adoptionStartAboveCeiling)
    expect(store.getState().draft).toBe(before)

    // A ceiling slid below the start takes the start down with it.
    const slider = screen.getByRole('slider', { name: `${fr.adoptionCeiling} (${fr.sliderLabel})` })
    fireEvent.change(slider, { target: { value: '40' } })
    expect(sector()?.curve).toMatchObject({ ceiling: 0.4, start: 0.4 })
    // The preview follows: the scenario's curve is flat at the new ceiling.
    await waitFor(() => expect(Math.max(...lastTrace(fr.adoptionSeriesCurve))).toBeCloseTo(40, 9))
    expect(Math.max(...lastTrace(fr.adoptionSeriesDefault))).toBeLessThanOrEqual(
      defaults.ceiling * 100,
    )
  })

  it('shows how the baseline curve fits what was observed, or that it is pooled', async () => {
    await renderPanel('public_counter')
    const fit = adoptionFit(baseline, 'public_counter')
    expect(screen.getByTestId('adoption-fit-method').textContent).toContain(
      fr.adoptionFitMethodFitted,
    )
    expect(screen.getByTestId('adoption-fit-method').textContent).toContain(fr.adoptionFitRmse)
    const table = screen.getByRole('table', { name: fr.adoptionFitResidualsTitle })
    const rows = within(table).getAllByRole('row')
    // A header, then one row per observation and one for the base year.
    expect(rows).toHaveLength(1 + fit.residuals.length)
    const years = rows.slice(1).map((row) => within(row).getByRole('rowheader').textContent)
    expect(years[0]).toContain(String(fit.residuals[0]?.year))
    expect(years[years.length - 1]).toContain(`${baseline.baseYear} (${fr.adoptionFitAnchor})`)
    // The fitted past is drawn, reaching back to the earliest observation.
    await waitFor(() => expect(lastTrace(fr.adoptionSeriesFit).length).toBeGreaterThan(0))
    const drawnFit = lastTrace(fr.adoptionSeriesFit).filter((v) => v !== null && !Number.isNaN(v))
    expect(drawnFit).toHaveLength(baseline.baseYear - (fit.residuals[0]?.year ?? 0) + 1)
    cleanup()

    await renderPanel(SECTOR)
    expect(screen.getByTestId('adoption-fit-method').textContent).toContain(
      fr.adoptionFitMethodPooled,
    )
    const pooled = screen.getByRole('table', { name: fr.adoptionFitResidualsTitle })
    expect(within(pooled).getAllByRole('row')).toHaveLength(2)
  })

  it('converts the curve when its type changes, edits drawn points, and resets', async () => {
    const { store, sector } = await renderPanel()
    fireEvent.click(screen.getByRole('radio', { name: fr.adoptionTypeLogistic }))
    const logistic = sector()?.curve
    expect(logistic).toMatchObject({ type: 'logistic', ceiling: defaults.ceiling })

    fireEvent.click(screen.getByRole('radio', { name: fr.adoptionTypeDrawn }))
    const span = { first: baseline.baseYear, last: store.getState().draft?.horizon.end ?? 0 }
    const drawn = sector()?.curve
    expect(drawn?.type === 'drawn' && drawn.points.map((p) => p.year)).toEqual(sampleYears(span))
    const table = screen.getByRole('table', { name: fr.adoptionPointsTitle })
    expect(within(table).getAllByRole('row')).toHaveLength(1 + sampleYears(span).length)

    fireEvent.click(screen.getByRole('button', { name: fr.adoptionAddPoint }))
    const points = () => {
      const curve = sector()?.curve
      return curve?.type === 'drawn' ? curve.points : []
    }
    expect(points()).toHaveLength(sampleYears(span).length + 1)
    type(`${fr.adoptionValue} — ${span.first}`, '33')
    expect(points()[0]).toEqual({ year: span.first, value: 0.33 })
    type(`${fr.adoptionYear} — ${span.first}`, String(span.last))
    expect(screen.getByRole('alert').textContent).toBe(fr.adoptionYearTaken)
    fireEvent.click(screen.getByRole('button', { name: `${fr.adoptionRemovePoint} ${span.first}` }))
    expect(points().map((p) => p.year)).not.toContain(span.first)

    store.getState().undo()
    expect(points()[0]).toEqual({ year: span.first, value: 0.33 })

    fireEvent.click(screen.getByRole('button', { name: fr.adoptionReset }))
    expect(sector()).toBeUndefined()
    expect(screen.getByTestId('adoption-status').textContent).toBe(fr.adoptionUsesDefault)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('draws with the pointer: one point per year crossed, one undo step per stroke, pauses included', async () => {
    const { store, sector } = await renderPanel()
    fireEvent.click(screen.getByRole('radio', { name: fr.adoptionTypeDrawn }))
    const sampled = sector()?.curve
    const undoDepth = store.getState().undoStack.length
    // Plotly's computed layout, as the drawn chart carries it: 10 px per year from 2020 at
    // x = 0, 2 px per percentage point with 100 % at the top, plot area offset by (50, 10).
    const plot = screen.getByTestId(`chart-adoption-${SECTOR}`)
    Object.assign(plot, {
      _fullLayout: {
        xaxis: { p2l: (px: number) => 2020 + px / 10 },
        yaxis: { p2l: (py: number) => 100 - py / 2 },
        _size: { l: 50, t: 10, w: 300, h: 200 },
      },
      setPointerCapture: vi.fn(),
    })
    const at = (year: number, percent: number) => ({
      clientX: 50 + (year - 2020) * 10,
      clientY: 10 + (100 - percent) * 2,
      button: 0,
      pointerId: 1,
    })
    const wrapper = plot.closest('.adoption-chart') as HTMLElement
    Object.assign(wrapper, { setPointerCapture: vi.fn() })
    fireEvent.pointerDown(plot, at(2030, 80))
    fireEvent.pointerMove(plot, at(2031.2, 85))
    fireEvent.pointerMove(plot, at(2034, 95))
    fireEvent.pointerUp(plot, at(2034, 95))
    const curve = sector()?.curve
    const points = curve?.type === 'drawn' ? curve.points : []
    const value = (year: number) => points.find((p) => p.year === year)?.value
    expect(value(2030)).toBeCloseTo(0.8, 9)
    expect(value(2031)).toBeCloseTo(0.85, 9)
    // 2032 and 2033 were skipped by the quick move: filled on the line to 2034.
    expect(value(2032)).toBeCloseTo(0.85 + (0.1 * 1) / 3, 4)
    expect(value(2033)).toBeCloseTo(0.85 + (0.1 * 2) / 3, 4)
    expect(value(2034)).toBeCloseTo(0.95, 9)
    expect(store.getState().undoStack.length).toBe(undoDepth + 1)
    store.getState().undo()
    expect(sector()?.curve).toEqual(sampled)

    // A stroke paused longer than the gesture window is still one undo step.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    try {
      fireEvent.pointerDown(plot, at(2025, 10))
      vi.advanceTimersByTime(2500)
      fireEvent.pointerMove(plot, at(2027, 30))
      fireEvent.pointerUp(plot, at(2027, 30))
    } finally {
      vi.useRealTimers()
    }
    expect(store.getState().undoStack.length).toBe(undoDepth + 1)
    const paused = sector()?.curve
    expect(paused?.type === 'drawn' && paused.points.find((p) => p.year === 2026)?.value).toBe(0.2)
    store.getState().undo()
    expect(sector()?.curve).toEqual(sampled)

    // Outside the plot area (in the margin), nothing is drawn.
    fireEvent.pointerDown(plot, { clientX: 20, clientY: 50, button: 0, pointerId: 1 })
    expect(sector()?.curve).toEqual(sampled)
  })
})

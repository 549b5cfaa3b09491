// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { GLOBAL_SERIES } from '@shared/model/engine/series'
import { UncertaintyPanel } from '../../../renderer/src/components/uncertainty-panel'
import fr from '../../../shared/i18n/fr.json' with { type: 'json' }
import { FAN_SERIES, UncertaintyJob } from '../../../renderer/src/sim/uncertainty-job'
import { oneScenarioHost } from '../../helpers/one-scenario-host'
import { createLevierStore, StoreProvider } from '../../../renderer/src/store'
import { lastRun, runs } from '../../helpers/fake-monte-carlo'
import * as fakeRunner from '../../helpers/fake-monte-carlo'

vi.mock('plotly.js-basic-dist-min', () => ({
  default: {
    react: vi.fn(async () => undefined),
    purge: vi.fn(),
    toImage: vi.fn(),
    Plots: { resize: vi.fn() },
  },
}))
vi.mock(
  '../../../renderer/src/sim/monte-carlo-runner',
  () => import('../../helpers/fake-monte-carlo'),
)

const scenario = defaultScenario('dst-6')

async function renderPanel() {
  const store = createLevierStore(oneScenarioHost(scenario).api)
  await act(() => store.getState().loadScenarios())
  await act(() => store.getState().selectScenario('s1'))
  render(
    <StoreProvider store={store}>
      <UncertaintyPanel />
    </StoreProvider>,
  )
  return store
}

beforeEach(() => {
  runs.length = 0
})
afterEach(cleanup)

describe('the uncertainty panel', () => {
  it('refuses letters and out-of-range draws inline, and starts nothing', async () => {
    const warmedBefore = fakeRunner.warmed
    await renderPanel()
    // Opening the panel starts the workers ahead of a run, without running anything.
    expect(fakeRunner.warmed).toBeGreaterThan(warmedBefore)
    const draws = screen.getByLabelText(fr.mcDraws)
    fireEvent.change(draws, { target: { value: 'dix mille' } })
    fireEvent.click(screen.getByRole('button', { name: fr.mcRun }))
    expect(screen.getByRole('alert').textContent).toBe(fr.notANumber)
    expect(draws.getAttribute('aria-invalid')).toBe('true')
    fireEvent.change(draws, { target: { value: '50' } })
    fireEvent.click(screen.getByRole('button', { name: fr.mcRun }))
    expect(screen.getByRole('alert').textContent).toBe(
      `${fr.mcWholeBetween} 100 ${fr.mcAnd} 100\u202f000.`,
    )
    expect(runs).toHaveLength(0)
  })

  it('draws a new seed on request and runs with it', async () => {
    const store = await renderPanel()
    const seed = screen.getByLabelText(fr.mcSeed) as HTMLInputElement
    const before = seed.value
    fireEvent.click(screen.getByRole('button', { name: fr.mcNewSeed }))
    expect(seed.value).toMatch(/^\d+$/)
    expect(seed.value).not.toBe(before)
    expect(store.getState().monteCarlo.scenario.settings.seed).toBe(Number(seed.value))
    fireEvent.click(screen.getByRole('button', { name: fr.mcRun }))
    expect(lastRun().settings.seed).toBe(Number(seed.value))
  })

  it('runs with progress and cancel, then shows fans and a tornado, marked stale after an edit', async () => {
    const store = await renderPanel()
    fireEvent.change(screen.getByLabelText(fr.mcDraws), { target: { value: '2 000' } })
    fireEvent.change(screen.getByLabelText(fr.mcSeed), { target: { value: '42' } })
    fireEvent.click(screen.getByRole('button', { name: fr.mcRun }))
    expect(lastRun().settings).toMatchObject({ draws: 2000, seed: 42 })
    await act(async () => lastRun().handlers.onProgress(500, 2000))
    const bar = screen.getByRole('progressbar', { name: fr.mcProgress })
    expect(bar.getAttribute('value')).toBe('500')
    expect(screen.getByTestId('mc-percent').textContent).toBe('25\u202f%')
    expect(screen.getByRole('status').textContent).toBe(fr.mcRunning)
    fireEvent.click(screen.getByRole('button', { name: fr.mcCancel }))
    expect(screen.getByRole('status').textContent).toBe(fr.mcCancelled)
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(screen.queryByTestId('mc-results')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: fr.mcRun }))
    const job = new UncertaintyJob(scenario, getBaseline(scenario.baseline), 2000, 42)
    job.step(2000)
    await act(async () => lastRun().handlers.onDone(job.result()))
    expect(screen.getByRole('status').textContent).toMatch(
      /^2\u202f000 tirages en .* \(graine 42\)$/,
    )
    for (const id of FAN_SERIES) {
      const name = GLOBAL_SERIES.find((g) => g.id === id)?.fr as string
      // Drawn one per task once the charts library is loaded.
      expect(await screen.findByRole('img', { name })).toBeTruthy()
    }
    expect(
      await screen.findByRole('img', {
        name: /^Sensibilité — Solde du ROBSS, dernière année$/,
      }),
    ).toBeTruthy()
    expect(screen.getAllByRole('row')).toHaveLength(1 + job.result().indicators.length)
    expect(screen.queryByText(fr.mcStaleText)).toBeNull()

    await act(async () => store.getState().setDraftValue('levers.dst.rate', 0.07))
    expect(screen.getByText(fr.mcStaleText)).toBeTruthy()
    expect(screen.getByText(fr.mcStaleBadge)).toBeTruthy()
    expect(screen.getByTestId('mc-results').className).toContain('stale')
  })
})

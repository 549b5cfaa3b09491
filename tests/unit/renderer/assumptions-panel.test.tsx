// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import plotly from 'plotly.js-basic-dist-min'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { centralOf, defaultAssumptionValue } from '@shared/model/engine/assumption-values'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import type { AssumptionValue } from '@shared/model/scenario/scenario-schema'
import { AssumptionsPanel } from '../../../renderer/src/components/assumptions-panel'
import fr from '../../../shared/i18n/fr.json' with { type: 'json' }
import { installDialogPolyfill } from '../../helpers/jsdom-dialog'
import { oneScenarioHost } from '../../helpers/one-scenario-host'
import { createLevierStore, StoreProvider } from '../../../renderer/src/store'

vi.mock('plotly.js-basic-dist-min', () => import('../../helpers/plotly-stub'))

const THETA = 'sector.retail_checkout.theta'
const THETA_LABEL = 'Caisses des commerces : travail supprimé par transaction en libre-service (θ)'
const baseline = getBaseline('fr-2024')

beforeAll(installDialogPolyfill)
afterEach(cleanup)

async function renderPanel() {
  const scenario = defaultScenario('dst-6')
  const store = createLevierStore(oneScenarioHost(scenario).api)
  await act(() => store.getState().selectScenario('s1'))
  render(
    <StoreProvider store={store}>
      <AssumptionsPanel />
    </StoreProvider>,
  )
  const theta = () => store.getState().draft?.assumptions[THETA] as AssumptionValue
  return { store, theta }
}

/** The trace names of the last chart drawn. */
function drawnTraces(): string[] {
  const calls = vi.mocked(plotly.react).mock.calls
  const data = calls[calls.length - 1]?.[1] ?? []
  return data.map((trace) => String(trace.name))
}

/** The toolbar: search box, modified-only switch, count and reset-all button. */
const toolbar = () => within(document.querySelector('.assumptions-toolbar') as HTMLElement)
const rowCount = () => document.querySelectorAll('li.assumption').length

/** Narrow the list with the search box (as a user would), then find the field by its label. */
async function field(label: string, query = label): Promise<HTMLInputElement> {
  fireEvent.change(toolbar().getByLabelText(fr.assumptionsSearch), { target: { value: query } })
  await waitFor(() => expect(rowCount()).toBeLessThan(5))
  return within(document.querySelector('.assumption-list') as HTMLElement).getByLabelText(label, {
    exact: true,
  }) as HTMLInputElement
}

function type(input: HTMLElement, text: string) {
  fireEvent.change(input, { target: { value: text } })
  fireEvent.keyDown(input, { key: 'Enter' })
}

describe('assumptions panel', () => {
  it('edits a central value, refuses bad input inline, and resets it', async () => {
    const { store, theta } = await renderPanel()
    const before = theta()
    expect(screen.getByTestId('assumptions-modified-count').textContent).toBe(
      fr.assumptionsModifiedNone,
    )
    await waitFor(() =>
      expect(drawnTraces()).toEqual([fr.lineDefaultBaseline, fr.lineDefaultPolicy]),
    )
    const input = await field(THETA_LABEL, 'caisses theta')
    expect(input.value).toBe('60')

    type(input, 'soixante')
    expect(screen.getByRole('alert').textContent).toBe(fr.notANumber)
    expect(theta()).toEqual(before)
    type(input, '150')
    expect(screen.getByRole('alert').textContent).toContain(fr.outOfRange)
    expect(theta()).toEqual(before)
    // The refused text stays in the field, for the user to correct.
    expect(input.value).toBe('150')

    type(input, '75')
    expect(screen.queryByRole('alert')).toBeNull()
    // The distribution stays a distribution, centred on the new value.
    expect(theta()).toMatchObject({ dist: 'triangular', mode: 0.75 })
    expect(screen.getByTestId('assumptions-modified-count').textContent).toBe(
      fr.assumptionsModifiedOne,
    )
    expect(screen.getByText(fr.assumptionModifiedBadge)).toBeTruthy()
    await waitFor(() =>
      expect(drawnTraces()).toEqual([
        fr.lineDefaultBaseline,
        fr.lineModifiedBaseline,
        fr.lineDefaultPolicy,
        fr.lineModifiedPolicy,
      ]),
    )

    // Beyond the baseline's plausible range: applied, with a note saying so.
    type(await field(THETA_LABEL, 'caisses theta'), '90')
    expect(centralOf(theta())).toBeCloseTo(0.9, 12)
    expect(screen.getByText(new RegExp(fr.assumptionOutsideRange))).toBeTruthy()

    fireEvent.click(
      screen.getByRole('button', { name: `${fr.assumptionResetLabel} ${THETA_LABEL}` }),
    )
    expect(theta()).toEqual(defaultAssumptionValue(baseline, THETA))
    expect((await field(THETA_LABEL, 'caisses theta')).value).toBe('60')
    expect(screen.queryByText(fr.assumptionModifiedBadge)).toBeNull()
    await waitFor(() => expect(drawnTraces()).toHaveLength(2))
    expect(store.getState().fieldErrors).toEqual({})
  })

  it('resets every modified assumption at once after confirmation, in one undo step', async () => {
    const { store, theta } = await renderPanel()
    type(await field(THETA_LABEL, 'caisses theta'), '70')
    type(await field('PIB 2024 (valeur)', 'macro.gdp_2024'), '3 000')
    expect(store.getState().draft?.assumptions['macro.gdp_2024']).toBe(3000)
    expect(screen.getByTestId('assumptions-modified-count').textContent).toBe(
      fr.assumptionsModifiedMany.replace('{n}', '2'),
    )
    const undoDepth = store.getState().undoStack.length

    fireEvent.click(toolbar().getByRole('button', { name: fr.assumptionsResetAll }))
    const dialog = () => within(document.querySelector('dialog') as HTMLElement)
    fireEvent.click(dialog().getByRole('button', { name: fr.cancel }))
    expect(centralOf(theta())).toBeCloseTo(0.7, 12)

    fireEvent.click(toolbar().getByRole('button', { name: fr.assumptionsResetAll }))
    expect(dialog().getByText(fr.assumptionsResetAllBody.replace('{n}', '2'))).toBeTruthy()
    fireEvent.click(dialog().getByRole('button', { name: fr.assumptionsResetAll }))
    expect(theta()).toEqual(defaultAssumptionValue(baseline, THETA))
    expect(store.getState().draft?.assumptions['macro.gdp_2024']).toBe(
      baseline.assumptions['macro.gdp_2024']?.value,
    )
    expect(screen.getByTestId('assumptions-modified-count').textContent).toBe(
      fr.assumptionsModifiedNone,
    )
    expect(store.getState().undoStack).toHaveLength(undoDepth + 1)
    act(() => store.getState().undo())
    expect(centralOf(theta())).toBeCloseTo(0.7, 12)
  })

  it('filters the list as the search is typed, and on modified assumptions only', async () => {
    await renderPanel()
    const total = Object.keys(baseline.assumptions).length
    expect(rowCount()).toBe(total)
    const search = toolbar().getByLabelText(fr.assumptionsSearch)
    // Two: the re-employment hazard in the first year out of work, and after a year.
    fireEvent.change(search, { target: { value: 'retour a l’emploi' } })
    await waitFor(() => expect(rowCount()).toBe(2))
    expect(
      screen.getByText(
        fr.assumptionsShown.replace('{shown}', '2').replace('{total}', String(total)),
      ),
    ).toBeTruthy()
    fireEvent.change(search, { target: { value: '' } })
    await waitFor(() => expect(rowCount()).toBe(total))
    type(await field(THETA_LABEL, 'caisses theta'), '70')
    fireEvent.change(search, { target: { value: '' } })
    fireEvent.click(toolbar().getByLabelText(fr.assumptionsModifiedOnly))
    await waitFor(() => expect(rowCount()).toBe(1))
    fireEvent.click(
      screen.getByRole('button', { name: `${fr.assumptionResetLabel} ${THETA_LABEL}` }),
    )
    await waitFor(() => expect(rowCount()).toBe(0))
    expect(screen.getByText(fr.assumptionsNoMatch)).toBeTruthy()
  })
})

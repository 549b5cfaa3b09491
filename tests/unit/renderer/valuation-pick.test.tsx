// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { centralOf } from '@shared/model/engine/assumption-values'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import type { AssumptionValue } from '@shared/model/scenario/scenario-schema'
import { MEDIAN_WAGE_ID, TIME_VALUE_ID } from '../../../renderer/src/components/consumer-data'
import { ValuationPick } from '../../../renderer/src/components/valuation-pick'
import { createLevierStore, StoreProvider } from '../../../renderer/src/store'
import fr from '../../../shared/i18n/fr.json' with { type: 'json' }
import { oneScenarioHost } from '../../helpers/one-scenario-host'

afterEach(cleanup)

async function renderPick() {
  const scenario = defaultScenario('current-law')
  const store = createLevierStore(oneScenarioHost(scenario).api)
  await act(() => store.getState().selectScenario('s1'))
  render(
    <StoreProvider store={store}>
      <p id="pick-label">{fr.consumerValuationLabel}</p>
      <ValuationPick labelledBy="pick-label" />
    </StoreProvider>,
  )
  const baseline = getBaseline(scenario.baseline)
  const multiple = () => {
    const own = store.getState().draft?.assumptions[TIME_VALUE_ID] as AssumptionValue | undefined
    return own === undefined
      ? (baseline.assumptions[TIME_VALUE_ID]?.value as number)
      : centralOf(own)
  }
  const median = baseline.assumptions[MEDIAN_WAGE_ID]?.value as number
  return { store, multiple, median }
}

const radio = (name: RegExp) => screen.getByRole('radio', { name }) as HTMLInputElement

describe('the valuation rate’s quick pick', () => {
  it('writes the SMIC, the median wage or a typed multiple to the scenario, undoably', async () => {
    const { store, multiple, median } = await renderPick()
    expect(multiple()).toBe(1)
    expect(radio(/^SMIC$/).checked).toBe(true)
    expect(screen.getByRole('radiogroup', { name: fr.consumerValuationLabel })).toBeTruthy()

    fireEvent.click(radio(/salaire médian/))
    expect(multiple()).toBe(median)
    expect(radio(/salaire médian/).checked).toBe(true)

    // Like any edit of the draft: one undo step brings the SMIC back.
    act(() => store.getState().undo())
    expect(multiple()).toBe(1)
    expect(radio(/^SMIC$/).checked).toBe(true)

    // « Other » shows a field; nothing changes until a value is typed.
    fireEvent.click(radio(/^autre$/))
    const field = screen.getByLabelText(fr.consumerValuationOwnField) as HTMLInputElement
    expect(multiple()).toBe(1)
    fireEvent.change(field, { target: { value: '2,5' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    expect(multiple()).toBe(2.5)
    expect(radio(/^autre$/).checked).toBe(true)

    // Out of the assumption's bounds: refused inline, the scenario kept as it was.
    fireEvent.change(field, { target: { value: '50' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    expect(screen.getByRole('alert').textContent).toContain(fr.outOfRange)
    expect(multiple()).toBe(2.5)

    fireEvent.click(radio(/^SMIC$/))
    expect(multiple()).toBe(1)
    expect(screen.queryByLabelText(fr.consumerValuationOwnField)).toBeNull()
  })
})

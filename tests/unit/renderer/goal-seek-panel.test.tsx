// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ApiClient } from '@shared/api/contract'
import { getBaseline } from '@shared/model/baseline/baselines'
import { measureValue } from '@shared/model/comparison/comparison'
import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { balanceRestoredGoal, goalSeek, withLeverValue } from '@shared/model/comparison/goal-seek'
import { translator } from '@shared/i18n/translate'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { simulate } from '@shared/model/engine/simulate'
import { createApiClient } from '../../../renderer/src/api/client'
import { GoalSeekPanel } from '../../../renderer/src/compare/goal-seek-panel'
import { precise } from '../../../renderer/src/compare/goal-seek-result'
import { formatValue } from '../../../renderer/src/format/format-value'
import fr from '../../../shared/i18n/fr.json' with { type: 'json' }
import { createLevierStore, StoreProvider } from '../../../renderer/src/store'
import type { ComparedScenario } from '../../../renderer/src/store/types'
import { fakeApi } from '../../helpers/one-scenario-host'

vi.mock('plotly.js-basic-dist-min', () => import('../../helpers/plotly-stub'))

function compared(id: string, name: string, document: Scenario): ComparedScenario {
  return {
    id,
    name,
    inTrash: false,
    document,
    projection: simulate(document, getBaseline(document.baseline)),
  }
}

const dst6 = compared('a', 'TSN 6 %', defaultScenario('dst-6'))
const currentLaw = compared('c', 'Droit actuel', defaultScenario('current-law'))
const balance2035: ComparisonMeasure = balanceRestoredGoal(2035).measure
const baseline = getBaseline(dst6.document.baseline)

function summary(id: string, name: string) {
  return {
    id,
    name,
    description: '',
    tags: [],
    parentId: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    deletedAt: null,
    currentVersion: 1,
  }
}

/** A workbook that records the scenarios created and lists them afterwards. */
function recordingHost() {
  const created: Array<{ scenario: Scenario; name: string }> = []
  const api = fakeApi({
    createScenario: (request) => {
      created.push(request as { scenario: Scenario; name: string })
      return summary(`n${created.length}`, (request as { name: string }).name)
    },
    listScenarios: () => created.map((c, i) => summary(`n${i + 1}`, c.name)),
    listVersions: () => [],
  })
  return { api, created }
}

function renderPanel(scenarios: readonly ComparedScenario[], api: ApiClient = fakeApi({})) {
  const store = createLevierStore(api)
  render(
    <StoreProvider store={store}>
      <GoalSeekPanel scenarios={scenarios} fileName="Comparaison" />
    </StoreProvider>,
  )
  return store
}

/** Type a target as a user does: the field takes it when left. */
function typeTarget(text: string) {
  const field = screen.getByLabelText(fr.gsTarget)
  fireEvent.change(field, { target: { value: text } })
  fireEvent.blur(field)
}

const answer = () => document.querySelector('.goal-seek-answer')?.textContent ?? ''

afterEach(cleanup)

describe('the goal-seek panel', () => {
  it('opens on the example: the DST rate that puts the 2035 ROBSS balance back on its PLFSS path', () => {
    renderPanel([dst6])
    expect((screen.getByLabelText(fr.gsLever) as HTMLSelectElement).value).toBe('levers.dst.rate')
    expect((screen.getByLabelText(fr.gsMeasure) as HTMLSelectElement).value).toBe(
      'series:robss_balance_change',
    )
    expect((screen.getByLabelText(fr.gsYear) as HTMLSelectElement).value).toBe('2035')
    expect((screen.getByLabelText(fr.gsTarget) as HTMLInputElement).value).toBe('0')
    expect(screen.getByRole('button', { name: /^Exemple/ }).textContent).toContain(
      'trajectoire PLFSS',
    )
  })

  it('finds the lever value, and saves it as a scenario that reaches the target', async () => {
    const host = recordingHost()
    const store = renderPanel([dst6], host.api)
    fireEvent.click(screen.getByRole('button', { name: fr.gsRun }))
    const expected = goalSeek({
      scenario: dst6.document,
      baseline,
      lever: 'levers.dst.rate',
      measure: balance2035,
      target: 0,
    })
    if (expected.status !== 'found') throw new Error('the example is reachable from DST 6 %')
    expect(answer()).toContain(`Taux de la TSN = ${precise(expected.value, 'share', 'fr')}`)
    expect(answer()).toContain(`${expected.evaluations} ${fr.gsEvaluations}`)
    const name = screen.getByLabelText(fr.gsSaveName) as HTMLInputElement
    expect(name.value).toContain(
      'TSN 6 % — Taux de la TSN pour Effet du scénario sur le solde du ROBSS, 2035',
    )
    fireEvent.change(name, { target: { value: 'TSN au taux juste' } })
    fireEvent.click(screen.getByRole('button', { name: fr.gsSave }))
    await waitFor(() => expect(screen.getByText(fr.gsSaved, { exact: false })).toBeTruthy())
    expect(host.created).toHaveLength(1)
    const saved = host.created[0] as { scenario: Scenario; name: string }
    expect(saved.name).toBe('TSN au taux juste')
    expect(saved.scenario.levers.dst.rate).toBe(expected.value)
    expect(saved.scenario.levers.dst.enabled).toBe(true)
    // The saved scenario, projected again, is on target within the stated tolerance.
    const reached = measureValue(simulate(saved.scenario, baseline), balance2035)
    expect(Math.abs(reached - 0)).toBeLessThanOrEqual(expected.tolerance)
    // On its path: the scenario's ROBSS balance that year is the current-law one.
    const p = simulate(saved.scenario, baseline)
    const i = p.years.indexOf(2035)
    const at = (id: string) => p.series.find((s) => s.id === id)?.values[i] as number
    expect(Math.abs(at('robss_balance') - at('robss_balance_baseline'))).toBeLessThanOrEqual(
      expected.tolerance + 1e-9,
    )
    // The library was read again: the new scenario is there, and nothing else was opened.
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['TSN au taux juste'])
    expect(store.getState().selectedId).toBeNull()
  })

  it('shows the host’s refusal of the name inline, and creates nothing', async () => {
    const api = createApiClient({
      kind: 'http',
      invoke: async (name) =>
        name === 'createScenario'
          ? { ok: false, error: { code: 'conflict', message: 'Ce nom est déjà pris.' } }
          : { ok: false, error: { code: 'not_found', message: name } },
    })
    const store = renderPanel([dst6], api)
    fireEvent.click(screen.getByRole('button', { name: fr.gsRun }))
    fireEvent.click(screen.getByRole('button', { name: fr.gsSave }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Ce nom est déjà pris.'))
    expect(screen.getByLabelText(fr.gsSaveName).getAttribute('aria-invalid')).toBe('true')
    expect(store.getState().error).toBeNull()
  })

  it('refuses an empty name without asking the host', () => {
    const host = recordingHost()
    renderPanel([dst6], host.api)
    fireEvent.click(screen.getByRole('button', { name: fr.gsRun }))
    fireEvent.change(screen.getByLabelText(fr.gsSaveName), { target: { value: '  ' } })
    fireEvent.click(screen.getByRole('button', { name: fr.gsSave }))
    expect(screen.getByRole('alert').textContent).toBe(fr.gsNameEmpty)
    expect(host.created).toHaveLength(0)
  })

  it('says when the target is out of the lever’s reach, with what the measure can reach', () => {
    // No DST rate adds 1 000 Md€ to the ROBSS balance of 2035.
    renderPanel([currentLaw])
    typeTarget('1000')
    fireEvent.click(screen.getByRole('button', { name: fr.gsRun }))
    const expected = goalSeek({
      scenario: currentLaw.document,
      baseline,
      lever: 'levers.dst.rate',
      measure: balance2035,
      target: 1000,
    })
    if (expected.status !== 'unreachable') throw new Error('unreachable expected')
    const range = `[${formatValue(0, 'share', 'fr')} – ${formatValue(0.5, 'share', 'fr')}]`
    expect(answer()).toContain(`${fr.gsUnreachable} ${range}`)
    expect(answer()).toContain(
      `${fr.gsMeasureRange} ${precise(expected.reachable[0], 'bn_eur', 'fr')} ${fr.gsTo} ${precise(expected.reachable[1], 'bn_eur', 'fr')}`,
    )
    expect(screen.queryByRole('button', { name: fr.gsSave })).toBeNull()
  })

  it('reads a typed target in the measure’s unit (€ bn for a balance)', () => {
    renderPanel([dst6])
    typeTarget('0,1')
    fireEvent.click(screen.getByRole('button', { name: fr.gsRun }))
    const expected = goalSeek({
      scenario: dst6.document,
      baseline,
      lever: 'levers.dst.rate',
      measure: balance2035,
      target: 0.1,
    })
    if (expected.status !== 'found') throw new Error('found expected')
    expect(answer()).toContain(precise(expected.value, 'share', 'fr'))
    expect(answer()).toContain(`${fr.gsTargetWas} ${formatValue(0.1, 'bn_eur', 'fr')}`)
  })

  it('refuses letters and an empty target inline, and computes nothing', () => {
    renderPanel([dst6])
    fireEvent.click(screen.getByRole('button', { name: fr.gsRun }))
    expect(answer()).not.toBe('')
    typeTarget('cent')
    expect(screen.getByRole('alert').textContent).toBe(fr.notANumber)
    expect(screen.getByLabelText(fr.gsTarget).getAttribute('aria-invalid')).toBe('true')
    fireEvent.click(screen.getByRole('button', { name: fr.gsRun }))
    expect(answer()).toBe('')
    typeTarget('')
    fireEvent.click(screen.getByRole('button', { name: fr.gsRun }))
    expect(screen.getByRole('alert').textContent).toBe(fr.notANumber)
    expect(answer()).toBe('')
  })

  it('starts a new measure’s target from the scenario’s value, and the example puts the form back', () => {
    renderPanel([dst6])
    fireEvent.change(screen.getByLabelText(fr.gsLever), {
      target: { value: 'levers.platformContribution.rate' },
    })
    fireEvent.change(screen.getByLabelText(fr.gsMeasure), {
      target: { value: 'indicator:robss_balance_final' },
    })
    expect(screen.queryByLabelText(fr.gsYear)).toBeNull()
    const gapFinal = measureValue(dst6.projection, { kind: 'indicator', id: 'robss_balance_final' })
    expect(screen.getByText(fr.gsCurrent, { exact: false }).textContent).toContain(
      precise(gapFinal, 'bn_eur', 'fr'),
    )
    typeTarget('abc')
    fireEvent.click(screen.getByRole('button', { name: /^Exemple/ }))
    expect((screen.getByLabelText(fr.gsLever) as HTMLSelectElement).value).toBe('levers.dst.rate')
    expect((screen.getByLabelText(fr.gsYear) as HTMLSelectElement).value).toBe('2035')
    expect((screen.getByLabelText(fr.gsTarget) as HTMLInputElement).value).toBe('0')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('sets every field to the example’s question inside a saved comparison, whose settings it keeps', () => {
    // In a comparison the fields live in its settings: the example must set all of them at once,
    // not only the last one it sets (the target), leaving another lever and measure asked about.
    const store = renderPanel([dst6])
    act(() =>
      store.getState().setActiveComparison({
        name: 'Étude',
        reference: { kind: 'preset', preset: 'current-law' },
        scenarioIds: ['a', 'c'],
        settings: {},
      }),
    )
    fireEvent.change(screen.getByLabelText(fr.gsLever), {
      target: { value: 'levers.platformContribution.rate' },
    })
    fireEvent.change(screen.getByLabelText(fr.gsMeasure), {
      target: { value: 'indicator:robss_balance_final' },
    })
    typeTarget('12')
    fireEvent.click(screen.getByRole('button', { name: /^Exemple/ }))
    expect((screen.getByLabelText(fr.gsLever) as HTMLSelectElement).value).toBe('levers.dst.rate')
    expect((screen.getByLabelText(fr.gsMeasure) as HTMLSelectElement).value).toBe(
      'series:robss_balance_change',
    )
    expect((screen.getByLabelText(fr.gsYear) as HTMLSelectElement).value).toBe('2035')
    expect((screen.getByLabelText(fr.gsTarget) as HTMLInputElement).value).toBe('0')
    expect(store.getState().activeComparison?.settings).toEqual({
      goalSeekLever: 'levers.dst.rate',
      goalSeekMeasure: balance2035,
      goalSeekTarget: 0,
    })
  })
})

/** The 2035 balance change the DST-6 scenario would have with the DST at `rate`: a reachable target. */
function targetAtRate(rate: number): number {
  const document = withLeverValue(dst6.document, 'levers.dst.rate', rate)
  return measureValue(simulate(document, baseline), balance2035)
}

function seekFor(target: number) {
  renderPanel([dst6])
  typeTarget(String(target).replace('.', ','))
  fireEvent.click(screen.getByRole('button', { name: fr.gsRun }))
  const found = goalSeek({
    scenario: dst6.document,
    baseline,
    lever: 'levers.dst.rate',
    measure: balance2035,
    target,
  })
  if (found.status !== 'found') throw new Error('a target made from a rate is reachable')
  return found
}

const warning = () => screen.queryByTestId('goal-seek-marks-warning')

describe('the goal-seek answer against the proposed rates', () => {
  it('warns in words when the answer is far beyond every proposed rate, naming the nearest', () => {
    const found = seekFor(targetAtRate(0.3))
    expect(found.value).toBeGreaterThan(0.06)
    // The DST's highest named mark: 6 %, the Assembly's vote.
    expect(warning()?.textContent).toBe(
      translator('fr')('gsAboveMarks', {
        value: precise(found.value, 'share', 'fr'),
        mark: formatValue(0.06, 'share', 'fr'),
        label: fr['lever.dst.rate.marks.1.label'],
      }),
    )
  })

  it('says nothing when the answer lies between the proposed rates', () => {
    const found = seekFor(targetAtRate(0.045))
    expect(found.value).toBeGreaterThan(0.03)
    expect(found.value).toBeLessThan(0.06)
    expect(answer()).toContain(precise(found.value, 'share', 'fr'))
    expect(warning()).toBeNull()
  })

  it('warns when the answer is below the lowest proposed rate', () => {
    const found = seekFor(targetAtRate(0.01))
    expect(warning()?.textContent).toContain(formatValue(0.03, 'share', 'fr'))
    expect(warning()?.textContent).toContain(fr['lever.dst.rate.marks.0.label'])
    expect(warning()?.textContent).toContain(precise(found.value, 'share', 'fr'))
  })
})

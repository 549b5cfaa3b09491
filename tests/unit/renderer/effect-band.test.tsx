// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { translator } from '@shared/i18n/translate'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { HeadlineCards } from '../../../renderer/src/components/headline-cards'
import { effectBandText } from '../../../renderer/src/components/effect-band'
import { UncertaintyJob } from '../../../renderer/src/sim/uncertainty-job'
import { createLevierStore, StoreProvider } from '../../../renderer/src/store'
import fr from '../../../shared/i18n/fr.json' with { type: 'json' }
import { effectBand } from '../../helpers/effect-bands'
import { lastRun, runs } from '../../helpers/fake-monte-carlo'
import { oneScenarioHost } from '../../helpers/one-scenario-host'

vi.mock(
  '../../../renderer/src/sim/monte-carlo-runner',
  () => import('../../helpers/fake-monte-carlo'),
)

const NARROW = '\u202f'
const band = (p5: number, central: number, p95: number) =>
  effectBand('robss_balance_final', [p5, central, p95])

describe('the card line of the levers’ effect', () => {
  it('writes the effect and its 90 % band, signed, in each language', () => {
    const positive = effectBandText(band(0.31, 0.474, 0.62), translator('fr'), 'fr')
    expect(positive.text).toBe(
      `Effet des leviers : +0,474${NARROW}Md€ [+0,310${NARROW}Md€ ; +0,620${NARROW}Md€] sur 90${NARROW}% des tirages`,
    )
    expect(positive.crossing).toBeNull()
    const english = effectBandText(band(0.31, 0.474, 0.62), translator('en'), 'en')
    expect(english.text).toBe(
      'Effect of the levers: +€0.474bn [+€0.310bn; +€0.620bn] in 90% of draws',
    )
    expect(english.crossing).toBeNull()
  })

  it('says in words when the band holds zero, and only then', () => {
    const crossing = effectBandText(band(-0.011, 0.56, 0.94), translator('fr'), 'fr')
    expect(crossing.text).toContain(`[−0,011${NARROW}Md€ ; +0,940${NARROW}Md€]`)
    expect(crossing.crossing).toBe(fr.effectCrossesZero)
    expect(crossing.crossing).toContain('signe contraire')
    const english = effectBandText(band(-0.011, 0.56, 0.94), translator('en'), 'en')
    expect(english.crossing).toContain('opposite sign')
    // Wholly negative (a repeal): no crossing, the minus signs say the direction.
    const negative = effectBandText(band(-2.5, -1.8, -1.2), translator('fr'), 'fr')
    expect(negative.crossing).toBeNull()
    expect(negative.text).toContain(`−1,80${NARROW}Md€ [−2,50${NARROW}Md€ ; −1,20${NARROW}Md€]`)
  })
})

describe('the headline cards with a Monte Carlo run', () => {
  const scenario = defaultScenario('dst-6')

  beforeEach(() => {
    runs.length = 0
  })
  afterEach(cleanup)

  it('show the levers’ effect band once a current run exists, and drop it when it goes stale', async () => {
    const store = createLevierStore(oneScenarioHost(scenario).api)
    await act(() => store.getState().loadScenarios())
    await act(() => store.getState().selectScenario('s1'))
    render(
      <StoreProvider store={store}>
        <HeadlineCards />
      </StoreProvider>,
    )
    // Without a run the cards read as they always did.
    expect(await screen.findByTestId('card-robss')).toBeTruthy()
    expect(screen.queryByTestId('effect-band-robss_balance_final')).toBeNull()
    const draft = store.getState().draft
    if (!draft) throw new Error('no draft')
    store.getState().runMonteCarlo('scenario', [{ id: 's1', name: 'A', document: draft }])
    // The scenario's run asks the worker for the levers' effect on the same draws.
    expect(lastRun().settings.leverEffects).toBe(true)
    const job = new UncertaintyJob(scenario, getBaseline(scenario.baseline), 500, 1, {
      leverEffects: true,
    })
    job.step(500)
    const result = job.result()
    await act(async () => lastRun().handlers.onDone(result))
    const line = screen.getByTestId('effect-band-robss_balance_final').textContent ?? ''
    const all = result.leverEffects?.parts[0]?.bands.find((b) => b.id === 'robss_balance_final')
    if (!all) throw new Error('no band')
    expect(line).toBe(
      [
        effectBandText(all, translator('fr'), 'fr').text,
        effectBandText(all, translator('fr'), 'fr').crossing,
      ]
        .filter(Boolean)
        .join(' '),
    )
    expect(screen.getByTestId('effect-band-apu_effect_final')).toBeTruthy()
    expect(screen.getByTestId('effect-band-increment_total_final')).toBeTruthy()
    await act(async () => store.getState().setDraftValue('levers.dst.rate', 0.07))
    expect(screen.queryByTestId('effect-band-robss_balance_final')).toBeNull()
  })
})

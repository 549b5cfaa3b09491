import { describe, expect, it } from 'vitest'
import { DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { createApiClient } from '../../../renderer/src/api/client'
import { createLevierStore } from '../../../renderer/src/store'
import { fakeApi, oneScenarioHost } from '../../helpers/one-scenario-host'

describe('the brief options in the store', () => {
  it('opens nothing when no scenario or comparison is shown', () => {
    const store = createLevierStore(fakeApi({}))
    expect(store.getState().openBrief()).toBe(false)
    expect(store.getState().briefTarget).toBeNull()
  })

  it('prints the selected scenario, or the comparison when the compare view shows one', async () => {
    const store = createLevierStore(oneScenarioHost(defaultScenario('dst-6')).api)
    await store.getState().loadScenarios()
    await store.getState().selectScenario('s1')
    expect(store.getState().openBrief()).toBe(true)
    expect(store.getState().briefTarget).toBe('scenario')
    store.getState().closeBrief()
    store.getState().setActiveComparison({
      name: 'C',
      scenarioIds: ['s1'],
      reference: { kind: 'preset', preset: 'no-lever' },
    } as never)
    store.getState().setView('compare')
    store.getState().openBrief()
    expect(store.getState().briefTarget).toBe('comparison')
    store.getState().setBriefPreview(true)
    store.getState().closeBrief()
    expect(store.getState().briefPreview).toBe(false)
    store.getState().setBriefPreview(true)
    expect(store.getState().briefPreview).toBe(false)
  })

  it('keeps the author’s summary of a scenario brief out of the comparison brief, and back', async () => {
    const store = createLevierStore(oneScenarioHost(defaultScenario('dst-6')).api)
    await store.getState().loadScenarios()
    await store.getState().selectScenario('s1')
    store.getState().openBrief()
    const scenarioText = 'La TSN à 6 % comble une part du déficit.'
    store.getState().setBriefOptions({
      ...store.getState().briefOptions,
      author: 'A. B.',
      summary: scenarioText,
    })
    store.getState().closeBrief()
    store.getState().setActiveComparison({
      name: 'C',
      scenarioIds: ['s1'],
      reference: { kind: 'preset', preset: 'current-law' },
    } as never)
    store.getState().setView('compare')
    store.getState().openBrief()
    expect(store.getState().briefTarget).toBe('comparison')
    // The other settings carry over; the summary, written about one scenario, does not.
    expect(store.getState().briefOptions.author).toBe('A. B.')
    expect(store.getState().briefOptions.summary).toBe('')
    store.getState().setBriefOptions({ ...store.getState().briefOptions, summary: 'Comparaison.' })
    store.getState().closeBrief()
    store.getState().setView('scenario')
    store.getState().openBrief()
    expect(store.getState().briefTarget).toBe('scenario')
    expect(store.getState().briefOptions.summary).toBe(scenarioText)
  })

  it('keeps valid options for the next brief and refuses invalid ones, keeping the last good ones', () => {
    const store = createLevierStore(fakeApi({}))
    const next = {
      ...DEFAULT_BRIEF_OPTIONS,
      language: 'en' as const,
      paper: 'Letter' as const,
      author: 'A. B.',
    }
    expect(store.getState().setBriefOptions(next)).toBeNull()
    expect(store.getState().briefOptions).toEqual(next)
    const refused = store.getState().setBriefOptions({ ...next, author: 'x'.repeat(201) })
    expect(refused?.map((r) => r.field)).toEqual(['author'])
    expect(
      store.getState().setBriefOptions({ ...next, summary: 'y'.repeat(5001) })?.[0]?.field,
    ).toBe('summary')
    expect(store.getState().setBriefOptions({ ...next, paper: 'A3' })?.[0]?.field).toBe('paper')
    expect(store.getState().setBriefOptions({ ...next, extra: true })).not.toBeNull()
    expect(store.getState().briefOptions).toEqual(next)
    // The limit itself is allowed.
    expect(store.getState().setBriefOptions({ ...next, caveats: 'z'.repeat(5000) })).toBeNull()
  })

  it('reports the host refusal of a PDF save instead of a file', async () => {
    const store = createLevierStore(fakeApi({}))
    const outcome = await store.getState().saveBriefPdf('/tmp/x.pdf')
    expect(outcome).toEqual({ error: 'saveBriefPdf' })
    const saving = createLevierStore(
      fakeApi({ saveBriefPdf: (r) => ({ path: (r as { path: string }).path, bytes: 10 }) }),
    )
    expect(await saving.getState().saveBriefPdf('/tmp/x.pdf')).toEqual({ path: '/tmp/x.pdf' })
  })

  it('says, in the interface’s language, that a PDF open in a viewer cannot be replaced', async () => {
    const heldOpen = createApiClient({
      kind: 'http',
      invoke: async () => ({ ok: false, error: { code: 'locked', message: 'EPERM' } }),
    })
    const store = createLevierStore(heldOpen)
    expect(await store.getState().saveBriefPdf('C:\\Users\\ana\\Documents\\note.pdf')).toEqual({
      error: expect.stringMatching(
        /^Le fichier C:\\Users\\ana\\Documents\\note\.pdf est ouvert dans un autre programme/,
      ),
    })
  })
})

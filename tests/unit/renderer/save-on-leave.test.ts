import { describe, expect, it } from 'vitest'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { oneScenarioHost } from '../../helpers/one-scenario-host'
import { createLevierStore } from '../../../renderer/src/store'
import { saveOnLeave } from '../../../renderer/src/save-on-leave'

/** A store with one edit waiting for its autosave, and the window it listens to. */
async function editedAndWaiting() {
  const { api, saves } = oneScenarioHost(defaultScenario('current-law'))
  const store = createLevierStore(api)
  await store.getState().selectScenario('s1')
  store.getState().setDraftValue('levers.dst.rate', 0.06)
  const sentOnClose: unknown[] = []
  const window = new EventTarget()
  saveOnLeave(store, { sendOnClose: (_, request) => sentOnClose.push(request) }, window)
  return { store, saves, sentOnClose, window }
}

describe('an edit waiting for its autosave when the analyst leaves the window', () => {
  it('is saved at once when the window loses focus (as when a workbook is handed over)', async () => {
    const { store, saves, window } = await editedAndWaiting()
    expect(saves).toHaveLength(0)
    window.dispatchEvent(new Event('blur'))
    await expect.poll(() => saves.length).toBe(1)
    expect(store.getState().saveState).toBe('saved')
    // Nothing is left to send as the page goes.
    window.dispatchEvent(new Event('blur'))
    expect(saves).toHaveLength(1)
  })

  it('is sent in the closing message as the page goes', async () => {
    const { saves, sentOnClose, window } = await editedAndWaiting()
    window.dispatchEvent(new Event('pagehide'))
    expect(sentOnClose).toHaveLength(1)
    expect((sentOnClose[0] as { id: string }).id).toBe('s1')
    expect(saves).toHaveLength(0)
  })
})

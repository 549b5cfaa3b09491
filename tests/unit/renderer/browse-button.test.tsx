// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { WorkbookDialog } from '../../../renderer/src/components/workbook-dialog'
import fr from '../../../shared/i18n/fr.json' with { type: 'json' }
import { createLevierStore, StoreProvider } from '../../../renderer/src/store'
import { installDialogPolyfill } from '../../helpers/jsdom-dialog'
import { fakeApi } from '../../helpers/one-scenario-host'

beforeAll(installDialogPolyfill)
afterEach(cleanup)

function renderDialog(host: 'desktop' | 'loopback', chosen: string | null) {
  const requests: unknown[] = []
  const store = createLevierStore(
    fakeApi({
      chooseFilePath: (request) => (requests.push(request), { path: chosen }),
    }),
  )
  store.setState({
    appInfo: { name: 'Levier', version: '0.1.0', host, platform: 'linux', dataDir: '/data' },
    workbookDialog: 'open',
  })
  render(
    <StoreProvider store={store}>
      <WorkbookDialog />
    </StoreProvider>,
  )
  return { requests }
}

const browse = () => screen.queryByRole('button', { name: `${fr.browse} — ${fr.pathLabel}` })

describe('« Parcourir… » beside a path', () => {
  it('fills the path from the system dialog in the desktop app', async () => {
    const { requests } = renderDialog('desktop', '/home/a/PLFSS 2027.levier')
    const field = screen.getByLabelText(fr.pathLabel) as HTMLInputElement
    fireEvent.change(field, { target: { value: '/home/a' } })
    await act(async () => fireEvent.click(browse() as HTMLElement))
    expect(requests).toEqual([{ purpose: 'openWorkbook', defaultPath: '/home/a' }])
    expect(field.value).toBe('/home/a/PLFSS 2027.levier')
  })

  it('leaves the path as it was when the dialog is cancelled', async () => {
    renderDialog('desktop', null)
    const field = screen.getByLabelText(fr.pathLabel) as HTMLInputElement
    fireEvent.change(field, { target: { value: '/home/a/x.levier' } })
    await act(async () => fireEvent.click(browse() as HTMLElement))
    expect(field.value).toBe('/home/a/x.levier')
  })

  it('is not offered by the loopback host, where a browser cannot give a path', () => {
    renderDialog('loopback', '/never')
    expect(browse()).toBeNull()
  })
})

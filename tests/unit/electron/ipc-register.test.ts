import { afterEach, describe, expect, it, vi } from 'vitest'
import { API_CALL_NAMES, ipcChannelOf } from '@shared/api/calls'
import { ipcMain } from '../../helpers/fake-electron'
import { registerApi } from '../../../electron/main/ipc/register'
import { isTrustedSender } from '../../../electron/main/ipc/sender'
import { appOrigins } from '../../../electron/main/trusted-url'
import { createDispatch } from '../../../electron/services/dispatch'
import { fakeHandlers } from '../../helpers/fake-handlers'

vi.mock('electron', () => import('../../helpers/fake-electron'))

const OUR_WINDOW = 7
const origins = appOrigins(undefined)

function event(url: string, { id = OUR_WINDOW, subframe = false } = {}) {
  return { sender: { id }, senderFrame: { url, parent: subframe ? {} : null } }
}

const handlers = fakeHandlers()

let unregister: (() => void) | undefined
function register() {
  const trusted = (e: unknown) =>
    isTrustedSender(e as ReturnType<typeof event>, new Set([OUR_WINDOW]), origins)
  unregister = registerApi(createDispatch(handlers), trusted as never)
}
afterEach(() => unregister?.())

describe('IPC registration', () => {
  it('registers one handler per contract call and nothing else', () => {
    register()
    expect([...ipcMain.handlers.keys()].sort()).toEqual(API_CALL_NAMES.map(ipcChannelOf).sort())
  })

  it('serves a valid call from our window', async () => {
    register()
    const result = await ipcMain.invoke(
      ipcChannelOf('setPreferences'),
      event('levier://app/index.html'),
      {
        language: 'en',
      },
    )
    expect(result).toEqual({ ok: true, value: { language: 'en' } })
  })

  it('rejects channels outside the contract', async () => {
    register()
    await expect(
      ipcMain.invoke('levier:runShell', event('levier://app/index.html'), {}),
    ).rejects.toThrow(/No handler/)
    await expect(
      ipcMain.invoke('getAppInfo', event('levier://app/index.html'), {}),
    ).rejects.toThrow(/No handler/)
  })

  it.each([
    ['a foreign page', event('https://evil.example/index.html')],
    ['a file:// page', event('file:///tmp/index.html')],
    ['a look-alike host', event('levier://app.evil/index.html')],
    ['a subframe of our page', event('levier://app/index.html', { subframe: true })],
    ['another web contents', event('levier://app/index.html', { id: 99 })],
    ['a destroyed frame', { sender: { id: OUR_WINDOW }, senderFrame: null }],
  ])('refuses calls from %s', async (_label, foreign) => {
    register()
    for (const name of API_CALL_NAMES) {
      const result = await ipcMain.invoke(ipcChannelOf(name), foreign, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
  })

  it.each([
    ['a wrong type', [{ language: 42 }]],
    ['an unknown key', [{ language: 'fr', admin: true }]],
    ['no argument', []],
    ['two arguments', [{}, {}]],
    ['a string', ['{"language":"en"}']],
  ])('refuses a malformed payload: %s', async (_label, args) => {
    register()
    const result = await ipcMain.invoke(
      ipcChannelOf('setPreferences'),
      event('levier://app/index.html'),
      ...args,
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } })
  })

  it('removes every handler when asked', () => {
    register()
    unregister?.()
    unregister = undefined
    expect(ipcMain.handlers.size).toBe(0)
  })

  it('trusts the dev server only when one is configured', () => {
    const devOrigins = appOrigins('http://localhost:5173/')
    const fromDev = event('http://localhost:5173/index.html')
    expect(isTrustedSender(fromDev, new Set([OUR_WINDOW]), devOrigins)).toBe(true)
    expect(isTrustedSender(fromDev, new Set([OUR_WINDOW]), origins)).toBe(false)
  })
})

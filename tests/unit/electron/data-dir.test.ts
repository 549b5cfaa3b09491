import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir } from '../../../electron/services/data-dir'

describe('default data directory', () => {
  it('follows Electron userData conventions for an app named Levier', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe(join('/home/ana', '.config', 'Levier'))
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe(
      join('/cfg', 'Levier'),
    )
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe(
      join('/Users/ana', 'Library', 'Application Support', 'Levier'),
    )
    expect(
      defaultDataDir('win32', { APPDATA: 'C:/Users/ana/AppData/Roaming' }, 'C:/Users/ana'),
    ).toBe(join('C:/Users/ana/AppData/Roaming', 'Levier'))
  })

  it('lets LEVIER_DATA_DIR override it on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(defaultDataDir(platform, { LEVIER_DATA_DIR: '/tmp/x' }, '/home/ana')).toBe('/tmp/x')
    }
  })
})

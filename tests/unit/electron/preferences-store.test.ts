import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { PreferencesStore } from '../../../electron/services/preferences-store'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

describe('preferences store', () => {
  it('gives French by default and writes nothing until asked', () => {
    const dir = tempDir()
    expect(new PreferencesStore(dir).get()).toEqual({ language: 'fr' })
    expect(readdirSync(dir)).toEqual([])
  })

  it('keeps a change across instances, in a JSON file with no temporary file left', () => {
    const dir = tempDir()
    expect(new PreferencesStore(dir).set({ language: 'en' })).toEqual({ language: 'en' })
    expect(new PreferencesStore(dir).get()).toEqual({ language: 'en' })
    expect(readdirSync(dir)).toEqual(['preferences.json'])
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).toEqual({
      language: 'en',
    })
  })

  it('creates the data directory when it does not exist yet', () => {
    const dir = join(tempDir(), 'nested', 'levier')
    new PreferencesStore(dir).set({ language: 'en' })
    expect(new PreferencesStore(dir).get().language).toBe('en')
  })

  it.each([['{not json'], ['{"language":"de"}'], ['[1,2]'], ['']])(
    'never overwrites an unreadable file (%j): it is kept aside, byte for byte',
    (content) => {
      const dir = tempDir()
      writeFileSync(join(dir, 'preferences.json'), content)
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
      const store = new PreferencesStore(dir)
      expect(store.get()).toEqual({ language: 'fr' })
      store.set({ language: 'en' })
      const aside = readdirSync(dir).filter((name) => name.startsWith('preferences.unreadable-'))
      expect(aside).toHaveLength(1)
      expect(readFileSync(join(dir, aside[0] as string), 'utf8')).toBe(content)
      expect(store.get()).toEqual({ language: 'en' })
      expect(warn).toHaveBeenCalledOnce()
      warn.mockRestore()
    },
  )
})

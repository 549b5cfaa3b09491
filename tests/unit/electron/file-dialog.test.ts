import { describe, expect, it, vi } from 'vitest'
import { dialog } from '../../helpers/fake-electron'
import { createApiHandlers } from '../../../electron/services/api-handlers'
import { ApiFailure } from '@shared/api/result'
import { useTempDirs } from '../../helpers/temp-dir'

vi.mock('electron', () => import('../../helpers/fake-electron'))
const { chooseFile, showOpenRefused } = await import('../../../electron/main/file-dialog')
const tempDir = useTempDirs()

describe('the desktop file dialog', () => {
  it('opens a workbook with the system dialog, filtered to workbooks, titled in the language', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/d/PLFSS.levier'] })
    expect(await chooseFile(null, 'fr', 'openWorkbook', '/d')).toBe('/d/PLFSS.levier')
    const options = dialog.showOpenDialog.mock.calls.at(-1)?.[0] as {
      title: string
      defaultPath: string
      filters: Array<{ extensions: string[] }>
      properties: string[]
    }
    expect(options.title).toBe('Ouvrir un classeur')
    expect(options.defaultPath).toBe('/d')
    expect(options.filters[0]?.extensions).toEqual(['levier'])
    expect(options.properties).toContain('openFile')
  })

  it('saves a PDF with the save dialog, and says nothing was chosen when cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/d/note.pdf' })
    expect(await chooseFile(null, 'en', 'savePdf')).toBe('/d/note.pdf')
    const options = dialog.showSaveDialog.mock.calls.at(-1)?.[0] as {
      title: string
      filters: Array<{ extensions: string[] }>
    }
    expect(options.title).toBe('Save the brief as PDF')
    expect(options.filters[0]?.extensions).toEqual(['pdf'])
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: undefined })
    expect(await chooseFile(null, 'en', 'saveWorkbook')).toBeNull()
  })

  it('is refused by the loopback host, which has no system dialog to show', async () => {
    const handlers = createApiHandlers({ host: 'loopback', dataDir: tempDir() })
    await expect(handlers.chooseFilePath({ purpose: 'openWorkbook' })).rejects.toBeInstanceOf(
      ApiFailure,
    )
  })

  it('says which handed-over workbook was refused and why, over the window when there is one', async () => {
    const refusal = { path: '/d/Notes.levier', error: 'not a Levier workbook' }
    await showOpenRefused(null, 'fr', refusal)
    expect(dialog.showMessageBox.mock.calls.at(-1)).toEqual([
      {
        type: 'error',
        message: 'Le classeur /d/Notes.levier n’a pas pu être ouvert.',
        detail: 'not a Levier workbook',
      },
    ])
    const window = { id: 1 }
    await showOpenRefused(window as never, 'en', refusal)
    expect(dialog.showMessageBox.mock.calls.at(-1)).toEqual([
      window,
      expect.objectContaining({ message: 'The workbook /d/Notes.levier could not be opened.' }),
    ])
  })
})

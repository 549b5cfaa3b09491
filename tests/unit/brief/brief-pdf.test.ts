import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiFailure } from '@shared/api/result'
import { createBriefPdfHandler } from '../../../electron/services/brief-pdf'
import { createApiHandlers } from '../../../electron/services/api-handlers'
import { appInfoSchema } from '@shared/api/contract'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'levier-brief-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('saving a brief as PDF', () => {
  it('refuses on a host that cannot print (the loopback host), pointing to the browser print', async () => {
    const save = createBriefPdfHandler(undefined)
    await expect(save({ path: join(tempDir(), 'a.pdf'), paper: 'A4' })).rejects.toThrow(/browser/)
  })

  it('prints on the paper asked, writes the bytes and adds .pdf when missing', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 fake body')
    const print = vi.fn(async () => bytes)
    const dir = tempDir()
    const answer = await createBriefPdfHandler(print)({ path: join(dir, 'note'), paper: 'Letter' })
    expect(print).toHaveBeenCalledWith('Letter')
    expect(answer).toEqual({ path: join(dir, 'note.pdf'), bytes: bytes.length })
    expect(readFileSync(answer.path)).toEqual(Buffer.from(bytes))
    if (process.platform !== 'win32')
      expect(statSync(answer.path).mode & 0o777).toBe(0o644 & ~process.umask())
  })

  it('refuses a relative path or a missing folder before printing anything', async () => {
    const print = vi.fn(async () => new Uint8Array(1))
    const save = createBriefPdfHandler(print)
    await expect(save({ path: 'note.pdf', paper: 'A4' })).rejects.toBeInstanceOf(ApiFailure)
    await expect(
      save({ path: join(tempDir(), 'no', 'such', 'note.pdf'), paper: 'A4' }),
    ).rejects.toThrow(/does not exist/)
    expect(print).not.toHaveBeenCalled()
  })

  it('says the PDF is open in another program when Windows refuses to replace it (EPERM, EBUSY)', async () => {
    const print = vi.fn(async () => new Uint8Array(4))
    const dir = tempDir()
    for (const code of ['EPERM', 'EBUSY']) {
      const heldOpen = () => {
        throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code })
      }
      const failure = await createBriefPdfHandler(
        print,
        heldOpen,
      )({
        path: join(dir, 'note.pdf'),
        paper: 'A4',
      }).catch((error: unknown) => error)
      expect(failure).toBeInstanceOf(ApiFailure)
      expect(failure).toMatchObject({ code: 'locked' })
      expect((failure as Error).message).toContain(`${join(dir, 'note.pdf')} is open in another`)
    }
    // Anything else is no viewer's doing: it goes on as it was (the host reports it as internal).
    const full = Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' })
    const diskFull = () => {
      throw full
    }
    await expect(
      createBriefPdfHandler(print, diskFull)({ path: join(dir, 'n.pdf'), paper: 'A4' }),
    ).rejects.toBe(full)
  })
})

describe('where a brief is proposed', () => {
  it('gives the desktop app’s documents folder with the app info, and nothing on a host without one', async () => {
    const dataDir = tempDir()
    const desktop = createApiHandlers({
      host: 'desktop',
      dataDir,
      documentsDir: '/home/ana/Documents',
    })
    expect(await desktop.getAppInfo({})).toMatchObject({
      dataDir,
      documentsDir: '/home/ana/Documents',
    })
    const loopback = await createApiHandlers({ host: 'loopback', dataDir }).getAppInfo({})
    expect(loopback).not.toHaveProperty('documentsDir')
    expect(appInfoSchema.parse(loopback)).toEqual(loopback)
  })
})

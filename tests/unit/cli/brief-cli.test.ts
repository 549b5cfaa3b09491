import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { findChromium } from '../../../electron/loopback/find-chromium'
import { levierOnDiskWith } from '../../helpers/levier-on-disk'
import { useTempDirs } from '../../helpers/temp-dir'
import { newWorkbook, scenarioNamed } from '../../helpers/workbooks'

const tempDir = useTempDirs()
const chromium = findChromium()

/**
 * A built renderer reduced to its page: the brief's own <style> (its page box) still sets the
 * paper, so these tests need no build; the CLI smoke test prints with the real one.
 */
function rendererDir(): string {
  const dir = join(tempDir(), 'renderer')
  mkdirSync(join(dir, 'assets'), { recursive: true })
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
  return dir
}

function scenarioFile(dir: string, name: string, preset = 'dst-6') {
  const file = join(dir, `${preset}.json`)
  writeFileSync(file, JSON.stringify({ ...defaultScenario(preset), name }))
  return file
}

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
/** Page width × height in points, as pdfinfo reads them from the file. */
function pageSize(file: string): [number, number] {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const [, w = '', h = ''] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? []
  return [Number(w), Number(h)]
}
/** A4 is 210 × 297 mm, Letter 8.5 × 11 in: in points (1/72 in). */
const A4: [number, number] = [(210 / 25.4) * 72, (297 / 25.4) * 72]
const LETTER: [number, number] = [8.5 * 72, 11 * 72]
function expectSize(file: string, [w, h]: [number, number]) {
  const [pw, ph] = pageSize(file)
  expect(Math.abs(pw - w)).toBeLessThan(1)
  expect(Math.abs(ph - h)).toBeLessThan(1)
}

function expectOneLineRefusal(r: { code: number; stderr: string }, text: string) {
  expect(r.code, r.stderr).toBe(2)
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1)
  expect(r.stderr).toContain(text)
}

describe.skipIf(!chromium)('levier brief with the real Chromium', { timeout: 120_000 }, () => {
  it('prints a scenario file’s brief on A4 by default, its name in the text', async () => {
    const dir = tempDir()
    const levier = levierOnDiskWith({ rendererDir: rendererDir() })
    const file = scenarioFile(dir, 'Taxe numérique à 6 %')
    const r = await levier('brief', file, '--out', join(dir, 'note'))
    expect(r.code, r.stderr).toBe(0)
    const pdf = join(dir, 'note.pdf')
    expect(r.stdout).toContain(pdf)
    expectSize(pdf, A4)
    const text = pdfText(pdf)
    expect(text).toContain('Taxe numérique à 6 %')
    expect(text).toContain('Note de synthèse')
  })

  it('prints a comparison in English on Letter, and replaces an earlier PDF at --out', async () => {
    const dir = tempDir()
    const levier = levierOnDiskWith({ rendererDir: rendererDir() })
    const a = scenarioFile(dir, 'Scenario A')
    const b = scenarioFile(dir, 'Scenario B', 'eu-platform-directive')
    const out = join(dir, 'compare.pdf')
    writeFileSync(out, '%PDF-1.4 an earlier brief')
    const r = await levier(
      'brief',
      a,
      '--compare',
      b,
      '--lang',
      'en',
      '--paper',
      'letter',
      '--out',
      out,
    )
    expect(r.code, r.stderr).toBe(0)
    expectSize(out, LETTER)
    const text = pdfText(out)
    for (const word of ['Scenario A', 'Scenario B', 'Comparison brief'])
      expect(text).toContain(word)
  })

  it('prints a workbook’s scenario named with --scenario', async () => {
    const dir = tempDir()
    const { workbook, store, path } = await newWorkbook(dir)
    store.create(scenarioNamed('Directive plateformes', 'eu-platform-directive'), 'ana')
    workbook.close()
    const levier = levierOnDiskWith({ rendererDir: rendererDir() })
    const out = join(dir, 'wb.pdf')
    const r = await levier(
      'brief',
      '--workbook',
      path,
      '--scenario',
      'Directive plateformes',
      '--out',
      out,
    )
    expect(r.code, r.stderr).toBe(0)
    expect(pdfText(out)).toContain('Directive plateformes')
  })
})

describe('levier brief refusals', () => {
  it('without a browser: exit 2, one line saying how to get one, nothing written', async () => {
    const dir = tempDir()
    const levier = levierOnDiskWith({ rendererDir: rendererDir(), findBrowser: () => undefined })
    const r = await levier('brief', scenarioFile(dir, 'A'), '--out', join(dir, 'note.pdf'))
    expectOneLineRefusal(r, 'set CHROMIUM_PATH')
    expect(existsSync(join(dir, 'note.pdf'))).toBe(false)
  })

  it('bad input: exit 2 with one line, and nothing written', async () => {
    const dir = tempDir()
    const { workbook, path } = await newWorkbook(dir)
    workbook.close()
    // A browser that must never be started: every case is refused before printing.
    const levier = levierOnDiskWith({ rendererDir: rendererDir(), findBrowser: () => '/nowhere' })
    const file = scenarioFile(dir, 'A')
    writeFileSync(join(dir, 'bad.json'), '{')
    writeFileSync(join(dir, 'mine.pdf'), 'not a pdf at all')
    const out = join(dir, 'never.pdf')
    const cases: Array<[string[], string]> = [
      [[join(dir, 'missing.json'), '--out', out], 'cannot be read'],
      [[join(dir, 'bad.json'), '--out', out], 'not valid JSON'],
      [[file, '--compare', join(dir, 'bad.json'), '--out', out], 'not valid JSON'],
      [[file, '--out', join(dir, 'mine.pdf')], 'exists and is not a PDF'],
      [[file, '--out', join(dir, 'no', 'note.pdf')], 'does not exist'],
      [['--workbook', path, '--scenario', 'Nobody', '--out', out], 'no scenario is named'],
      [['--workbook', join(dir, 'none.levier'), '--scenario', 'A', '--out', out], 'does not exist'],
    ]
    for (const [args, text] of cases) {
      expectOneLineRefusal(await levier('brief', ...args), text)
      expect(existsSync(out)).toBe(false)
    }
    expect(readFileSync(join(dir, 'mine.pdf'), 'utf8')).toBe('not a pdf at all')
    const neither = await levier('brief', '--out', out)
    expect(neither.code).toBe(2)
    expect(neither.stderr).toContain('give either a scenario FILE or --workbook W --scenario NAME')
  })
})

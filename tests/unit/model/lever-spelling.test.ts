import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LEVERS } from '@shared/model/levers/lever-table'
import { escapeRegExp } from '@shared/format/escape-reg-exp'

/**
 * "No lever id is spelled outside the lever table": the code outside shared/model/levers reads the
 * levers from the table, so adding or renaming one cannot leave a place behind. This scans the
 * sources for each lever's id (quoted, as a property or key, in a field path), its series and its
 * own series, and fails on any it finds.
 */
const ROOT = join(__dirname, '../../..')
const SCANNED = ['shared', 'electron', 'renderer']

/** Files that name levers by design, and why. */
const EXEMPT_FILES = new Map([
  ['shared/model/levers', 'the lever table, its equations and their explanations'],
  ['shared/model/scenario/scenario-upgrade.ts', 'reads old files: it spells the history of fields'],
  ['shared/model/scenario/presets.ts', 'named policy packages: each sets a given lever'],
])

/** Texts that look like a lever id but are not one. */
const EXEMPT_TEXTS = [
  // The assumptions' theme `dst.*` in the assumptions panel, not the lever.
  {
    file: 'renderer/src/components/assumption-catalogue.ts',
    text: "{ id: 'dst', key: 'groupDst', prefixes: ['dst'] }",
  },
  // A sector's exposure to the DST in the baseline files (resources), not the scenario's lever.
  { file: 'shared/model/baseline/baseline-schema.ts', text: 'dst: z.number().min(0).max(1),' },
  { file: 'shared/model/engine/compile.ts', text: 'baseline.sectors[s].levyExposure.dst' },
  // The backcast command's output names the DST's backcast, a baseline check.
  { file: 'electron/cli/run.ts', text: 'dst: dstBackcast(baseline),' },
]

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** What spells a lever: its id quoted, after a dot, as a key; its series ids. */
function spellings(lever: (typeof LEVERS)[number]): RegExp[] {
  const id = escapeRegExp(lever.id)
  return [
    new RegExp(`['"\`]${id}['"\`]`),
    new RegExp(`\\.${id}\\b`),
    new RegExp(`\\b${id}\\s*:`),
    new RegExp(`\\bincrement_${escapeRegExp(lever.series)}(_|\\b)`),
    ...(lever.ownSeries ?? []).map((own: string) => new RegExp(`\\b${escapeRegExp(own)}\\b`)),
  ]
}

describe('lever ids outside the lever table', () => {
  const files = SCANNED.flatMap(sources).filter(
    (file) => ![...EXEMPT_FILES.keys()].some((exempt) => file.startsWith(exempt)),
  )

  it('scans the sources', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(files).toContain('shared/model/engine/series-catalogue.ts')
  })

  for (const lever of LEVERS) {
    it(`${lever.id} is spelled nowhere else`, () => {
      const patterns = spellings(lever)
      const found = files.flatMap((file) => {
        let text = readFileSync(join(ROOT, file), 'utf8')
        for (const exempt of EXEMPT_TEXTS)
          if (exempt.file === file) text = text.replace(exempt.text, '')
        return text
          .split('\n')
          .flatMap((line, i) =>
            patterns.some((p) => p.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
          )
      })
      expect(found).toEqual([])
    })
  }

  it('finds a lever where one is spelled', () => {
    const [dst] = LEVERS
    const hits = ["levers['dst']", 'model.levers.dst.rate', '{ dst: 1 }', 'G.increment_dst_pv']
    for (const line of hits) expect(spellings(dst).some((p) => p.test(line))).toBe(true)
    expect(spellings(dst).some((p) => p.test("assumption('dst.pass_through')"))).toBe(false)
  })
})

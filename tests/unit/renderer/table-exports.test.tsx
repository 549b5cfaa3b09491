// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Language } from '@shared/app-identity'
import { csvNumber, readCsv } from '@shared/format/csv-read'
import { getBaseline } from '@shared/model/baseline/baselines'
import { MODEL_VERSION } from '@shared/model/engine/version'
import { versionText } from '@shared/format/export-provenance'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { CATALOGUES } from '@shared/i18n/catalogues'
import { TableExports } from '../../../renderer/src/components/table-exports'
import { csvDialect } from '@shared/format/csv-dialect'
import { exportProvenance } from '../../../renderer/src/format/export-provenance'
import { presetLabel } from '../../../renderer/src/compare/reference'
import { simulate } from '@shared/model/engine/simulate'
import { translator } from '@shared/i18n/translate'
import type * as DownloadModule from '../../../renderer/src/format/download'
import { createLevierStore, StoreProvider } from '../../../renderer/src/store'
import { readXlsx } from '../../helpers/xlsx-read'
import { fakeApi } from '../../helpers/one-scenario-host'

const downloads = vi.hoisted(() => [] as Array<{ name: string; content: string | Uint8Array }>)
vi.mock('../../../renderer/src/format/download', async (original) => ({
  ...(await original<typeof DownloadModule>()),
  download: (name: string, content: string | Uint8Array) => downloads.push({ name, content }),
}))

beforeEach(() => {
  downloads.length = 0
})
afterEach(cleanup)

const scenario = defaultScenario('dst-6')
const baseline = getBaseline(scenario.baseline)

/** A table of a money column, a jobs column and a share column, exported in `language`. */
function exportTable(language: Language) {
  const store = createLevierStore(fakeApi({}))
  act(() =>
    store.setState({
      language,
      appInfo: {
        name: 'Levier',
        version: '0.1.0',
        host: 'desktop',
        platform: 'linux',
        dataDir: '/d',
      },
      draft: scenario,
      draftId: 's1',
      scenarios: [
        {
          id: 's1',
          name: 'TSN =6 %',
          description: '',
          tags: [],
          parentId: null,
          createdAt: '2026-01-01T00:00:00Z',
          updatedAt: '2026-01-01T00:00:00Z',
          deletedAt: null,
          currentVersion: 3,
        },
      ],
    }),
  )
  render(
    <StoreProvider store={store}>
      <TableExports
        fileName="table"
        sheetName="Table"
        columns={[
          { header: 'Year', unit: 'year' },
          { header: 'Need', unit: 'bn_eur' },
          { header: 'Jobs', unit: 'fte' },
          { header: 'Rate', unit: 'share' },
        ]}
        rows={[
          [2030, 15.499999999999886, 15272.56, 0.357049],
          [2031, 0.812345, 3.4, 0.06],
        ]}
      />
    </StoreProvider>,
  )
  const t = CATALOGUES[language] as Readonly<Record<string, string>>
  fireEvent.click(screen.getByRole('button', { name: t.exportCsv }))
  fireEvent.click(screen.getByRole('button', { name: t.exportXlsxAction }))
  const [csv, xlsx] = downloads
  return { csv: readCsv(csv?.content as string, csvDialect(language)), xlsx, t }
}

describe.each(['fr', 'en'] as const)('a table exported in %s', (language) => {
  it('rounds the CSV as the screen does, names units as the XLSX does, and says what produced it', () => {
    const { csv, xlsx, t } = exportTable(language)
    const dialect = csvDialect(language)
    expect(csv.rows[0]).toEqual([
      `Year (${t['unit.year']})`,
      `Need (${t['unit.bn_eur']})`,
      `Jobs (${t['unit.fte']})`,
      `Rate (${t['unit.share']})`,
    ])
    const numbers = csv.rows.slice(1).map((row) => row.map((cell) => csvNumber(cell, dialect)))
    // Money: one decimal from 10 € bn, three below 1; jobs whole; shares to a tenth of a percent.
    expect(numbers).toEqual([
      [2030, 15.5, 15273, 0.357],
      [2031, 0.812, 3, 0.06],
    ])
    expect(csv.head).toEqual([
      ['Levier', versionText('0.1.0')],
      [t['export.provenance.scenario'], 'TSN =6 %'],
      [t['export.provenance.scenarioVersion'], '3'],
      [t['export.provenance.model'], versionText(MODEL_VERSION)],
      [t['export.provenance.baseline'], `${baseline.id} (${baseline.vintage})`],
      [t['export.provenance.exportedAt'], expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/)],
    ])
    // The XLSX keeps full precision and has the same provenance on a sheet of its own.
    const book = readXlsx(xlsx?.content as Uint8Array)
    expect(book.bad).toBeNull()
    expect(book.cells.B2?.v).toBe(15.499999999999886)
    expect(book.cells.C2?.v).toBe(15272.56)
    expect(book.cells.C1?.v).toBe(`Jobs (${t['unit.fte']})`)
    const parts = unzipSync(xlsx?.content as Uint8Array)
    const workbook = strFromU8(parts['xl/workbook.xml'] as Uint8Array)
    expect(workbook).toContain(`name="${t['export.provenance.sheet']}"`)
    const sheet = strFromU8(parts['xl/worksheets/sheet2.xml'] as Uint8Array)
    for (const [label, value] of csv.head.slice(0, 5)) {
      expect(sheet).toContain(`<t>${label}</t>`)
      expect(sheet).toContain(`<t>${value}</t>`)
    }
  })
})

describe('the provenance of an export from the compare view', () => {
  it('names the compared scenarios and their reference, without one scenario’s version', () => {
    const store = createLevierStore(fakeApi({}))
    const projection = simulate(scenario, baseline)
    store.setState({
      language: 'en',
      view: 'compare',
      compareData: {
        key: 'a,b',
        scenarios: [
          { id: 'a', name: 'DST 6 %', inTrash: false, document: scenario, projection },
          { id: 'b', name: 'Tier', inTrash: false, document: scenario, projection },
        ],
        reference: { kind: 'preset', preset: 'current-law', document: scenario, projection },
        errors: [],
      },
    })
    const p = exportProvenance(store.getState(), new Date(Date.UTC(2026, 0, 2, 3, 4)))
    expect(p.scenario).toBe(
      translator('en')('export.provenance.compared', {
        scenarios: 'DST 6 %, Tier',
        reference: presetLabel('current-law', 'en'),
      }),
    )
    expect(p.scenarioVersion).toBeUndefined()
    expect([p.baselineId, p.baselineVintage]).toEqual([baseline.id, baseline.vintage])
  })
})

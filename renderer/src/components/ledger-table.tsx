import { useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { ExplainTarget } from '@shared/model/explain/explain'
import { LEDGER_BLOCKS } from '@shared/model/engine/ledger-series'
import { GLOBAL_SERIES } from '@shared/model/engine/series'
import { UNITS } from '@shared/model/engine/units'
import { shownRows, toCsv } from '../format/csv'
import { useExportHead } from '../format/export-provenance'
import { download, safeFileName } from '../format/download'
import { formatValue } from '../format/format-value'
import { numberFormatForUnit, XLSX_TYPE, xlsxWorkbook } from '../format/xlsx'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { ExplainButton, ExplainDialog } from './explain-dialog'
import { TableScroll } from './table-scroll'

/** Arrow keys, Home and End move between the ledger's figures (one tab stop for the grid). */
function nextCell(
  key: string,
  [row, col]: readonly [number, number],
  rows: number,
  cols: number,
): [number, number] | null {
  switch (key) {
    case 'ArrowUp':
      return [Math.max(0, row - 1), col]
    case 'ArrowDown':
      return [Math.min(rows - 1, row + 1), col]
    case 'ArrowLeft':
      return [row, Math.max(0, col - 1)]
    case 'ArrowRight':
      return [row, Math.min(cols - 1, col + 1)]
    case 'Home':
      return [row, 0]
    case 'End':
      return [row, cols - 1]
    default:
      return null
  }
}

export function LedgerTable({ scenarioName }: { scenarioName: string }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const projection = useLevier((s) => (s.draftId === s.selectedId ? s.liveProjection : null))
  const [explaining, setExplaining] = useState<ExplainTarget | null>(null)
  const [active, setActive] = useState<readonly [number, number]>([0, 0])
  const body = useRef<HTMLTableSectionElement>(null)
  const exportHead = useExportHead()
  if (!projection) return null
  // ROBSS, Unédic, general government and jobs in blocks apart, each block named in the exports.
  const columns = LEDGER_BLOCKS.flatMap((block) =>
    block.series.map((id) => {
      const spec = GLOBAL_SERIES.find((g) => g.id === id)
      const series = projection.series.find((x) => x.id === id)
      const label = spec ? spec[language] : id
      return {
        id,
        block: block[language],
        label,
        exportLabel: `${block[language]} — ${label}`,
        unit: series?.unit ?? 'bn_eur',
        values: series?.values ?? [],
      }
    }),
  )
  const fileName = `${safeFileName(scenarioName)}-${t('ledgerFile')}`
  // The same headers in both files: the unit as the catalogue writes it (Md€, ETP).
  const headers = [
    t('yearCol'),
    ...columns.map((c) => `${c.exportLabel} (${UNITS[c.unit][language]})`),
  ]
  const exportCsv = () => {
    const rows = projection.years.map((year, i) => [
      year,
      ...columns.map((c) => c.values[i] ?? Number.NaN),
    ])
    const shown = shownRows(rows, (_, c) => (c === 0 ? 'year' : columns[c - 1]?.unit))
    const csv = toCsv([headers, ...shown], language, exportHead().head)
    download(`${fileName}.csv`, csv, 'text/csv;charset=utf-8')
  }
  const exportXlsx = () => {
    const bytes = xlsxWorkbook(
      t('ledgerTitle'),
      [
        { header: headers[0] as string, numberFormat: numberFormatForUnit('year'), width: 8 },
        ...columns.map((c, i) => ({
          header: headers[i + 1] as string,
          numberFormat: numberFormatForUnit(c.unit),
        })),
      ],
      projection.years.map((year, i) => [year, ...columns.map((c) => c.values[i] ?? Number.NaN)]),
      { provenance: exportHead() },
    )
    download(`${fileName}.xlsx`, bytes, XLSX_TYPE)
  }
  // The current cell, kept inside the table when the horizon gets shorter.
  const current = [
    Math.min(active[0], projection.years.length - 1),
    Math.min(active[1], columns.length - 1),
  ] as const
  const onKeyDown = (event: KeyboardEvent) => {
    const next = nextCell(event.key, current, projection.years.length, columns.length)
    if (!next) return
    event.preventDefault()
    setActive(next)
    body.current?.querySelector<HTMLButtonElement>(`[data-cell="${next[0]}:${next[1]}"]`)?.focus()
  }
  return (
    <section aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t('ledgerTitle')}</h2>
      <div className="actions start">
        <button type="button" onClick={exportCsv}>
          {t('exportCsv')}
        </button>
        <button type="button" onClick={exportXlsx}>
          {t('exportXlsxAction')}
        </button>
      </div>
      <p className="hint">{t('explainLedgerHint')}</p>
      <TableScroll labelledBy="ledger-title">
        <table className="data-table ledger">
          <thead>
            <tr className="ledger-blocks">
              <td />
              {LEDGER_BLOCKS.map((block) => (
                <th scope="colgroup" colSpan={block.series.length} key={block.id}>
                  {block[language]}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">{t('yearCol')}</th>
              {columns.map((c) => (
                <th scope="col" key={c.id}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body} onKeyDown={onKeyDown}>
            {projection.years.map((year, i) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {columns.map((c, j) => {
                  const text = formatValue(c.values[i] ?? Number.NaN, c.unit, language)
                  return (
                    <td key={c.id}>
                      <ExplainButton
                        label={`${c.label}, ${year}`}
                        value={text}
                        tabIndex={current[0] === i && current[1] === j ? 0 : -1}
                        cell={`${i}:${j}`}
                        onFocus={() => setActive([i, j])}
                        onExplain={() => setExplaining({ kind: 'series', id: c.id, year })}
                      >
                        {text}
                      </ExplainButton>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ExplainDialog target={explaining} onClose={() => setExplaining(null)} />
    </section>
  )
}

import type { Language } from '@shared/app-identity'
import { TableScroll } from '../components/table-scroll'
import type { Attribution, LeverId } from '@shared/model/comparison/attribution'
import type { Unit } from '@shared/model/engine/units'
import { UNITS } from '@shared/model/engine/units'
import { shownRows, toCsv } from '../format/csv'
import { useExportHead } from '../format/export-provenance'
import { download, safeFileName } from '../format/download'
import { formatValue } from '../format/format-value'
import { numberFormatForUnit, XLSX_TYPE, xlsxWorkbook } from '../format/xlsx'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { PLAYER_COLOURS, attributionRows } from './waterfall'

/** A change, with its sign written: +12,3 Md€, −4,5 Md€. */
export function signed(value: number, unit: Unit, language: Language): string {
  const text = formatValue(value, unit, language)
  return value > 0 ? `+${text}` : text
}

export interface AttributionTableProps {
  readonly attribution: Attribution
  readonly unit: Unit
  readonly player: (id: LeverId) => string
  /** The table's caption: the scenario and the measure. */
  readonly caption: string
  readonly filePrefix: string
}

/** Each lever's Shapley share and effect alone, the interaction, the total; CSV and XLSX exports. */
export function AttributionTable(props: AttributionTableProps) {
  const { attribution, unit, player, caption, filePrefix } = props
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const exportHead = useExportHead()
  const rows = attributionRows(attribution, {
    player,
    interaction: t('attribInteraction'),
    total: t('attribTotal'),
  })
  const headers = [
    t('attribLeverCol'),
    t('attribShapleyCol'),
    t('attribPctCol'),
    t('attribAloneCol'),
  ]
  const fileName = `${safeFileName(filePrefix)}-${t('attribFile')}`
  const exportCsv = () => {
    const unitText = UNITS[unit][language]
    const csv = toCsv(
      [
        [
          headers[0] as string,
          `${headers[1]} (${unitText})`,
          headers[2] as string,
          `${headers[3]} (${unitText})`,
        ],
        ...shownRows(
          rows.map((r) => [r.label, r.shapley, r.ofTotal, r.alone]),
          (_, c) => (c === 2 ? 'share' : unit),
        ),
      ],
      language,
      exportHead().head,
    )
    download(`${fileName}.csv`, csv, 'text/csv;charset=utf-8')
  }
  const exportXlsx = () => {
    const unitText = UNITS[unit][language]
    const bytes = xlsxWorkbook(
      t('attribTitle'),
      [
        { header: headers[0] as string, width: 36 },
        { header: `${headers[1]} (${unitText})`, numberFormat: numberFormatForUnit(unit) },
        { header: headers[2] as string, numberFormat: numberFormatForUnit('share') },
        { header: `${headers[3]} (${unitText})`, numberFormat: numberFormatForUnit(unit) },
      ],
      rows.map((r) => [r.label, r.shapley, r.ofTotal, r.alone]),
      { provenance: exportHead() },
    )
    download(`${fileName}.xlsx`, bytes, XLSX_TYPE)
  }
  const dash = '—'
  return (
    <div className="attribution-table">
      <div className="chart-head">
        <h3 id="attribution-table-title">{caption}</h3>
        <div className="chart-exports" role="group" aria-label={t('attribExportLabel')}>
          <button type="button" onClick={exportCsv} aria-label={t('attribExportCsv')}>
            {t('exportChartCsv')}
          </button>
          <button type="button" onClick={exportXlsx} aria-label={t('attribExportXlsx')}>
            {t('exportXlsx')}
          </button>
        </div>
      </div>
      <TableScroll labelledBy="attribution-table-title">
        <table className="data-table" aria-labelledby="attribution-table-title">
          <thead>
            <tr>
              {headers.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.key === 'total' ? 'total' : undefined}>
                <th scope="row">
                  {r.key !== 'interaction' && r.key !== 'total' && (
                    <span
                      className="swatch"
                      style={{ background: PLAYER_COLOURS[r.key] }}
                      aria-hidden="true"
                    />
                  )}
                  {r.label}
                </th>
                <td>{Number.isNaN(r.shapley) ? dash : signed(r.shapley, unit, language)}</td>
                <td>
                  {Number.isFinite(r.ofTotal) ? formatValue(r.ofTotal, 'share', language) : dash}
                </td>
                <td>{signed(r.alone, unit, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="hint">{t('attribInteractionNote')}</p>
    </div>
  )
}

import type { Language } from '@shared/app-identity'
import { UNITS } from '@shared/model/engine/units'
import type { Unit } from '@shared/model/engine/units'
import { TableScroll } from '../components/table-scroll'
import { formatNumber, formatValue } from '../format/format-value'
import type { FigureRows } from './figure-exports'

const isUnit = (text: string): text is Unit => Object.hasOwn(UNITS, text)

/**
 * The export rows name units by their codes ("(bn_eur)"), which spreadsheets keep; a reader of
 * the screen gets them as the interface writes them ("(Md€)").
 */
function readable(cell: string, language: Language): string {
  if (isUnit(cell)) return UNITS[cell][language]
  return cell.replace(/\((\w+)\)$/, (whole, code: string) =>
    isUnit(code) ? `(${UNITS[code][language]})` : whole,
  )
}

function shown(cell: string | number, unit: Unit | undefined, language: Language): string {
  if (typeof cell === 'string') return readable(cell, language)
  if (unit === 'year') return String(cell)
  return unit ? formatValue(cell, unit, language) : formatNumber(cell, language)
}

/**
 * A chart's numbers as a table: the text alternative of the drawing (WCAG 1.1.1, RGAA 1.1 and
 * 1.8). The same rows as the CSV and XLSX exports, so the three cannot disagree, written in the
 * language's number format as the rest of the screen. The first column heads each row.
 */
export function ChartDataTable({
  id,
  caption,
  rows,
  columnUnits,
  language,
}: {
  id: string
  caption: string
  rows: FigureRows
  columnUnits: ReadonlyArray<Unit | undefined>
  language: Language
}) {
  const [header = [], ...body] = rows
  return (
    <TableScroll label={caption}>
      <table id={id} className="data-table chart-data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header.map((cell, i) => (
              <th key={i} scope="col">
                {shown(cell, undefined, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {shown(cell, columnUnits[i], language)}
                  </th>
                ) : (
                  <td key={i}>{shown(cell, columnUnits[i], language)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

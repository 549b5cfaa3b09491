import type { ReactNode } from 'react'
import { UNITS } from '@shared/model/engine/units'
import { formatNumber, formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import type { IndicatorSpread } from '../sim/uncertainty-job'
import { useLevier } from '../store'
import { TableExports } from './table-exports'
import { TableScroll } from './table-scroll'

/** The percentiles every uncertainty table exports, with their column headings. */
export const PERCENTILE_COLUMNS = [
  ['p5', 'mcP5'],
  ['p25', 'mcP25'],
  ['p50', 'mcMedian'],
  ['p75', 'mcP75'],
  ['p95', 'mcP95'],
  ['central', 'mcCentral'],
] as const
export type PercentileField = (typeof PERCENTILE_COLUMNS)[number][0]

/** One row: an indicator of a scenario, or a scenario on one indicator. */
export interface PercentileRow {
  readonly key: string
  readonly label: string
  readonly spread: IndicatorSpread
  /** The scenario's colour in the charts beside the table. */
  readonly colour?: string
  readonly selected?: boolean
  /** The value of the extra column, when the table has one. */
  readonly count?: number
}

/**
 * A table of percentiles, one row each, as shown (the columns in `shown`) and as CSV and XLSX
 * (every percentile, the unit, and the draws left out): the same headings whatever its rows are.
 */
export function PercentileTable({
  prefix,
  headingId,
  title,
  className,
  tableClassName,
  rowHeader,
  rows,
  shown,
  count,
  fileName,
  sheetName,
  exportLabel,
  children,
}: {
  /** Test ids of the rows' parts start with it. */
  prefix: string
  headingId: string
  title: string
  className: string
  tableClassName: string
  rowHeader: string
  rows: readonly PercentileRow[]
  /** The columns shown on screen (the exports have them all). */
  shown: readonly PercentileField[]
  /** A column after the percentiles, shown and exported: its heading. */
  count?: string
  fileName: string
  sheetName: string
  /** Names the export buttons when several tables sit on one screen. */
  exportLabel?: string
  children?: ReactNode
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const columns = PERCENTILE_COLUMNS.filter(([field]) => shown.includes(field))
  return (
    <section aria-labelledby={headingId} className={className}>
      <div className="chart-head">
        <h3 id={headingId}>{title}</h3>
        <TableExports
          fileName={fileName}
          sheetName={sheetName}
          {...(exportLabel ? { label: exportLabel } : {})}
          columns={[
            { header: rowHeader },
            ...PERCENTILE_COLUMNS.map(([, key]) => ({ header: t(key) })),
            { header: t('compareUnitCol') },
            { header: t('mcSkippedCol') },
            ...(count ? [{ header: count }] : []),
          ]}
          rows={rows.map((r) => [
            r.label,
            ...PERCENTILE_COLUMNS.map(([field]) => r.spread[field]),
            UNITS[r.spread.unit][language],
            r.spread.skipped,
            ...(count ? [r.count ?? null] : []),
          ])}
          rowUnits={rows.map((r) => r.spread.unit)}
        />
      </div>
      <TableScroll labelledBy={headingId}>
        <table className={tableClassName} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {columns.map(([field, key]) => (
                <th scope="col" key={field}>
                  {t(key)}
                </th>
              ))}
              {count && <th scope="col">{count}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.selected ? 'selected' : undefined}>
                <th scope="row">
                  {r.colour && (
                    <span
                      className="cmc-swatch"
                      style={{ background: r.colour }}
                      aria-hidden="true"
                    />
                  )}
                  {r.label}
                  {r.spread.skipped > 0 && (
                    <span className="hint" data-testid={`${prefix}-skipped-${r.key}`}>
                      {' '}
                      ({t('mcSkippedNaN')} {r.spread.skipped})
                    </span>
                  )}
                </th>
                {columns.map(([field]) => (
                  <td key={field}>{formatValue(r.spread[field], r.spread.unit, language)}</td>
                ))}
                {count && <td>{formatNumber(r.count ?? 0, language, 0)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {children}
    </section>
  )
}

/** A finished run's results: out of date ones stay, faded and said to be so. */
export function McResultsFrame({
  prefix,
  title,
  className,
  stale,
  staleText,
  children,
}: {
  prefix: string
  title: string
  className: string
  stale: boolean
  staleText: string
  children: ReactNode
}) {
  const t = useTranslate()
  return (
    <section
      aria-labelledby={`${prefix}-results-title`}
      className={stale ? `${className} stale` : className}
      data-testid={`${prefix}-results`}
    >
      <div className="mc-results-head">
        <h3 id={`${prefix}-results-title`}>{title}</h3>
        {stale && <span className="badge">{t('mcStaleBadge')}</span>}
      </div>
      {stale && (
        <p className="mc-stale-text" data-testid={`${prefix}-stale`}>
          {staleText}
        </p>
      )}
      {children}
    </section>
  )
}

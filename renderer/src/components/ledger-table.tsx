import { GLOBAL_SERIES } from '@shared/model/series'
import { toCsv } from '../format/csv'
import { download, safeFileName } from '../format/download'
import { formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'

/** The money ledger, year by year: how the financing gap is built. */
const LEDGER_SERIES = [
  'financing_gap_baseline',
  'contributions_lost',
  'benefits_cost',
  'coproduction_effect',
  'revenue_dst',
  'revenue_data_levy',
  'revenue_platform',
  'lever_revenue_earmarked',
  'financing_gap',
  'jobs_displaced_total',
] as const

export function LedgerTable({ scenarioName }: { scenarioName: string }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const projection = useLevier((s) => (s.draftId === s.selectedId ? s.liveProjection : null))
  if (!projection) return null
  const columns = LEDGER_SERIES.map((id) => {
    const spec = GLOBAL_SERIES.find((g) => g.id === id)
    const series = projection.series.find((x) => x.id === id)
    return {
      id,
      label: spec ? spec[language] : id,
      unit: series?.unit ?? 'bn_eur',
      values: series?.values ?? [],
    }
  })
  const exportCsv = () => {
    const header = [t('yearCol'), ...columns.map((c) => `${c.label} (${c.unit})`)]
    const rows = projection.years.map((year, i) => [
      year,
      ...columns.map((c) => c.values[i] ?? Number.NaN),
    ])
    download(
      `${safeFileName(scenarioName)}-${t('ledgerFile')}.csv`,
      toCsv([header, ...rows], language),
      'text/csv;charset=utf-8',
    )
  }
  return (
    <section aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t('ledgerTitle')}</h2>
      <div className="actions start">
        <button type="button" onClick={exportCsv}>
          {t('exportCsv')}
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table ledger">
          <thead>
            <tr>
              <th scope="col">{t('yearCol')}</th>
              {columns.map((c) => (
                <th scope="col" key={c.id}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {projection.years.map((year, i) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {columns.map((c) => (
                  <td key={c.id}>{formatValue(c.values[i] ?? Number.NaN, c.unit, language)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

import { useMemo } from 'react'
import { TableScroll } from '../components/table-scroll'
import { compareIndicators, inputDifferences } from '@shared/model/comparison/comparison'
import { INDICATORS } from '@shared/model/engine/series'
import { coverageText } from '@shared/format/coverage'
import { INDICATOR_GROUPS } from '@shared/brief/indicator-groups'
import type { Unit } from '@shared/model/engine/units'
import { UNITS } from '@shared/model/engine/units'
import type { Language } from '@shared/app-identity'
import { formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import type { ComparedScenario } from '../store/types'
import { fieldLabel, shown } from '../components/describe-input'
import { TableExports } from '../components/table-exports'
import { scenarioColour } from './compare-charts'

interface Props {
  readonly referenceName: string
  readonly reference: {
    projection: ComparedScenario['projection']
    document: ComparedScenario['document']
  }
  readonly scenarios: readonly ComparedScenario[]
  readonly fileName: string
}

/** A signed difference: "+1,2 Md€", "−3 %", "0". */
function signed(value: number, unit: Unit, language: Language) {
  if (!Number.isFinite(value)) return '—'
  const text = formatValue(Math.abs(value), unit, language)
  // A difference that rounds to nothing is written as nothing, not as "−0,000".
  if (!/[1-9]/.test(text)) return formatValue(0, unit, language)
  return `${value > 0 ? '+' : '−'}${text}`
}

/** A value as the headline cards write it: the coverage ratio with its reason when undefined. */
function valueText(value: number, unit: Unit, language: Language) {
  return unit === 'ratio' ? coverageText(value, language) : formatValue(value, unit, language)
}

/**
 * The headline indicators of every scenario with their difference to the reference; the best
 * scenario of a row (where one direction is better) is marked.
 */
export function ComparisonTable({ referenceName, reference, scenarios, fileName }: Props) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const rows = useMemo(() => {
    const all = compareIndicators(
      reference.projection,
      scenarios.map((s) => s.projection),
    )
    return INDICATOR_GROUPS.map((group) => ({
      group,
      rows: group.ids.flatMap((id) => all.filter((r) => r.id === id)),
    }))
  }, [reference, scenarios])
  const flat = rows.flatMap((g) => g.rows)
  const label = (id: string) => INDICATORS.find((i) => i.id === id)?.[language] ?? id
  return (
    <section aria-labelledby="compare-table-title">
      <h2 id="compare-table-title">{t('compareTableTitle')}</h2>
      <TableExports
        fileName={`${fileName}-${t('compareTableFile')}`}
        sheetName={t('compareTableTitle')}
        label={t('compareTableTitle')}
        columns={[
          { header: t('compareIndicatorCol') },
          { header: referenceName },
          ...scenarios.flatMap((s) => [
            { header: s.name },
            { header: `${s.name} − ${referenceName}` },
          ]),
          { header: t('compareUnitCol') },
        ]}
        rows={flat.map((row) => [
          label(row.id),
          row.reference,
          ...row.values.flatMap((v, i) => [v, row.deltas[i] ?? null]),
          UNITS[row.unit][language],
        ])}
        rowUnits={flat.map((row) => row.unit)}
      />
      <TableScroll labelledBy="compare-table-title">
        <table className="data-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t('compareIndicatorCol')}</th>
              <th scope="col">{referenceName}</th>
              {scenarios.map((s, i) => (
                <th scope="col" key={s.id}>
                  <span
                    className="swatch"
                    style={{ background: scenarioColour(i) }}
                    aria-hidden="true"
                  />
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          {rows.map(({ group, rows: groupRows }) => (
            <tbody key={group.id} data-group={group.id}>
              <tr className="group-row">
                <th scope="colgroup" colSpan={scenarios.length + 2}>
                  {group.label[language]}
                </th>
              </tr>
              {groupRows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{label(row.id)}</th>
                  <td>{valueText(row.reference, row.unit, language)}</td>
                  {row.values.map((value, i) => (
                    <td key={scenarios[i]?.id ?? i} className={row.best === i ? 'best' : undefined}>
                      <span className="value">{valueText(value, row.unit, language)}</span>
                      <span className="delta" data-testid={`delta-${row.id}-${i}`}>
                        {signed(row.deltas[i] ?? Number.NaN, row.unit, language)}
                      </span>
                      {row.best === i && <span className="best-mark">{t('compareBest')}</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
    </section>
  )
}

/** Row by row, the inputs on which the scenarios (and the reference) differ, with units. */
export function InputDifferencesTable({ referenceName, reference, scenarios, fileName }: Props) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const differences = useMemo(
    () => inputDifferences([reference.document, ...scenarios.map((s) => s.document)]),
    [reference, scenarios],
  )
  const names = [referenceName, ...scenarios.map((s) => s.name)]
  return (
    <section aria-labelledby="compare-inputs-title">
      <h2 id="compare-inputs-title">{t('compareInputsTitle')}</h2>
      {differences.length === 0 ? (
        <p>{t('compareNoDifference')}</p>
      ) : (
        <>
          <TableExports
            fileName={`${fileName}-${t('compareInputsFile')}`}
            sheetName={t('compareInputsTitle')}
            label={t('compareInputsTitle')}
            columns={[{ header: t('fieldCol') }, ...names.map((header) => ({ header }))]}
            rows={differences.map((d) => [
              fieldLabel(d.path, language),
              ...d.values.map((v) =>
                typeof v === 'number' ? v : shown(v, d.unit, language, d.path),
              ),
            ])}
            rowUnits={differences.map((d) => d.unit ?? undefined)}
          />
          <TableScroll labelledBy="compare-inputs-title">
            <table className="data-table compare-inputs">
              <thead>
                <tr>
                  <th scope="col">{t('fieldCol')}</th>
                  {names.map((name, i) => (
                    <th scope="col" key={`${i}-${name}`}>
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {differences.map((d) => (
                  <tr key={d.path}>
                    <th scope="row">{fieldLabel(d.path, language)}</th>
                    {d.values.map((v, i) => (
                      <td key={i}>{shown(v, d.unit, language, d.path)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  )
}

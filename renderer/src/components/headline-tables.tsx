import type { ReactNode } from 'react'
import type { Language } from '@shared/app-identity'
import type { Baseline } from '@shared/model/baseline/baseline-schema'
import { INDICATORS } from '@shared/model/engine/series'
import { formatValue } from '../format/format-value'
import type { Translate } from '../i18n/translate'
import { EffectBandNote } from './effect-band'
import type { Figure } from './headline-cards'
import { discountRate, fullPhaseInYear, YIELD_ROWS } from './headline-data'
import type { CardScenario } from './headline-data'

interface TableProps {
  readonly values: Readonly<Record<string, number>>
  readonly scenario: CardScenario | null
  readonly year: string
  readonly t: Translate
  readonly language: Language
  readonly figure: Figure
}

function label(id: string, language: Language): string {
  return INDICATORS.find((i) => i.id === id)?.[language] ?? id
}

type CellUnit = 'bn_eur' | 'share'

/** A row's figures, each a traceable cell in its unit ("—" where the run has no value). */
function Cells({
  cells,
  values,
  language,
  figure,
}: {
  cells: readonly (readonly [id: string, unit: CellUnit, after?: ReactNode])[]
  values: Readonly<Record<string, number>>
  language: Language
  figure: Figure
}) {
  return cells.map(([id, unit, after]) => {
    const value = values[id]
    return (
      <td key={id} data-testid={`headline-${id}`}>
        {value === undefined
          ? '—'
          : figure(
              { kind: 'indicator', id },
              label(id, language),
              // A share of receipts is small (hundredths of a percent): two decimals show it.
              formatValue(value, unit, language, unit === 'share' ? { digits: 2 } : {}),
            )}
        {after}
      </td>
    )
  })
}

function cumulativeHeader(t: Translate, scenario: CardScenario | null, year: string): string {
  return t('colCumulative')
    .replace('{start}', String(scenario?.horizon.start ?? ''))
    .replace('{end}', year)
}

/**
 * Each lever's net yield over current law: in year N (the final year), at full phase-in (the
 * year given where the scenario is known), cumulated, and as a present value at the stated
 * discount rate, which is an assumption the analyst can edit.
 */
export function YieldCard({
  values,
  scenario,
  baseline,
  year,
  t,
  language,
  figure,
  onEditRate,
}: TableProps & { baseline: Baseline | null; onEditRate: (() => void) | null }) {
  const rate = scenario && baseline ? discountRate(scenario, baseline) : null
  return (
    <div className="card wide" data-testid="card-yield">
      <dt>{t('cardYield')}</dt>
      <dd>
        <table className="card-table">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('colYearN').replace('{year}', year).trim()}</th>
              <th scope="col">{t('colFull')}</th>
              <th scope="col">{cumulativeHeader(t, scenario, year)}</th>
              <th scope="col">{t('colPv')}</th>
            </tr>
          </thead>
          <tbody>
            {YIELD_ROWS.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label(t, language)}</th>
                <Cells
                  cells={[
                    [`increment_${row.key}_final`, 'bn_eur'],
                    [
                      `increment_${row.key}_full`,
                      'bn_eur',
                      scenario && (
                        <span className="card-year">
                          {' '}
                          ({fullPhaseInYear(scenario, row.levers)})
                        </span>
                      ),
                    ],
                    [`increment_${row.key}_cumulative`, 'bn_eur'],
                    [`increment_${row.key}_pv`, 'bn_eur'],
                  ]}
                  values={values}
                  language={language}
                  figure={figure}
                />
              </tr>
            ))}
          </tbody>
        </table>
        <EffectBandNote id="increment_total_final" />
        <p className="card-note">
          {t('cardToRobss')}
          {t('colon')}{' '}
          <span data-testid="headline-increment_robss_cumulative">
            {values.increment_robss_cumulative === undefined
              ? '—'
              : formatValue(values.increment_robss_cumulative, 'bn_eur', language)}
          </span>
        </p>
        <p className="card-note" data-testid="discount-rate-note">
          {rate !== null &&
            t('pvAtRate')
              .replace('{rate}', formatValue(rate, 'share', language))
              .replace('{year}', String(scenario?.horizon.start ?? ''))}{' '}
          {onEditRate ? (
            <>
              {t('pvRateEditable')}{' '}
              <button type="button" className="link" onClick={onEditRate}>
                {t('pvRateLink')}
              </button>
              .
            </>
          ) : (
            t('pvRateReadOnly')
          )}
        </p>
        <p className="card-note">{t('cardYieldLead')}</p>
      </dd>
    </div>
  )
}

/** The cost of coproduction to the ROBSS: final year, cumulated, present value, share of receipts. */
export function CostCard({ values, scenario, year, t, language, figure }: TableProps) {
  return (
    <div className="card wide" data-testid="card-cost">
      <dt>{t('cardCost')}</dt>
      <dd>
        <table className="card-table">
          <thead>
            <tr>
              <th scope="col">{t('colYearN').replace('{year}', year).trim()}</th>
              <th scope="col">{cumulativeHeader(t, scenario, year)}</th>
              <th scope="col">{t('colPv')}</th>
              <th scope="col">{t('colShareReceipts').replace('{year}', year)}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <Cells
                cells={[
                  ['coproduction_effect_final', 'bn_eur'],
                  ['coproduction_effect_cumulative', 'bn_eur'],
                  ['coproduction_effect_pv', 'bn_eur'],
                  ['coproduction_effect_share_receipts', 'share'],
                ]}
                values={values}
                language={language}
                figure={figure}
              />
            </tr>
          </tbody>
        </table>
      </dd>
    </div>
  )
}

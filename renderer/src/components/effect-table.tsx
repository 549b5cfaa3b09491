import { effectMeasureLabel, effectRowLabel } from '@shared/brief/brief-effects'
import type { LeverEffectBands } from '@shared/model/uncertainty/lever-effects'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { PercentileTable } from './mc-percentile-table'
import type { PercentileRow } from './mc-percentile-table'

/**
 * The bands of what the levers change over droit constant (paired draws): all the levers, then
 * each reformed lever alone when there are several. Exported as the other percentile tables.
 */
export function LeverEffectsTable({
  effects,
  years,
  scenarioName,
}: {
  effects: LeverEffectBands
  years: readonly number[]
  scenarioName: string
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const rows: PercentileRow[] = effects.parts.flatMap((part) =>
    part.bands.map((band) => ({
      key: `${part.of}-${band.id}`,
      label: effectRowLabel(part.of, effectMeasureLabel(band.id, years, t), t, language),
      // Differences of defined projections: no draw is ever left out.
      spread: { ...band, skipped: 0 },
      selected: part.of === 'all' && band.id === 'robss_balance_final',
    })),
  )
  return (
    <PercentileTable
      prefix="effect"
      headingId="effect-title"
      title={t('effectTitle')}
      className="mc-indicators mc-effects"
      tableClassName="data-table mc-table"
      rowHeader={t('indicatorLabel')}
      rows={rows}
      shown={['p5', 'p50', 'p95', 'central']}
      fileName={`${scenarioName}-${t('effectFile')}`}
      sheetName={t('effectTitle')}
      exportLabel={t('effectTitle')}
    >
      <p className="hint">{t('effectHint')}</p>
      {effects.parts.length > 1 && <p className="hint">{t('effectAloneHint')}</p>}
    </PercentileTable>
  )
}

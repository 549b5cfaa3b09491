import type { Language } from '@shared/app-identity'
import { translator } from '../i18n/translate'
import type { BriefFan } from '@shared/brief/brief-content'
import { SECTOR_IDS } from '@shared/model/engine/ids'
import { GLOBAL_SERIES } from '@shared/model/engine/series'
import type { Projection } from '@shared/model/engine/simulate'
import type { Unit } from '@shared/model/engine/units'
import { BriefBars } from './brief-bars'
import { BriefChart } from './brief-chart'
import type { BriefLine } from './brief-chart'
import type { BriefInputs } from '@shared/brief/compose-brief'
import { LEVERS } from '@shared/model/levers/lever-table'

function values(projection: Projection, id: string): number[] {
  return projection.series.find((s) => s.id === id)?.values ?? []
}

function seriesName(id: string, language: Language): string {
  return GLOBAL_SERIES.find((g) => g.id === id)?.[language] ?? id
}

/** A fan: the median and the central projection as lines, the 50 % and 90 % ranges as bands. */
function FanChart({
  fan,
  central,
  unit,
  language,
}: {
  fan: BriefFan
  central: readonly number[]
  unit: Unit
  language: Language
}) {
  const t = translator(language)
  const name = seriesName(fan.series, language)
  return (
    <BriefChart
      title={`${t('brief.label.uncertaintyOf')} ${name}`}
      unit={unit}
      years={fan.years}
      language={language}
      lines={[
        // The legend says which line is which in words as well as by its pattern: the median is
        // drawn solid, the central projection dashed, and a reader may not match the swatches.
        { name: `${name} (${t('brief.label.median')})`, values: fan.p50 },
        { name: `${name} (${t('brief.label.central')})`, values: central },
      ]}
      bands={[
        { name: t('brief.label.band90'), lower: fan.p5, upper: fan.p95, depth: 'light' },
        { name: t('brief.label.band50'), lower: fan.p25, upper: fan.p75, depth: 'dark' },
      ]}
    />
  )
}

/**
 * The brief's charts, drawn from the projections: the ROBSS balance against its PLFSS path,
 * the levers' yield over current law by lever, Unédic apart, jobs by sector, consumer work; fans
 * where a Monte Carlo run is printed. A comparison draws one line per scenario (and the
 * reference, and for balances the PLFSS path) for each measure.
 */
export function BriefCharts({ inputs, language }: { inputs: BriefInputs; language: Language }) {
  const t = translator(language)
  const first = inputs.scenarios[0]
  if (!first) return null
  const years = first.projection.years
  if (inputs.kind === 'comparison') {
    const perScenario = (id: string): BriefLine[] => [
      ...(inputs.reference
        ? [
            {
              name: `${inputs.reference.name} (${t('brief.label.reference')})`,
              values: values(inputs.reference.projection, id),
            },
          ]
        : []),
      ...inputs.scenarios.map((s) => ({ name: s.name, values: values(s.projection, id) })),
    ]
    const pathOf = (id: string): BriefLine[] =>
      inputs.reference
        ? [{ name: t('brief.label.robssPath'), values: values(inputs.reference.projection, id) }]
        : []
    const chart = (title: string, id: string, unit: Unit, path?: string) => (
      <BriefChart
        key={id}
        title={title}
        unit={unit}
        years={years}
        language={language}
        lines={[...(path ? pathOf(path) : []), ...perScenario(id)]}
      />
    )
    return (
      <div className="brief-charts">
        {chart(t('brief.label.robssBalance'), 'robss_balance', 'bn_eur', 'robss_balance_baseline')}
        {chart(t('brief.label.increments'), 'increment_total', 'bn_eur')}
        {chart(
          t('brief.label.unedicBalance'),
          'unedic_balance',
          'bn_eur',
          'unedic_balance_baseline',
        )}
        {chart(t('brief.label.jobsDisplaced'), 'jobs_displaced_total', 'fte')}
        {chart(t('brief.label.consumerWork'), 'consumer_work_hours', 'million_hours')}
      </div>
    )
  }
  const p = first.projection
  const lastYear = years[years.length - 1] ?? 0
  const sectors = inputs.baseline.sectors
  const jobs = SECTOR_IDS.map((sector) => ({
    name: sectors[sector]?.label[language] ?? sector,
    value: values(p, `jobs_displaced.${sector}`).at(-1) ?? 0,
  })).sort((a, b) => b.value - a.value)
  const line = (id: string) => ({ name: seriesName(id, language), values: values(p, id) })
  // Each reformed lever's own increment (a lever not reformed yields nothing over current law).
  const levers = first.scenario.levers
  const leverLines = LEVERS.filter((lever) => levers[lever.id].enabled).map(
    (lever) => `increment_${lever.series}` as const,
  )
  return (
    <div className="brief-charts">
      <BriefChart
        title={t('brief.label.robssBalance')}
        unit="bn_eur"
        years={years}
        language={language}
        lines={[line('robss_balance'), line('robss_balance_baseline')]}
      />
      <BriefChart
        title={t('brief.label.incrementsByLever')}
        unit="bn_eur"
        years={years}
        language={language}
        lines={[line('increment_total'), ...leverLines.map(line)]}
      />
      <BriefChart
        title={t('brief.label.unedicBalance')}
        unit="bn_eur"
        years={years}
        language={language}
        lines={[line('unedic_balance'), line('unedic_balance_baseline')]}
      />
      <BriefBars
        title={`${t('brief.label.jobsBySector')} ${lastYear}`}
        unit="fte"
        bars={jobs}
        language={language}
      />
      <BriefChart
        title={t('brief.label.consumerWork')}
        unit="million_hours"
        years={years}
        language={language}
        lines={[line('consumer_work_hours')]}
      />
      {(first.fans ?? []).map((fan) => (
        <FanChart
          key={fan.series}
          fan={fan}
          central={values(p, fan.series)}
          unit={p.series.find((s) => s.id === fan.series)?.unit ?? 'bn_eur'}
          language={language}
        />
      ))}
    </div>
  )
}

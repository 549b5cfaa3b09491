import { useMemo } from 'react'
import type { PlotObject } from 'plotly.js-basic-dist-min'
import type { Language } from '@shared/app-identity'
import { chartSeparators } from '@shared/format/format-number'
import { getBaseline } from '@shared/model/baseline/baselines'
import type { Unit } from '@shared/model/engine/units'
import { UNITS } from '@shared/model/engine/units'
import { axisAffixes, axisScale } from '../charts/chart-spec'
import type { FigureRows } from '../charts/figure-exports'
import { PlotFigure } from '../charts/plot-figure'
import { safeFileName } from '../format/download'
import { formatValue } from '../format/format-value'
import type { Translate } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import type { TornadoSummary } from '../sim/uncertainty-job'
import { useLevier } from '../store'

/** An Okabe–Ito pair, told apart with the common colour-vision deficiencies. */
const LOW_COLOUR = '#56b4e9'
const HIGH_COLOUR = '#d55e00'
/** Longer assumption names are cut on the axis (the hover and the CSV keep them whole). */
const AXIS_LABEL_CHARS = 44
/** The tornado's exported image is taller than other charts': one row per assumption. */
const IMAGE_HEIGHT = 700

interface Bar {
  readonly label: string
  readonly unit: Unit
  readonly low: number
  readonly high: number
  readonly atLow: number
  readonly atHigh: number
  readonly swing: number
}

function barsOf(summary: TornadoSummary, baselineId: string, language: Language): Bar[] {
  const assumptions = getBaseline(baselineId).assumptions
  return summary.bars.map((bar) => {
    const entry = assumptions[bar.assumption]
    return {
      label: entry?.label[language] ?? bar.assumption,
      unit: entry?.unit ?? 'elasticity',
      low: bar.low,
      high: bar.high,
      atLow: bar.indicatorAtLow,
      atHigh: bar.indicatorAtHigh,
      swing: bar.swing,
    }
  })
}

/** Horizontal bars from the central value to the indicator at each end of every assumption. */
export function tornadoPlot(
  bars: readonly Bar[],
  central: number,
  unit: Unit,
  language: Language,
  t: Translate,
): { data: PlotObject[]; layout: PlotObject } {
  const scale = axisScale(unit)
  const axis = bars.map((b) =>
    b.label.length > AXIS_LABEL_CHARS ? `${b.label.slice(0, AXIS_LABEL_CHARS - 1)}…` : b.label,
  )
  const side = (
    name: string,
    colour: string,
    value: (b: Bar) => number,
    at: (b: Bar) => number,
  ) => ({
    type: 'bar',
    orientation: 'h',
    name,
    y: axis,
    x: bars.map((b) => (at(b) - central) * scale),
    base: central * scale,
    marker: { color: colour },
    customdata: bars.map(
      (b) =>
        `${b.label}<br>${formatValue(value(b), b.unit, language)} → ${formatValue(at(b), unit, language)}`,
    ),
    hovertemplate: '%{customdata}<extra>%{fullData.name}</extra>',
  })
  const { prefix, suffix } = axisAffixes(unit, language)
  return {
    data: [
      side(
        t('tornadoLow'),
        LOW_COLOUR,
        (b) => b.low,
        (b) => b.atLow,
      ),
      side(
        t('tornadoHigh'),
        HIGH_COLOUR,
        (b) => b.high,
        (b) => b.atHigh,
      ),
    ],
    layout: {
      separators: chartSeparators(language),
      barmode: 'overlay',
      hovermode: 'closest',
      margin: { t: 8, r: 16, b: 36, l: 12 },
      // Above the bars: below them it would drift away as the chart grows with its bars.
      legend: { orientation: 'h', x: 0, y: 1, yanchor: 'bottom' },
      xaxis: { tickprefix: prefix, ticksuffix: suffix, fixedrange: true, zeroline: false },
      yaxis: { autorange: 'reversed', automargin: true, fixedrange: true },
      shapes: [
        {
          type: 'line',
          xref: 'x',
          yref: 'paper',
          x0: central * scale,
          x1: central * scale,
          y0: 0,
          y1: 1,
          line: { color: '#1d2433', width: 1, dash: 'dot' },
        },
      ],
    },
  }
}

/** The tornado of one indicator, titled, with PNG/SVG of the drawing and CSV of its numbers. */
export function TornadoFigure({
  summary,
  unit,
  title,
  baselineId,
  filePrefix,
}: {
  summary: TornadoSummary
  unit: Unit
  title: string
  baselineId: string
  filePrefix: string
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const bars = useMemo(() => barsOf(summary, baselineId, language), [summary, baselineId, language])
  const { data, layout } = useMemo(
    () => tornadoPlot(bars, summary.central, unit, language, t),
    [bars, summary.central, unit, language, t],
  )
  const fileName = `${safeFileName(filePrefix)}-${t('tornadoFile')}-${summary.indicator}`
  const rows = (): FigureRows => [
    [
      t('tornadoAssumption'),
      t('tornadoLowValue'),
      t('tornadoHighValue'),
      `${t('tornadoAtLow')} (${UNITS[unit][language]})`,
      `${t('tornadoAtHigh')} (${UNITS[unit][language]})`,
      `${t('tornadoSwing')} (${UNITS[unit][language]})`,
      t('compareUnitCol'),
    ],
    ...bars.map((b) => [
      b.label,
      b.low,
      b.high,
      b.atLow,
      b.atHigh,
      b.swing,
      UNITS[b.unit][language],
    ]),
  ]
  return (
    <PlotFigure
      headingId="mc-tornado-title"
      title={title}
      className="tornado"
      testId="chart-tornado"
      data={data}
      layout={layout}
      fileName={fileName}
      rows={rows}
      columnUnits={[undefined, undefined, undefined, unit, unit, unit]}
      imageHeight={IMAGE_HEIGHT}
      plotHeight={`${6 + bars.length * 1.9}rem`}
      empty={bars.length === 0 ? <p className="hint">{t('tornadoNone')}</p> : undefined}
      caption={
        <>
          {t('tornadoCaption')} {t('tornadoCentralLine')}{' '}
          {formatValue(summary.central, unit, language)}.
        </>
      }
    />
  )
}

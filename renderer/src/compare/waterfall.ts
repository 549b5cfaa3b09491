import type { PlotObject } from 'plotly.js-basic-dist-min'
import { chartSeparators } from '@shared/format/format-number'
import { translator } from '../i18n/translate'
import type { Language } from '@shared/app-identity'
import type { Attribution, LeverId } from '@shared/model/comparison/attribution'
import { LEVER_GROUPS } from '@shared/model/levers/lever-groups'
import { playerOf } from '@shared/model/levers/lever-switches'
import type { Unit } from '@shared/model/engine/units'
import { axisAffixes, axisScale } from '../charts/chart-spec'
import { PLAYER_COLOURS } from '../charts/palette'
import { formatValue } from '../format/format-value'

// One colour per lever, the same as in the revenue charts; the tier a darker DST blue.
export { PLAYER_COLOURS }
/** The two totals in greys, so that colour always means a lever. */
const WITHOUT_COLOUR = '#a3aab5'
const WITH_COLOUR = '#3d4656'

/** A lever's name as the levers panel gives it; a part (no group of its own, the DST's tier) `partLabel`. */
export function playerLabel(id: LeverId, language: Language, partLabel: string): string {
  if (playerOf(id).partName) return partLabel
  return LEVER_GROUPS.find((g) => g.id === id)?.label[language] ?? id
}

export interface WaterfallStep {
  readonly key: 'without' | 'with' | LeverId
  readonly label: string
  /** Where the bar starts (0 for the two totals, the running total for a lever). */
  readonly base: number
  /** The bar's height: the total itself, or the lever's Shapley share (signed). */
  readonly value: number
  readonly colour: string
}

/**
 * From "without the levers" to "with the levers", one step per lever by its Shapley share: the
 * shares sum to the change, so the last lever's bar ends where the "with" bar does.
 */
export function waterfallSteps(
  attribution: Attribution,
  labels: { without: string; with: string; player: (id: LeverId) => string },
): WaterfallStep[] {
  const steps: WaterfallStep[] = [
    {
      key: 'without',
      label: labels.without,
      base: 0,
      value: attribution.without,
      colour: WITHOUT_COLOUR,
    },
  ]
  let running = attribution.without
  for (const share of attribution.shares) {
    steps.push({
      key: share.lever,
      label: labels.player(share.lever),
      base: running,
      value: share.shapley,
      colour: PLAYER_COLOURS[share.lever],
    })
    running += share.shapley
  }
  steps.push({
    key: 'with',
    label: labels.with,
    base: 0,
    value: attribution.with,
    colour: WITH_COLOUR,
  })
  return steps
}

/** Category labels on two or three short lines, so long lever names fit under their bars. */
export function wrapLabel(text: string, width = 13): string {
  const lines: string[] = []
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1]
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines.join('<br>')
}

const isTotal = (step: WaterfallStep) => step.key === 'without' || step.key === 'with'

/** The waterfall as one bar trace (plain bars with a `base`: the basic bundle has no waterfall). */
export function waterfallFigure(
  steps: readonly WaterfallStep[],
  unit: Unit,
  language: Language,
): { data: PlotObject[]; layout: PlotObject } {
  const scale = axisScale(unit)
  const shown = steps.map((s) => {
    const text = formatValue(s.value, unit, language)
    // A lever's step is a change: its sign is written, as in the table.
    return isTotal(s) || s.value < 0 ? text : `+${text}`
  })
  const x = steps.map((s) => wrapLabel(s.label))
  const colon = `${translator(language)('colonNarrow')} `
  // Dotted connectors from the end of each bar to the start of the next.
  const shapes = steps.slice(0, -1).map((s, i) => ({
    type: 'line',
    xref: 'x',
    yref: 'y',
    x0: i + 0.4,
    x1: i + 0.6,
    y0: (s.base + s.value) * scale,
    y1: (s.base + s.value) * scale,
    line: { color: '#5b6475', width: 1, dash: 'dot' },
  }))
  const { prefix, suffix } = axisAffixes(unit, language)
  return {
    data: [
      {
        type: 'bar',
        x,
        y: steps.map((s) => s.value * scale),
        base: steps.map((s) => s.base * scale),
        marker: { color: steps.map((s) => s.colour) },
        text: shown,
        textposition: 'outside',
        cliponaxis: false,
        customdata: steps.map((s, i) => `${s.label}${colon}${shown[i] ?? ''}`),
        hovertemplate: '%{customdata}<extra></extra>',
        showlegend: false,
      },
    ],
    layout: {
      separators: chartSeparators(language),
      hovermode: 'closest',
      margin: { t: 24, r: 12, b: 72, l: 72 },
      // Horizontal labels, wrapped on short lines: turned ones would be cut at the chart's edge.
      xaxis: { type: 'category', fixedrange: true, tickangle: 0, automargin: true },
      yaxis: { tickprefix: prefix, ticksuffix: suffix, zeroline: true, fixedrange: true },
      shapes,
    },
  }
}

/** The chart's numbers: each step's start, change and end (the totals have only an end). */
export function waterfallRows(
  steps: readonly WaterfallStep[],
  unit: Unit,
  header: { step: string; from: string; change: string; to: string },
): Array<Array<string | number>> {
  return [
    [
      header.step,
      `${header.from} (${unit})`,
      `${header.change} (${unit})`,
      `${header.to} (${unit})`,
    ],
    ...steps.map((s) =>
      isTotal(s)
        ? [s.label, Number.NaN, Number.NaN, s.value]
        : [s.label, s.base, s.value, s.base + s.value],
    ),
  ]
}

export interface AttributionRow {
  readonly key: LeverId | 'interaction' | 'total'
  readonly label: string
  /** Shapley share; NaN on the interaction line (the shares already spread it). */
  readonly shapley: number
  /** Shapley share ÷ total; NaN when the total is 0 or on the interaction line. */
  readonly ofTotal: number
  /** Effect alone; the interaction line holds total − Σ alone, so this column sums to the total. */
  readonly alone: number
}

/** The table: one line per lever, the interaction, the total. Both value columns sum to the total. */
export function attributionRows(
  attribution: Attribution,
  labels: { player: (id: LeverId) => string; interaction: string; total: string },
): AttributionRow[] {
  const { total } = attribution
  const ratio = (v: number) => (total === 0 ? Number.NaN : v / total)
  return [
    ...attribution.shares.map((s) => ({
      key: s.lever,
      label: labels.player(s.lever),
      shapley: s.shapley,
      ofTotal: ratio(s.shapley),
      alone: s.alone,
    })),
    {
      key: 'interaction' as const,
      label: labels.interaction,
      shapley: Number.NaN,
      ofTotal: Number.NaN,
      alone: attribution.interaction,
    },
    {
      key: 'total' as const,
      label: labels.total,
      shapley: total,
      ofTotal: ratio(total),
      alone: total,
    },
  ]
}

import { BriefFigure, FIGURE_WIDTH } from './brief-figure'
import type { Language } from '@shared/app-identity'
import { translator } from '../i18n/translate'
import { attribute, enabledLevers } from '@shared/model/comparison/attribution'
import type { Baseline } from '@shared/model/baseline/baseline-schema'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { playerName } from '@shared/brief/brief-comparison'
import { formatValue } from '../format/format-value'

/**
 * The attribution as a waterfall for print: the cumulative effect on the ROBSS balance under current
 * law (the cost of coproduction alone), each reformed lever's Shapley share as a step, to the
 * effect with the reforms. Steps are labelled with their values and drawn
 * in grey with a hatch for decreases, so the chart reads in black and white.
 */
export function BriefWaterfall({
  scenario,
  baseline,
  language,
  title,
}: {
  scenario: Scenario
  baseline: Baseline
  language: Language
  title: string
}) {
  if (enabledLevers(scenario.levers).length < 2) return null
  const a = attribute(scenario, baseline, {
    kind: 'indicator',
    id: 'robss_balance_change_cumulative',
  })
  const t = translator(language)
  const steps: Array<{ name: string; from: number; to: number; total?: boolean }> = [
    { name: t('currentLaw'), from: 0, to: a.without, total: true },
  ]
  let level = a.without
  for (const share of a.shares) {
    steps.push({ name: playerName(share.lever, language), from: level, to: level + share.shapley })
    level += share.shapley
  }
  steps.push({
    name: t('brief.withReforms'),
    from: 0,
    to: a.with,
    total: true,
  })
  const W = FIGURE_WIDTH
  const H = 220
  const top = 16
  const bottom = 56
  const values = steps.flatMap((s) => [s.from, s.to, 0])
  const max = Math.max(...values)
  const min = Math.min(...values)
  const y = (v: number) => top + ((max - v) / (max - min || 1)) * (H - top - bottom)
  const slot = W / steps.length
  return (
    <BriefFigure title={title} language={language} height={H}>
      <defs>
        <pattern id="brief-hatch" width="6" height="6" patternUnits="userSpaceOnUse">
          <path d="M0,6 L6,0" stroke="#000" strokeWidth="0.8" />
        </pattern>
      </defs>
      <line x1={0} x2={W} y1={y(0)} y2={y(0)} stroke="#000" strokeWidth="0.6" />
      {steps.map((step, i) => {
        const x = i * slot + slot * 0.2
        const width = slot * 0.6
        const high = Math.max(step.from, step.to)
        const low = Math.min(step.from, step.to)
        const down = !step.total && step.to < step.from
        return (
          <g key={step.name}>
            <rect
              x={x}
              y={y(high)}
              width={width}
              height={Math.max(1, y(low) - y(high))}
              fill={step.total ? '#555' : down ? 'url(#brief-hatch)' : '#bbb'}
              stroke="#000"
              strokeWidth="0.6"
            />
            <text x={x + width / 2} y={y(high) - 4} textAnchor="middle" fontSize="10">
              {formatValue(step.total ? step.to : step.to - step.from, 'bn_eur', language)}
            </text>
            <text x={x + width / 2} y={H - bottom + 16} textAnchor="middle" fontSize="10">
              {step.name.length > 26 ? `${step.name.slice(0, 25)}…` : step.name}
            </text>
          </g>
        )
      })}
    </BriefFigure>
  )
}

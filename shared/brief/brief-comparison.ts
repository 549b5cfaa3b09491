import { findPreset } from '../model/scenario/presets'
import { translator } from '../i18n/translate'
import type { Language } from '../app-identity'
import { attribute, enabledLevers } from '../model/comparison/attribution'
import type { LeverId } from '../model/comparison/attribution'
import type { Baseline } from '../model/baseline/baseline-schema'
import { compareIndicators } from '../model/comparison/comparison'
import { LEVER_GROUPS } from '../model/levers/lever-groups'
import { playerOf } from '../model/levers/lever-switches'
import type { Projection } from '../model/engine/simulate'
import { formatValue } from '../format/format-value'
import { INDICATORS } from '../model/engine/series'
import type { BriefContent, BriefScenarioInput, BriefTable } from './brief-content'
import { cellValue, signedDelta } from './brief-format'
import { GROUPED_INDICATOR_IDS } from './indicator-groups'

/**
 * The comparison table: every headline indicator in group order (ROBSS first, Unédic apart), the reference's value, and for each scenario
 * its value with its difference to the reference in brackets ("18,2 Md€ (−3,1 Md€)"), so the
 * table keeps one column per scenario.
 */
export function comparisonTable(
  inputs: readonly BriefScenarioInput[],
  reference: { readonly name: string; readonly projection: Projection },
  language: Language,
): BriefTable {
  const all = compareIndicators(
    reference.projection,
    inputs.map((i) => i.projection),
  )
  const t = translator(language)
  const rows = GROUPED_INDICATOR_IDS.flatMap((id) => all.filter((r) => r.id === id))
  return {
    headers: [
      t('indicatorLabel'),
      t('brief.referenceCol', { name: reference.name }),
      ...inputs.map((i) => i.name),
    ],
    rows: rows.map((row) => ({
      label: INDICATORS.find((s) => s.id === row.id)?.[language] ?? row.id,
      cells: [
        cellValue(row.reference, row.unit, language),
        ...row.values.map(
          (v, i) =>
            `${cellValue(v, row.unit, language)} (${signedDelta(row.deltas[i] as number, row.unit, language)})`,
        ),
      ],
    })),
  }
}

export function playerName(id: LeverId, language: Language): string {
  const part = playerOf(id).partName
  if (part) return part[language]
  return LEVER_GROUPS.find((g) => g.id === id)?.label[language] ?? id
}

/**
 * Each scenario with two levers or more: what each lever changes in the cumulative ROBSS balance
 * (exact Shapley shares, summing to the total change), its effect alone, and the interaction.
 */
export function attributionTables(
  inputs: readonly BriefScenarioInput[],
  baseline: Baseline,
  language: Language,
): NonNullable<BriefContent['attribution']> {
  const t = translator(language)
  const money = (v: number) => formatValue(v, 'bn_eur', language)
  const dash = '—'
  return inputs
    .filter((input) => enabledLevers(input.scenario.levers).length >= 2)
    .map((input) => {
      const a = attribute(input.scenario, baseline, {
        kind: 'indicator',
        id: 'robss_balance_change_cumulative',
      })
      const percent = (v: number) =>
        a.total === 0 ? dash : formatValue(v / a.total, 'share', language)
      const rows = [
        {
          label: findPreset('current-law')?.label[language] ?? '',
          cells: [money(a.without), dash, dash],
        },
        ...a.shares.map((s) => ({
          label: playerName(s.lever, language),
          cells: [
            signedDelta(s.shapley, 'bn_eur', language),
            percent(s.shapley),
            signedDelta(s.alone, 'bn_eur', language),
          ],
        })),
        {
          label: t('attribInteraction'),
          cells: [dash, dash, signedDelta(a.interaction, 'bn_eur', language)],
        },
        {
          label: t('brief.totalChange'),
          cells: [
            signedDelta(a.total, 'bn_eur', language),
            percent(a.total),
            signedDelta(a.total, 'bn_eur', language),
          ],
        },
        {
          label: t('brief.withReforms'),
          cells: [money(a.with), dash, dash],
        },
      ]
      return {
        scenario: input.name,
        table: {
          headers: [
            t('brief.attributionEffectCol'),
            t('brief.attributionShapleyCol'),
            t('brief.attributionShareCol'),
            t('attribAloneCol'),
          ],
          rows,
        },
      }
    })
}

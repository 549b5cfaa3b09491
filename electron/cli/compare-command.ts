import type { BriefScenarioInput } from '@shared/brief/brief-content'
import { attributionTables, comparisonTable } from '@shared/brief/brief-comparison'
import { GROUPED_INDICATOR_IDS } from '@shared/brief/indicator-groups'
import type { LevierCommand } from './levier-args'
import { attribute } from '@shared/model/comparison/attribution'
import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import { compareIndicators, measureUnit } from '@shared/model/comparison/comparison'
import { attributionRows, comparisonRows, resultsCsv } from '@shared/format/export-csv'
import { translator } from '@shared/i18n/translate'
import { simulate } from '@shared/model/engine/simulate'
import { MODEL_VERSION } from '@shared/model/engine/version'
import { APP_VERSION } from '../services/app-version'
import type { CliIo } from './cli-io'
import { readReference, readScenario } from './scenario-files'
import type { ReadScenario } from './scenario-files'
import { textTable } from './text-table'

type CompareCommand = Extract<LevierCommand, { command: 'compare' }>

/** What the attribution explains by default, as in the compare view: the cumulative ROBSS change. */
export const ATTRIBUTION_MEASURE: ComparisonMeasure = {
  kind: 'indicator',
  id: 'robss_balance_change_cumulative',
}

/** JSON has no NaN: an undefined figure (the coverage ratio where it means nothing) is null. */
const finite = (value: number) => (Number.isFinite(value) ? value : null)

/**
 * `levier compare`: the compare view's indicator table (compareIndicators, in the view's group
 * order) of each scenario file against the reference, and on request each scenario's attribution.
 */
export async function compareCommand(
  io: CliIo,
  c: CompareCommand,
  emit: (text: string, out?: string) => void,
): Promise<void> {
  const read: Array<ReadScenario & { file: string }> = []
  for (const file of c.files) read.push({ file, ...(await readScenario(io, file)) })
  const first = read[0] as ReadScenario
  const reference = await readReference(io, c.reference, first.scenario, 'en')
  const referenceProjection = simulate(reference.scenario, reference.baseline)
  const inputs: BriefScenarioInput[] = read.map((r, i) => ({
    id: String(i + 1),
    name: r.scenario.name,
    version: 1,
    scenario: r.scenario,
    projection: simulate(r.scenario, r.baseline),
  }))
  const all = compareIndicators(
    referenceProjection,
    inputs.map((i) => i.projection),
  )
  const rows = GROUPED_INDICATOR_IDS.flatMap((id) => all.filter((r) => r.id === id))
  const attributions = c.attribution
    ? read.map((r) => ({
        scenario: r.scenario.name,
        attribution: attribute(r.scenario, r.baseline, ATTRIBUTION_MEASURE),
      }))
    : []
  const names = inputs.map((i) => i.name)
  if (c.format === 'csv') {
    const provenance = {
      scenario: translator('en')('export.provenance.compared', {
        scenarios: names.join(', '),
        reference: reference.name,
      }),
      appVersion: APP_VERSION,
      modelVersion: MODEL_VERSION,
      baselineId: first.baseline.id,
      baselineVintage: first.baseline.vintage,
      exportedAt: new Date(),
    }
    const tables = [comparisonRows(rows, reference.name, names)]
    if (c.attribution) tables.push(attributionRows(attributions, measureUnit(ATTRIBUTION_MEASURE)))
    return emit(resultsCsv(provenance, tables), c.out)
  }
  if (c.format === 'json') {
    const document = {
      modelVersion: MODEL_VERSION,
      reference: { name: reference.name, baselineId: reference.baseline.id },
      scenarios: read.map((r) => ({ name: r.scenario.name, file: r.file })),
      indicators: rows.map((r) => ({
        ...r,
        reference: finite(r.reference),
        values: r.values.map(finite),
        deltas: r.deltas.map(finite),
      })),
      ...(c.attribution ? { attribution: attributions } : {}),
    }
    return emit(`${JSON.stringify(document, null, 2)}\n`, c.out)
  }
  const sections = [
    textTable(
      comparisonTable(inputs, { name: reference.name, projection: referenceProjection }, 'en'),
    ),
  ]
  if (c.attribution) {
    const tables = inputs.flatMap((input, i) =>
      attributionTables([input], (read[i] as ReadScenario).baseline, 'en'),
    )
    for (const t of tables) sections.push(`${t.scenario}\n${textTable(t.table)}`)
    // The app shows no split for a scenario with fewer than two levers: there is nothing to share.
    const alone = attributions.filter((a) => !tables.some((t) => t.scenario === a.scenario))
    for (const a of alone)
      sections.push(`${a.scenario}: fewer than two levers on, nothing to attribute between levers`)
  }
  emit(`${sections.join('\n\n')}\n`, c.out)
}

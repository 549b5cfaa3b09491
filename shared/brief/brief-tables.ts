import type { Language } from '../app-identity'
import { formatValue } from '../format/format-value'
import { translator } from '../i18n/translate'
import { centralOf, modifiedAssumptionIds } from '../model/engine/assumption-values'
import type { Baseline } from '../model/baseline/baseline-schema'
import { GRADE_LABELS } from '../model/explain/grade-labels'
import type { LeverField } from '../model/levers/lever-definitions'
import { fieldActs, fieldsOf } from '../model/levers/lever-switches'
import { EARMARKING, leverOf, LEVERS, leverSwitch } from '../model/levers/lever-table'
import { valueAt } from '../model/scenario/value-path'
import { isSchedule } from '../model/levers/schedule'
import { fieldScheduleText } from '../format/schedule-text'
import type { Scenario } from '../model/scenario/scenario-schema'
import { GLOBAL_SERIES, INDICATORS } from '../model/engine/series'
import type { BriefContent, BriefScenarioInput, BriefTable } from './brief-content'
import { distinctValues, exactValue, indicatorOf, ledgerYears, seriesOf } from './brief-format'

export const EMPTY_TABLE: BriefTable = { headers: [], rows: [] }
const DASH = '—'

/** A field's value as the brief writes it. */
function fieldText(field: LeverField, scenario: Scenario, language: Language): string {
  const t = translator(language)
  const value = valueAt(scenario, field.path)
  switch (field.kind) {
    case 'number':
      // A schedule by year in words: « 3 % puis 4 % en 2027 », « 100 % dès 2026 ».
      if (isSchedule(value))
        return fieldScheduleText(
          field.path,
          value,
          (v) => exactValue(v, field.unit, language),
          language,
        )
      if (typeof value !== 'number') return DASH
      // Years of phase-in (whole, by the schema): 0 is "at once", and French says "1 an", not "1 ans".
      if (field.unit === 'years') {
        return t('brief.phaseInYears', { count: value })
      }
      return exactValue(value, field.unit, language)
    case 'switch':
      return t(value === true ? 'yes' : 'no')
    case 'choice':
      return field.options.find((o) => o.value === value)?.label[language] ?? String(value)
  }
}

/** A field's label that reads alone: "Assiette" says which lever's base it is. */
function fieldLabel(field: LeverField, language: Language): string {
  const label = field.label[language]
  if (field.group === EARMARKING) return label
  const short = leverOf(field.group).name[language]
  if (label.includes(short)) return label
  const lower = label.charAt(0).toLocaleLowerCase(language) + label.slice(1)
  return translator(language)('brief.leverField', { lever: short, field: lower })
}

/**
 * The lever settings, a column per scenario: the horizon, then for each lever that is on in at
 * least one scenario, its switch and every field in use somewhere; a field not in use in a
 * scenario reads "—". Levers off everywhere are left out (their switch row says nothing new).
 */
export function leversTable(inputs: readonly BriefScenarioInput[], language: Language): BriefTable {
  const t = translator(language)
  const scenarios = inputs.map((i) => i.scenario)
  const rows: Array<{ label: string; cells: string[] }> = [
    {
      label: t('brief.horizonRow'),
      cells: scenarios.map((s) => `${s.horizon.start}–${s.horizon.end}`),
    },
  ]
  const fieldRow = (field: LeverField) => {
    if (!scenarios.some((s) => fieldActs(field, s.levers))) return
    rows.push({
      label: fieldLabel(field, language),
      cells: scenarios.map((s) =>
        fieldActs(field, s.levers) ? fieldText(field, s, language) : DASH,
      ),
    })
  }
  for (const lever of LEVERS) {
    if (!scenarios.some((s) => s.levers[lever.id].enabled)) continue
    rows.push({
      label: lever.about.label[language],
      cells: scenarios.map((s) =>
        t(s.levers[lever.id].enabled ? 'brief.leverOn' : 'brief.leverOff'),
      ),
    })
    // The lever's own switch is the row above.
    for (const field of fieldsOf(lever.id))
      if (field.path !== leverSwitch(lever.id)) fieldRow(field)
  }
  for (const field of fieldsOf(EARMARKING)) fieldRow(field)
  return { headers: [t('brief.settingCol'), ...inputs.map((i) => i.name)], rows }
}

/**
 * The brief's ledger, year by year: the ROBSS balance built from its PLFSS path (increment
 * earmarked, coproduction cost), in % of GDP, then Unédic apart, the APU effect and the jobs.
 */
export const BRIEF_LEDGER_SERIES = [
  'robss_balance_baseline',
  'increment_total',
  'increment_robss',
  'coproduction_effect',
  'robss_balance',
  'robss_balance_pct_gdp',
  'unedic_balance',
  'apu_effect',
  'jobs_displaced_total',
] as const

/** The last year of the PLFSS table the ROBSS path is read from (the model extends it beyond). */
export function lastPublished(baseline: Baseline): number {
  return baseline.robss.years[baseline.robss.years.length - 1] ?? 0
}

/** The ledger of one scenario at the selected years: a row per year, a column per series. */
export function ledgerTable(
  input: BriefScenarioInput,
  baseline: Baseline,
  language: Language,
): BriefTable {
  const p = input.projection
  const specs = BRIEF_LEDGER_SERIES.map((id) => {
    const spec = GLOBAL_SERIES.find((g) => g.id === id)
    if (!spec) throw new Error(`Unknown ledger series ${id}`)
    return { spec, values: seriesOf(p, id) }
  })
  return {
    headers: [translator(language)('brief.label.year'), ...specs.map((s) => s.spec[language])],
    rows: ledgerYears(p.years, lastPublished(baseline)).map((year) => {
      const i = p.years.indexOf(year)
      return {
        label: String(year),
        cells: specs.map((s) => formatValue(s.values[i] as number, s.spec.unit, language)),
      }
    }),
  }
}

/**
 * A comparison's ledger: the PLFSS path, then the ROBSS balance of the reference and of each
 * scenario, at the selected years of the reference's horizon ("—" where a horizon does not reach).
 */
export function gapLedgerTable(
  inputs: readonly BriefScenarioInput[],
  reference: { readonly name: string; readonly projection: BriefScenarioInput['projection'] },
  baseline: Baseline,
  language: Language,
): BriefTable {
  const t = translator(language)
  const path = {
    years: reference.projection.years,
    values: seriesOf(reference.projection, 'robss_balance_baseline'),
  }
  const columns = [
    path,
    ...[reference, ...inputs].map((c) => ({
      years: c.projection.years,
      values: seriesOf(c.projection, 'robss_balance'),
    })),
  ]
  return {
    headers: [
      t('brief.label.year'),
      t('brief.currentLawCol'),
      t('brief.referenceCol', { name: reference.name }),
      ...inputs.map((i) => i.name),
    ],
    rows: ledgerYears(reference.projection.years, lastPublished(baseline)).map((year) => ({
      label: String(year),
      cells: columns.map((c) => {
        const i = c.years.indexOf(year)
        return i < 0 ? DASH : formatValue(c.values[i] as number, 'bn_eur', language)
      }),
    })),
  }
}

const capitalised = (text: string, language: Language) =>
  text.charAt(0).toLocaleUpperCase(language) + text.slice(1)

const PAYERS = [
  'incidence_platforms',
  'incidence_french_firms',
  'incidence_consumers',
  'incidence_workers',
] as const

/** Who bears the levers' cost: a row per payer, a column per scenario ("—" when no lever costs anything). */
export function incidenceTable(
  inputs: readonly BriefScenarioInput[],
  language: Language,
): BriefTable {
  return {
    headers: [translator(language)('brief.label.incidence'), ...inputs.map((i) => i.name)],
    rows: PAYERS.map((id) => {
      const spec = INDICATORS.find((s) => s.id === id)
      return {
        label: capitalised((spec ? spec[language] : id).replace(/^Incidence ?: /, ''), language),
        cells: inputs.map((input) => {
          const total = PAYERS.reduce((sum, p) => sum + indicatorOf(input.projection, p), 0)
          return total > 0
            ? formatValue(indicatorOf(input.projection, id), 'share', language)
            : DASH
        }),
      }
    }),
  }
}

/**
 * The assumptions whose central value differs from the baseline's default, in the baseline's
 * order; in a comparison, each scenario's, its name after the label.
 */
export function assumptionRows(
  inputs: readonly BriefScenarioInput[],
  baseline: Baseline,
  language: Language,
): BriefContent['assumptions'] {
  return inputs.flatMap((input) =>
    modifiedAssumptionIds(input.scenario.assumptions, baseline).map((id) => {
      const entry = baseline.assumptions[id]
      const own = input.scenario.assumptions[id]
      if (!entry || own === undefined) throw new Error(`Unknown assumption ${id}`)
      const [value, defaultValue] = distinctValues(
        centralOf(own),
        entry.value,
        entry.unit,
        language,
      )
      const source = entry.source ? baseline.sources[entry.source]?.title : undefined
      return {
        label:
          inputs.length > 1 ? `${entry.label[language]} — ${input.name}` : entry.label[language],
        value,
        defaultValue,
        source: source ?? translator(language)('brief.noSource'),
        year: entry.year,
        grade: GRADE_LABELS[entry.grade][language],
      }
    }),
  )
}

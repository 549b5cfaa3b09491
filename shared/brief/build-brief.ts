import type { Baseline } from '../model/baseline/baseline-schema'
import { translator } from '../i18n/translate'
import type { Scenario } from '../model/scenario/scenario-schema'
import type { Projection } from '../model/engine/simulate'
import { MODEL_VERSION } from '../model/engine/version'
import type { BriefOptions } from './brief-options'
import type { BriefContent, BriefProvenance, BriefScenarioInput } from './brief-content'
import { attributionTables, comparisonTable } from './brief-comparison'
import { longDate } from './brief-format'
import { effectMethod } from './brief-effects'
import { glossaryNotes, methodNotes } from './brief-method'
import { comparisonSummary, scenarioSummary } from './brief-summary'
import { consumerSection } from './brief-consumer'
import {
  assumptionRows,
  EMPTY_TABLE,
  gapLedgerTable,
  incidenceTable,
  ledgerTable,
  leversTable,
} from './brief-tables'
import { scenarioInputsHash } from './inputs-hash'

/**
 * A brief's content from projections already run: pure, so the renderer, the hosts and the tests
 * build the same brief from the same inputs. What each section flag of the options controls:
 * - summary: the summary box and the analyst's own summary text under it;
 * - levers, ledger, incidence, assumptions, method: that table or list (empty when off);
 * - comparison, attribution: those parts of a comparison brief (undefined when off, and always
 *   undefined in a single-scenario brief);
 * - consumer: the consumer and the environment, in a scenario brief (undefined when off, and in a
 *   comparison brief, whose comparison table gives the same indicators scenario by scenario);
 * - charts, and the uncertainty option: not content; the print view draws the charts (and the
 *   fans given with each input) from the projections.
 * The title, date, author, organisation, caveats and provenance are always there.
 */

export interface BriefApp {
  readonly version: string
}

export interface BriefReference {
  readonly name: string
  readonly projection: Projection
  readonly scenario: Scenario
}

function provenance(
  inputs: readonly BriefScenarioInput[],
  baseline: Baseline,
  app: BriefApp,
  now: Date,
  reference?: BriefReference,
): BriefProvenance {
  for (const input of inputs)
    if (input.scenario.baseline !== baseline.id)
      throw new Error(
        `The scenario ${input.name} uses the baseline ${input.scenario.baseline}, not ${baseline.id}`,
      )
  return {
    appVersion: app.version,
    modelVersion: MODEL_VERSION,
    baselineId: baseline.id,
    baselineVintage: baseline.vintage,
    scenarios: inputs.map((input) => ({
      id: input.id,
      name: input.name,
      version: input.version,
      inputsHash: scenarioInputsHash(input.scenario),
    })),
    ...(reference
      ? { reference: { name: reference.name, inputsHash: scenarioInputsHash(reference.scenario) } }
      : {}),
    generatedAt: now.toISOString(),
  }
}

function header(options: BriefOptions, now: Date) {
  return {
    language: options.language,
    date: longDate(now, options.language),
    author: options.author,
    organisation: options.organisation,
    caveats: options.caveats,
  }
}

/** The brief of one scenario. */
export function buildScenarioBrief(
  input: BriefScenarioInput,
  baseline: Baseline,
  options: BriefOptions,
  app: BriefApp,
  now: Date,
): BriefContent {
  const { language, sections } = options
  return {
    kind: 'scenario',
    ...header(options, now),
    title: input.name,
    subtitle: translator(language)('brief.subtitle'),
    summaryBox: sections.summary ? scenarioSummary(input, baseline, language) : [],
    userSummary: sections.summary ? options.summary : '',
    levers: sections.levers ? leversTable([input], language) : EMPTY_TABLE,
    ledger: sections.ledger ? ledgerTable(input, baseline, language) : EMPTY_TABLE,
    incidence: sections.incidence ? incidenceTable([input], language) : EMPTY_TABLE,
    ...(sections.consumer ? { consumer: consumerSection(input, baseline, language) } : {}),
    assumptions: sections.assumptions ? assumptionRows([input], baseline, language) : [],
    glossary: sections.method ? glossaryNotes(baseline, language, 'scenario') : [],
    method: sections.method
      ? [
          ...methodNotes(baseline, language),
          ...(input.leverEffects ? [effectMethod(input.leverEffects, language)] : []),
        ]
      : [],
    provenance: provenance([input], baseline, app, now),
  }
}

/**
 * The brief of 1 to 6 scenarios set against a reference. `title` is the comparison's name when it
 * has one; otherwise "Comparaison de N scénarios".
 */
export function buildComparisonBrief(
  inputs: readonly BriefScenarioInput[],
  reference: BriefReference,
  baseline: Baseline,
  options: BriefOptions,
  app: BriefApp,
  now: Date,
  title?: string,
): BriefContent {
  if (inputs.length === 0) throw new Error('A comparison brief needs at least one scenario')
  const { language, sections } = options
  const t = translator(language)
  return {
    kind: 'comparison',
    ...header(options, now),
    title:
      title !== undefined && title.trim() !== ''
        ? title
        : t('brief.comparisonTitle', { count: inputs.length }),
    subtitle: t('brief.comparisonSubtitle'),
    summaryBox: sections.summary ? comparisonSummary(inputs, reference, baseline, language) : [],
    userSummary: sections.summary ? options.summary : '',
    levers: sections.levers ? leversTable(inputs, language) : EMPTY_TABLE,
    ledger: sections.ledger ? gapLedgerTable(inputs, reference, baseline, language) : EMPTY_TABLE,
    incidence: sections.incidence ? incidenceTable(inputs, language) : EMPTY_TABLE,
    assumptions: sections.assumptions ? assumptionRows(inputs, baseline, language) : [],
    glossary: sections.method ? glossaryNotes(baseline, language, 'comparison') : [],
    method: sections.method ? methodNotes(baseline, language) : [],
    ...(sections.comparison ? { comparison: comparisonTable(inputs, reference, language) } : {}),
    ...(sections.attribution ? { attribution: attributionTables(inputs, baseline, language) } : {}),
    provenance: provenance(inputs, baseline, app, now, reference),
  }
}

import { z } from 'zod'
import { scenarioSchema } from '../model/scenario/scenario-schema'
import { comparisonDraftSchema, comparisonSchema } from './comparison-schema'

/** Shapes of the workbook calls of the API contract. */

/** The longest path the systems Levier runs on accept (Linux PATH_MAX, in characters here). */
export const MAX_PATH_LENGTH = 4096
/** The longest file-name component the usual file systems accept, in bytes of UTF-8. */
export const MAX_NAME_BYTES = 255
/**
 * The longest file name a caller may choose: Levier writes side files named after it (the lock
 * `.lock`, the journal `.changes`, the backup `.bak`, a temporary `.<name>.<12 hex>.tmp`, and
 * `.levier` when it is missing), which must fit in MAX_NAME_BYTES too.
 */
export const MAX_FILE_NAME_BYTES = 200

/** Bytes of `text` in UTF-8 (shared code has no TextEncoder or Buffer in every build). */
function utf8Length(text: string): number {
  let bytes = 0
  for (const char of text) {
    const code = char.codePointAt(0) as number
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

/**
 * A path problem the system would otherwise report as an internal error (a NUL byte throws in
 * Node's fs, a long name fails with ENAMETOOLONG), as a sentence for the user; null when none.
 */
export function pathProblem(path: string): string | null {
  if (path.length > MAX_PATH_LENGTH) return `must be at most ${MAX_PATH_LENGTH} characters`
  if (CONTROL_CHARACTERS.test(path))
    return 'must not contain control characters (NUL, line breaks, tabs…)'
  const parts = path.split(/[\\/]/)
  const fileName = parts.pop() ?? ''
  if (parts.some((part) => utf8Length(part) > MAX_NAME_BYTES))
    return `has a folder name longer than ${MAX_NAME_BYTES} bytes`
  if (utf8Length(fileName) > MAX_FILE_NAME_BYTES)
    return `has a file name longer than ${MAX_FILE_NAME_BYTES} bytes`
  return null
}

/** A path a caller may give for a file Levier reads or writes (not checked for existence here). */
export const filePath = z.string().superRefine((path, context) => {
  const problem = pathProblem(path)
  if (problem) context.addIssue({ code: 'custom', message: problem })
})

export const workbookPath = z.string().min(1, 'must not be empty').pipe(filePath)

export const workbookInfoSchema = z.strictObject({
  path: z.string(),
  name: z.string(),
  readOnly: z.boolean(),
  scenarioCount: z.number().int().min(0),
  trashCount: z.number().int().min(0),
  /** Why the workbook last used could not be opened at start-up (the default one was); said once. */
  lastWorkbookRefused: z.string().optional(),
  /** The scenario put in a brand-new default workbook on first start, to open at once; said once. */
  welcomeScenario: z.string().optional(),
})
export type WorkbookInfo = z.infer<typeof workbookInfoSchema>

export const scenarioSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  parentId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  currentVersion: z.number().int().min(1),
})
export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>

export const versionInfoSchema = z.strictObject({
  version: z.number().int().min(1),
  createdAt: z.string(),
  author: z.string(),
  note: z.string(),
  modelVersion: z.string(),
  baselineId: z.string(),
  baselineVintage: z.string(),
  indicators: z.record(z.string(), z.number()),
})
export type VersionInfo = z.infer<typeof versionInfoSchema>

export const scenarioRefSchema = z.strictObject({
  id: z.string().min(1),
  version: z.number().int().min(1).optional(),
})

export const scenarioChangeSchema = z.strictObject({
  path: z.string(),
  group: z.enum(['scenario', 'horizon', 'levers', 'earmarking', 'sectors', 'assumptions']),
  unit: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
})

/** A figure; null where it is undefined (the coverage ratio where its denominator means nothing). */
const figure = z.number().nullable()

/**
 * What an upgrade on opening did to one scenario, kept in the workbook's meta table so the report
 * of what changed can set the figures saved before it beside those computed after.
 */
export const upgradeRecordSchema = z.strictObject({
  fromVersion: z.number().int(),
  toVersion: z.number().int(),
  fromSchema: z.number().int(),
  toSchema: z.number().int(),
  fromModel: z.string(),
  toModel: z.string(),
  at: z.string(),
})
export type UpgradeRecord = z.infer<typeof upgradeRecordSchema>

/** A scenario that could not be read, left as it was. */
export const unreadableScenarioSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  error: z.string(),
})
export type UnreadableScenario = z.infer<typeof unreadableScenarioSchema>

export const whatChangedEntrySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  version: z.number().int(),
  cause: z.enum(['model', 'baseline', 'model and baseline', 'none']),
  computedWith: z.strictObject({
    modelVersion: z.string(),
    baselineId: z.string(),
    baselineVintage: z.string(),
  }),
  /** The baseline the scenario uses now (the one it was saved with: nothing switches it). */
  baseline: z.strictObject({ id: z.string(), vintage: z.string() }),
  /** Indicators computed then and now, whose value moved. */
  moves: z.array(z.strictObject({ indicator: z.string(), before: figure, after: figure })),
  /** Indicators saved then that this model no longer computes, with their saved value. */
  retired: z.array(z.strictObject({ indicator: z.string(), before: figure })),
  /** Indicators this model computes that were not saved then, with their value now. */
  added: z.array(z.strictObject({ indicator: z.string(), after: figure })),
  /** The upgrade on opening that stored the scenario in the current format, if that is the cause. */
  upgrade: upgradeRecordSchema.nullable(),
})
export type WhatChangedEntry = z.infer<typeof whatChangedEntrySchema>

export const whatChangedSchema = z.strictObject({
  modelVersion: z.string(),
  entries: z.array(whatChangedEntrySchema),
  unreadable: z.array(unreadableScenarioSchema),
})
export type WhatChanged = z.infer<typeof whatChangedSchema>

export const storedScenarioSchema = z.strictObject({
  summary: scenarioSummarySchema,
  version: z.number().int().min(1),
  scenario: scenarioSchema,
})

const id = z.string().min(1).max(100)
const name = z.string().trim().min(1, 'must not be empty').max(200)

/** Requests and responses of each workbook call, keyed by call name (merged into the contract). */
export const WORKBOOK_CALLS = {
  getWorkbook: {
    summary: 'The open workbook.',
    request: z.strictObject({}),
    response: workbookInfoSchema,
  },
  newWorkbook: {
    summary: 'Create a workbook file and open it.',
    request: z.strictObject({ path: workbookPath }),
    response: workbookInfoSchema,
  },
  openWorkbook: {
    summary: 'Open a workbook file (read-only on request, or when another Levier writes it).',
    request: z.strictObject({ path: workbookPath, readOnly: z.boolean().optional() }),
    response: workbookInfoSchema,
  },
  saveWorkbookAs: {
    summary: 'Copy the workbook to a new file and carry on there.',
    request: z.strictObject({ path: workbookPath }),
    response: workbookInfoSchema,
  },
  listRecentWorkbooks: {
    summary: 'Workbooks opened recently, most recent first.',
    request: z.strictObject({}),
    response: z.strictObject({ paths: z.array(z.string()) }),
  },
  listScenarios: {
    summary: 'Scenarios, by last change; search by name, description or tag; or the trash.',
    request: z.strictObject({
      query: z.string().max(200).optional(),
      tag: z.string().max(100).optional(),
      trash: z.boolean().optional(),
    }),
    response: z.array(scenarioSummarySchema),
  },
  getScenario: {
    summary: 'A scenario, at its current or a given version.',
    request: scenarioRefSchema,
    response: storedScenarioSchema,
  },
  createScenario: {
    summary:
      'Create a scenario from a preset (current law by default) or from a scenario document.',
    request: z.strictObject({
      preset: z.string().max(100).optional(),
      scenario: z.unknown().optional(),
      name: name.optional(),
    }),
    response: scenarioSummarySchema,
  },
  saveScenario: {
    summary: 'Save new inputs as the next version.',
    request: z.strictObject({ id, scenario: z.unknown(), note: z.string().max(2000).optional() }),
    response: z.strictObject({ summary: scenarioSummarySchema, version: z.number().int() }),
  },
  renameScenario: {
    summary: 'Rename a scenario.',
    request: z.strictObject({ id, name }),
    response: scenarioSummarySchema,
  },
  describeScenario: {
    summary: 'Change the description.',
    request: z.strictObject({ id, description: z.string().max(20_000) }),
    response: scenarioSummarySchema,
  },
  tagScenario: {
    summary: 'Replace the tags.',
    request: z.strictObject({ id, tags: z.array(z.string().max(50)).max(50) }),
    response: scenarioSummarySchema,
  },
  duplicateScenario: {
    summary: 'Branch: copy a scenario, keeping a link to it.',
    request: z.strictObject({ id, name: name.optional() }),
    response: scenarioSummarySchema,
  },
  deleteScenario: {
    summary: 'Move a scenario to the trash.',
    request: z.strictObject({ id }),
    response: scenarioSummarySchema,
  },
  restoreScenario: {
    summary: 'Bring a scenario back from the trash.',
    request: z.strictObject({ id }),
    response: scenarioSummarySchema,
  },
  emptyTrash: {
    summary: 'Delete the scenarios in the trash for good.',
    request: z.strictObject({}),
    response: z.strictObject({ removed: z.number().int() }),
  },
  listVersions: {
    summary: 'The history of a scenario, newest first.',
    request: z.strictObject({ id }),
    response: z.array(versionInfoSchema),
  },
  restoreVersion: {
    summary: 'Bring back an old version as a new one.',
    request: z.strictObject({ id, version: z.number().int().min(1) }),
    response: z.strictObject({ summary: scenarioSummarySchema, version: z.number().int() }),
  },
  diffScenarios: {
    summary: 'What differs between two scenarios or versions, input by input.',
    request: z.strictObject({ a: scenarioRefSchema, b: scenarioRefSchema }),
    response: z.array(scenarioChangeSchema),
  },
  importScenarios: {
    summary: 'Import scenario documents, all or nothing; names in use are refused or renamed.',
    request: z.strictObject({
      documents: z.array(z.unknown()).min(1).max(10_000),
      onConflict: z.enum(['refuse', 'rename']),
    }),
    response: z.array(scenarioSummarySchema),
  },
  exportScenarios: {
    summary: 'Scenario documents (the scenario file format).',
    request: z.strictObject({ ids: z.array(id).min(1).max(10_000) }),
    response: z.strictObject({ documents: z.array(scenarioSchema) }),
  },
  exportResultsCsv: {
    summary: "A scenario's projection as CSV.",
    request: z.strictObject({ id }),
    response: z.strictObject({ fileName: z.string(), csv: z.string() }),
  },
  whatChanged: {
    summary: 'Scenarios whose saved headline figures a newer model or baseline would move.',
    request: z.strictObject({}),
    response: whatChangedSchema,
  },
  listComparisons: {
    summary: 'The named comparisons of the workbook, by last change.',
    request: z.strictObject({}),
    response: z.array(comparisonSchema),
  },
  getComparison: {
    summary: 'One named comparison.',
    request: z.strictObject({ id }),
    response: comparisonSchema,
  },
  saveComparison: {
    summary:
      'Create a comparison (no id) or replace one (id): 2 to 6 distinct scenarios of the workbook against a reference; names are unique.',
    request: comparisonDraftSchema,
    response: comparisonSchema,
  },
  deleteComparison: {
    summary: 'Delete a named comparison (its scenarios are untouched).',
    request: z.strictObject({ id }),
    response: z.strictObject({}),
  },
} as const

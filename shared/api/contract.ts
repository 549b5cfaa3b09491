import { z } from 'zod'
import { LANGUAGES } from '../app-identity'
import type { ApiCallName } from './calls'
import type { ApiResult } from './result'
import { WORKBOOK_CALLS, filePath, workbookPath } from './workbook-schemas'

/**
 * The API contract: every call the renderer can make, with the runtime schema of its request and of
 * its response. Both hosts (Electron IPC and the loopback HTTP host) parse every request against it
 * before a service sees it, and the renderer's client parses every response.
 */

const noArguments = z.strictObject({})

export const HOST_KINDS = ['desktop', 'loopback'] as const
export type HostKind = (typeof HOST_KINDS)[number]

export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+].*)?$/),
  host: z.enum(HOST_KINDS),
  platform: z.string(),
  dataDir: z.string(),
  /** The user's documents folder, where a brief's PDF goes by default (desktop app only). */
  documentsDir: z.string().optional(),
})
export type AppInfo = z.infer<typeof appInfoSchema>

/** How many workbooks remember their open scenario; older entries are forgotten first. */
export const OPEN_SCENARIOS_KEPT = 50

export const preferencesSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  /** The scenario last open in each workbook (by path), opened again with the workbook. */
  openScenarios: z
    .record(z.string().min(1).max(4096), z.string().min(1).max(100))
    .refine((map) => Object.keys(map).length <= OPEN_SCENARIOS_KEPT, {
      message: `at most ${OPEN_SCENARIOS_KEPT} workbooks`,
    })
    .optional(),
})
export type Preferences = z.infer<typeof preferencesSchema>

/** What the system file dialog is opened for: it sets the dialog's kind, title and filters. */
export const FILE_PURPOSES = ['openWorkbook', 'saveWorkbook', 'savePdf'] as const
export type FilePurpose = (typeof FILE_PURPOSES)[number]

interface CallSpec {
  readonly summary: string
  readonly request: z.ZodType
  readonly response: z.ZodType
}

export const API_CONTRACT = {
  getAppInfo: {
    summary: 'Name, version and host of the running application, and where its data lives.',
    request: noArguments,
    response: appInfoSchema,
  },
  getPreferences: {
    summary: "The user's saved preferences (defaults when none were saved).",
    request: noArguments,
    response: preferencesSchema,
  },
  setPreferences: {
    summary: 'Change some preferences; returns all of them as saved.',
    request: preferencesSchema.partial(),
    response: preferencesSchema,
  },
  ...WORKBOOK_CALLS,
  saveBriefPdf: {
    summary:
      'Desktop only: print the brief shown in the window to a PDF file at an absolute path (.pdf added when missing).',
    request: z.strictObject({
      path: workbookPath,
      paper: z.enum(['A4', 'Letter']),
    }),
    response: z.strictObject({ path: z.string(), bytes: z.number().int().nonnegative() }),
  },
  chooseFilePath: {
    summary:
      'Desktop only: the system file dialog, to open a workbook or to save a workbook or a PDF; null when cancelled.',
    request: z.strictObject({
      purpose: z.enum(FILE_PURPOSES),
      defaultPath: filePath.optional(),
    }),
    response: z.strictObject({ path: z.string().nullable() }),
  },
} as const satisfies Record<ApiCallName, CallSpec>

// The contract and the list of names in calls.ts must describe the same calls.
type ContractNames = keyof typeof API_CONTRACT
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const contractMatchesNames: Exact<ContractNames, ApiCallName> = true
void contractMatchesNames

export type ApiRequest<K extends ApiCallName> = z.input<(typeof API_CONTRACT)[K]['request']>
export type ApiResponse<K extends ApiCallName> = z.output<(typeof API_CONTRACT)[K]['response']>

/** What a service implements: one async function per call, receiving the parsed request. */
export type ApiHandlers = {
  [K in ApiCallName]: (
    request: z.output<(typeof API_CONTRACT)[K]['request']>,
  ) => Promise<ApiResponse<K>>
}

/** What the renderer calls, whichever host answers. */
export type ApiClient = {
  [K in ApiCallName]: (request: ApiRequest<K>) => Promise<ApiResult<ApiResponse<K>>>
}

import type { StateCreator } from 'zustand'
import type { ApiClient, ApiRequest, ApiResponse, AppInfo, FilePurpose } from '@shared/api/contract'
import type { ApiResult } from '@shared/api/result'
import type { ScenarioSummary, WorkbookInfo } from '@shared/api/workbook-schemas'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import type { Projection } from '@shared/model/engine/simulate'
import type { ComparisonReference } from '../compare/reference'
import type { Language } from '@shared/app-identity'
import type { SectorId } from '@shared/model/engine/ids'
import type { UncertaintyResult } from '../sim/uncertainty-job'
import type { IndicatorId } from '@shared/model/engine/series'
import type { BriefOptions } from '@shared/brief/brief-options'

export interface SessionSlice {
  /** What the host says about itself; null until it has answered. */
  appInfo: AppInfo | null
  /** A failure the user must see, in the host's words. */
  error: string | null
  start(): Promise<void>
  dismissError(): void
}

export interface PreferencesSlice {
  language: Language
  setLanguage(language: Language): Promise<void>
  /** The scenario last open in each workbook, by path. */
  openScenarios: Record<string, string>
  rememberOpenScenario(id: string): Promise<void>
  /** Select the scenario that was open when this workbook was last used, if it still exists. */
  reopenScenario(): Promise<void>
}

export type WorkbookAction = 'new' | 'open' | 'saveAs'
export type WhatChangedReport = ApiResponse<'whatChanged'>

export interface WorkbookSlice {
  workbook: WorkbookInfo | null
  recentWorkbooks: string[]
  /** Scenarios whose saved figures this model or baseline would move; null until checked. */
  whatChanged: WhatChangedReport | null
  /**
   * Workbook, recent list and scenarios, after any change; `asked`: the workbook and recent list
   * already asked for (at start, together with the first calls).
   */
  loadWorkbook(
    asked?: Promise<[ApiResult<WorkbookInfo>, ApiResult<{ paths: string[] }>]>,
  ): Promise<void>
  /**
   * Re-run the saved scenarios against this model and baseline: only when a workbook has just
   * been opened, since it costs one projection per scenario.
   */
  checkWhatChanged(): Promise<void>
  /** Run a workbook action on a path; resolves to an error message (and its code) or null. */
  applyWorkbookAction(
    action: WorkbookAction,
    path: string,
    readOnly?: boolean,
  ): Promise<{ code: string; message: string } | null>
  /** Show the workbook just opened (by the page or by the system, a file double-clicked). */
  enterOpenedWorkbook(): Promise<void>
  /** Desktop only: the system file dialog; resolves to the chosen path (null if cancelled). */
  chooseFilePath(
    purpose: FilePurpose,
    defaultPath?: string,
  ): Promise<{ path: string | null } | { error: string }>
  /** The outcome of the last import, shown until dismissed; `pending` keeps the files to retry with renaming. */
  importOutcome: ImportOutcome | null
  importScenarioFiles(
    files: ReadonlyArray<{ name: string; text: string }>,
    onConflict: 'refuse' | 'rename',
  ): Promise<void>
  dismissImport(): void
  /** Every live scenario of the workbook as scenario documents, for a JSON download. */
  exportAllScenarios(): Promise<unknown[] | null>
}

export interface ImportOutcome {
  readonly imported: number
  readonly error: { code: string; message: string } | null
  readonly pending: ReadonlyArray<{ name: string; text: string }>
}

export interface UiSlice {
  aboutOpen: boolean
  setAboutOpen(open: boolean): void
  /** The workbook dialog being shown, if any. */
  workbookDialog: WorkbookAction | null
  setWorkbookDialog(action: WorkbookAction | null): void
  whatChangedOpen: boolean
  setWhatChangedOpen(open: boolean): void
  /** The tab shown on each side of the workbench; kept when another scenario is selected. */
  inputTab: InputTab
  resultTab: ResultTab
  setInputTab(tab: InputTab): void
  setResultTab(tab: ResultTab): void
  /** The sector shown in the adoption panel. */
  adoptionSector: SectorId
  setAdoptionSector(sector: SectorId): void
  /** The assumptions panel's search and its "modified only" filter. */
  assumptionQuery: string
  assumptionsModifiedOnly: boolean
  setAssumptionQuery(query: string): void
  setAssumptionsModifiedOnly(only: boolean): void
  /** Help: keyboard shortcuts and how to read the screen. */
  helpOpen: boolean
  setHelpOpen(open: boolean): void
}

export type InputTab = 'levers' | 'adoption' | 'assumptions'
export type ResultTab = 'charts' | 'ledger' | 'uncertainty' | 'history'

export type { ScenarioSummary }
export type VersionInfo = ApiResponse<'listVersions'>[number]
export type ScenarioChange = ApiResponse<'diffScenarios'>[number]

export interface LibrarySlice {
  scenarios: ScenarioSummary[]
  libraryQuery: string
  showTrash: boolean
  selectedId: string | null
  versions: VersionInfo[]
  /** The comparison shown: the selected scenario's current version against `version`. */
  comparison: { version: number; changes: ScenarioChange[] } | null
  loadScenarios(): Promise<void>
  setLibraryQuery(query: string): Promise<void>
  setShowTrash(show: boolean): Promise<void>
  selectScenario(id: string | null): Promise<void>
  createScenario(presetId: string): Promise<void>
  /** A new scenario from a document (a goal-seek answer), staying where the user is; the refusal or null. */
  createScenarioFromDocument(scenario: Scenario, name: string): Promise<string | null>
  duplicateScenario(id: string): Promise<void>
  /** Name, description and tags at once; resolves to the host's refusal, or null. */
  editScenarioProperties(
    id: string,
    changes: { name: string; description: string; tags: string[] },
  ): Promise<string | null>
  deleteScenario(id: string): Promise<void>
  restoreScenario(id: string): Promise<void>
  emptyTrash(): Promise<void>
  compareWithVersion(version: number | null): Promise<void>
  restoreVersion(version: number): Promise<void>
}

export type ScenarioDocument = ApiResponse<'getScenario'>['scenario']

export interface EditorSlice {
  /** The selected scenario's inputs as being edited; saved automatically. */
  draft: ScenarioDocument | null
  draftId: string | null
  /** The draft's projection from the engine (years, series, indicators); null until computed. */
  liveProjection: Projection | null
  /**
   * The draft `liveProjection` was computed from: what figures beside it describe (a card's rate,
   * its horizon), so that they change with the figures, not a step ahead of them while the engine
   * works — and a component showing both renders once per projection rather than once per edit.
   */
  projectedDraft: ScenarioDocument | null
  /** A message per lever field whose typed value was refused (and not applied). */
  fieldErrors: Record<string, string>
  saveState: 'idle' | 'pending' | 'saving' | 'saved' | 'error'
  loadDraft(id: string | null): Promise<void>
  /**
   * Set one field of the draft by its dotted path (`levers.<lever>.rate`, `sectors.retail.curve`,
   * `assumptions.x`); `undefined` takes it back to the baseline's default. Refused values are
   * kept out of the draft and reported in `fieldErrors[path]`. `sliding`: part of one gesture,
   * which makes a single undo step — `true` for a slider (edits in quick succession), a string for
   * a named gesture such as one stroke drawn on a chart (however long it lasts).
   */
  setDraftValue(path: string, value: unknown, sliding?: boolean | string): void
  setFieldError(path: string, message: string | null): void
  flushSave(): Promise<void>
  /** Earlier and undone drafts of the selected scenario (Ctrl+Z, Ctrl+Shift+Z). */
  undoStack: ScenarioDocument[]
  redoStack: ScenarioDocument[]
  undo(): void
  redo(): void
  /** The save still waiting for its delay, taken over (for sending as the page closes), or null. */
  takePendingSave(): { id: string; scenario: ScenarioDocument } | null
}

export type UncertaintyStatus = 'idle' | 'running' | 'cancelled' | 'done' | 'error'
export interface UncertaintySettings {
  readonly draws: number
  readonly seed: number
}

/** Which Monte Carlo run: the open scenario's, or the comparison's (all its scenarios). */
export type McTarget = 'scenario' | 'compare'

/** A scenario a Monte Carlo run is made on. */
export interface McInput {
  readonly id: string
  readonly name: string
  readonly document: Scenario
}

/** One scenario's finished run, kept with the document it was run on. */
export interface McScenarioRun extends McInput {
  readonly result: UncertaintyResult
}

/** Which scenario is running (0-based, and its name) out of how many, its draws done, time since the start. */
export interface McProgress {
  readonly scenario: number
  readonly name: string
  readonly scenarios: number
  readonly done: number
  readonly total: number
  readonly elapsedMs: number
}

/** One Monte Carlo run over N scenarios (N = 1 for the open scenario), and what it left. */
export interface McRun {
  readonly settings: UncertaintySettings
  readonly status: UncertaintyStatus
  readonly progress: McProgress
  /** The scenarios the last run was started on, from its start: what its results are of. */
  readonly inputs: readonly McInput[]
  /** The last run finished for every scenario (same draws and seed); null while running, after a cancel or an error. */
  readonly result: {
    readonly draws: number
    readonly seed: number
    readonly elapsedMs: number
    readonly scenarios: readonly McScenarioRun[]
  } | null
  readonly error: string | null
}

export interface MonteCarloSlice {
  monteCarlo: Readonly<Record<McTarget, McRun>>
  /** The indicator the comparison's run is shown on (read from the same run when changed). */
  compareMcIndicator: IndicatorId
  /** Change a run's settings; an invalid value is refused (its field returned) and nothing changes. */
  setMcSettings(
    target: McTarget,
    settings: Partial<UncertaintySettings>,
  ): keyof UncertaintySettings | null
  /** False, changing nothing, for an id that is not an indicator. */
  setCompareMcIndicator(indicator: IndicatorId): boolean
  /** Run every scenario in turn with the target's draws and seed (common random numbers); false when none. */
  runMonteCarlo(target: McTarget, scenarios: readonly McInput[]): boolean
  cancelMonteCarlo(target: McTarget): void
}

/** A scenario of the comparison being viewed, with its projection. */
export interface ComparedScenario {
  readonly id: string
  readonly name: string
  readonly inTrash: boolean
  readonly document: Scenario
  readonly projection: Projection
}

export type ComparedReference =
  | ({ readonly kind: 'scenario' } & ComparedScenario)
  | {
      readonly kind: 'preset'
      readonly preset: 'no-lever' | 'current-law'
      readonly document: Scenario
      readonly projection: Projection
    }

export interface CompareDataSlice {
  /** The loaded comparison: its scenarios in order, its reference, what could not be read. */
  compareData: {
    readonly key: string
    readonly scenarios: readonly ComparedScenario[]
    readonly reference: ComparedReference | null
    readonly errors: readonly string[]
  } | null
  compareLoading: boolean
  loadCompareData(scenarioIds: readonly string[], reference: ComparisonReference): void
}

export type Comparison = ApiResponse<'getComparison'>
/** A comparison being built or edited: no `id` until it is first saved. */
export type ComparisonDraft = ApiRequest<'saveComparison'>

export interface ComparisonSlice {
  /** The workbook's named comparisons, newest change first. */
  comparisons: Comparison[]
  /** The comparison open in the compare view, saved (`id`) or still a draft; null when none. */
  activeComparison: ComparisonDraft | null
  /** What the main area shows: the selected scenario, or the active comparison. */
  view: 'scenario' | 'compare'
  loadComparisons(): Promise<void>
  /** Save (create or replace) and make it the active one; resolves to the host's refusal, or null. */
  saveComparison(draft: ComparisonDraft): Promise<string | null>
  deleteComparison(id: string): Promise<void>
  /** Make a saved comparison the active one and show the compare view. */
  openComparison(id: string): Promise<void>
  setActiveComparison(draft: ComparisonDraft | null): void
  setView(view: 'scenario' | 'compare'): void
}

export interface BriefSlice {
  /** The options of the last brief (validated), the starting point of the next. */
  briefOptions: BriefOptions
  /** What the open brief dialog prints; null when it is closed. */
  briefTarget: 'scenario' | 'comparison' | null
  /** The print preview is shown (and is what Print and Save as PDF print). */
  briefPreview: boolean
  /** The analyst's own summary text of each kind of brief, kept apart (one is not the other's). */
  briefSummaries: Record<'scenario' | 'comparison', string>
  /** Open the dialog for what the main area shows; false when nothing is shown. */
  openBrief(): boolean
  closeBrief(): void
  /** Validate and keep; the refused fields with their messages, or null when kept. */
  setBriefOptions(options: unknown): Array<{ field: string; message: string }> | null
  setBriefPreview(open: boolean): void
  /** Desktop: print the brief shown to a PDF at `path`; the file written, or the host's refusal. */
  saveBriefPdf(path: string): Promise<{ path: string } | { error: string }>
}

export type LevierState = SessionSlice &
  PreferencesSlice &
  WorkbookSlice &
  LibrarySlice &
  EditorSlice &
  CompareDataSlice &
  UiSlice &
  MonteCarloSlice &
  ComparisonSlice &
  BriefSlice

/** A slice of the one store; every slice sees the whole state and the API client. */
export type SliceCreator<Slice> = (api: ApiClient) => StateCreator<LevierState, [], [], Slice>

import type { ApiHandlers } from '@shared/api/contract'
import { ApiFailure } from '@shared/api/result'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { projectionRows, resultsCsv } from '@shared/format/export-csv'
import { findPreset, PRESETS } from '@shared/model/scenario/presets'
import { simulate } from '@shared/model/engine/simulate'
import { MODEL_VERSION } from '@shared/model/engine/version'
import { APP_VERSION } from './app-version'
import { exportScenarios, importScenariosInSlices, whatChanged } from '../storage/workbook-exchange'
import { currentAuthor } from './workbook-session'
import type { WorkbookSession } from './workbook-session'

type WorkbookHandlers = Omit<
  ApiHandlers,
  'getAppInfo' | 'getPreferences' | 'setPreferences' | 'saveBriefPdf' | 'chooseFilePath'
>

/** A file name any system accepts: no path separators, reserved or control characters. */
function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
  return cleaned.slice(0, 120) || 'scenario'
}

/** The workbook calls of the API, served from the host's open workbook. */
export function createWorkbookHandlers(
  session: WorkbookSession,
  author: () => string = currentAuthor,
): WorkbookHandlers {
  const store = async () => (await session.current()).store
  const comparisons = async () => (await session.current()).comparisons
  return {
    getWorkbook: async () => (await session.current(), session.arrival()),
    newWorkbook: ({ path }) => session.newWorkbook(path),
    openWorkbook: ({ path, readOnly }) => session.openWorkbook(path, readOnly),
    saveWorkbookAs: ({ path }) => session.saveAs(path),
    listRecentWorkbooks: async () => ({ paths: session.recent() }),
    listScenarios: async (options) => (await store()).list(options),
    getScenario: async ({ id, version }) => (await store()).get(id, version),
    createScenario: async ({ preset, scenario, name }) => {
      if (preset !== undefined && !findPreset(preset)) {
        throw new ApiFailure(
          'bad_request',
          `Unknown preset ${JSON.stringify(preset)} (known: ${PRESETS.map((p) => p.id).join(', ')}).`,
        )
      }
      const s = await store()
      const document = (scenario ?? defaultScenario(preset)) as Record<string, unknown>
      const wanted = name ?? (typeof document.name === 'string' ? document.name : 'Scénario')
      return s.create({ ...document, name: name ?? s.freeName(wanted) }, author())
    },
    saveScenario: async ({ id, scenario, note }) =>
      (await store()).save(id, scenario, author(), note),
    renameScenario: async ({ id, name }) => (await store()).rename(id, name),
    describeScenario: async ({ id, description }) => (await store()).describe(id, description),
    tagScenario: async ({ id, tags }) => (await store()).setTags(id, tags),
    duplicateScenario: async ({ id, name }) => (await store()).duplicate(id, author(), name),
    deleteScenario: async ({ id }) => (await store()).delete(id),
    restoreScenario: async ({ id }) => (await store()).restore(id),
    emptyTrash: async () => ({ removed: (await store()).emptyTrash() }),
    listVersions: async ({ id }) => (await store()).versions(id),
    restoreVersion: async ({ id, version }) =>
      (await store()).restoreVersion(id, version, author()),
    diffScenarios: async ({ a, b }) => (await store()).diff(a, b),
    importScenarios: async ({ documents, onConflict }) => {
      const { workbook, store: s } = await session.current()
      return importScenariosInSlices(workbook, s, documents, author(), onConflict)
    },
    exportScenarios: async ({ ids }) => ({ documents: exportScenarios(await store(), ids) }),
    exportResultsCsv: async ({ id }) => {
      const { scenario, summary } = (await store()).get(id)
      const baseline = getBaseline(scenario.baseline)
      const provenance = {
        scenario: summary.name,
        scenarioVersion: summary.currentVersion,
        appVersion: APP_VERSION,
        modelVersion: MODEL_VERSION,
        baselineId: baseline.id,
        baselineVintage: baseline.vintage,
        exportedAt: new Date(),
      }
      const csv = resultsCsv(provenance, [projectionRows(simulate(scenario, baseline))])
      return { fileName: `${safeFileName(summary.name)}.csv`, csv }
    },
    whatChanged: async () => {
      const { workbook, store: s } = await session.current()
      return whatChanged(workbook, s)
    },
    listComparisons: async () => (await comparisons()).list(),
    getComparison: async ({ id }) => (await comparisons()).get(id),
    saveComparison: async (draft) => (await comparisons()).save(draft),
    deleteComparison: async ({ id }) => ((await comparisons()).delete(id), {}),
  }
}

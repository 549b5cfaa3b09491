import { APP_NAME } from '@shared/app-identity'
import type { ApiHandlers, HostKind } from '@shared/api/contract'
import { ApiFailure } from '@shared/api/result'
import { APP_VERSION } from './app-version'
import { createBriefPdfHandler } from './brief-pdf'
import type { PrintPage } from './brief-pdf'
import { PreferencesStore } from './preferences-store'
import { createWorkbookHandlers } from './workbook-handlers'
import { WorkbookSession } from './workbook-session'

export interface ServiceContext {
  readonly host: HostKind
  readonly dataDir: string
  /** Where a brief's PDF is proposed (the desktop app's Documents): never the hidden data folder. */
  readonly documentsDir?: string
  /** The desktop app prints its window to PDF; the loopback host leaves it out. */
  readonly printPage?: PrintPage
  /** The desktop app's system file dialog; the loopback host has none (its page types paths). */
  readonly chooseFile?: ApiHandlers['chooseFilePath']
}

/**
 * The services behind every API call. Both hosts build them the same way; only the host kind
 * differs, so the desktop app and the loopback host answer identically.
 */
export function createApiHandlers(
  context: ServiceContext,
  session = new WorkbookSession(context.dataDir),
): ApiHandlers {
  const preferences = new PreferencesStore(context.dataDir)
  return {
    ...createWorkbookHandlers(session),
    getAppInfo: async () => ({
      name: APP_NAME,
      version: APP_VERSION,
      host: context.host,
      platform: process.platform,
      dataDir: context.dataDir,
      ...(context.documentsDir ? { documentsDir: context.documentsDir } : {}),
    }),
    getPreferences: async () => preferences.get(),
    setPreferences: async (changes) => preferences.set(changes),
    saveBriefPdf: createBriefPdfHandler(context.printPage),
    chooseFilePath:
      context.chooseFile ??
      (async () => {
        throw new ApiFailure('refused', 'The system file dialog exists only in the desktop app.')
      }),
  }
}

import { createApiHandlers } from '../services/api-handlers'
import { createDispatch } from '../services/dispatch'
import type { Dispatch } from '../services/dispatch'
import { WorkbookSession } from '../services/workbook-session'
import { DEFAULT_PRESET_ID } from '@shared/model/scenario/presets'

/** What the loopback host serves once its heavy half (storage, engine, schemas) is loaded. */
export interface HostServices {
  readonly dispatch: Dispatch
  /** Release the workbook's lock (once an opening under way has taken it). */
  close(): Promise<void>
}

/**
 * Open (on first start, create, with its first scenario) the workbook as soon as the services are
 * loaded: the call that loaded them, and any that come meanwhile, wait for this same opening
 * (WorkbookSession.current).
 */
export function startHostServices(dataDir: string): HostServices {
  // A newcomer's first workbook opens on current law, its charts drawn.
  const session = new WorkbookSession(dataDir, undefined, { firstPreset: DEFAULT_PRESET_ID })
  const opened = session.current().then(
    ({ workbook }) =>
      console.log(`Workbook: ${workbook.path}${workbook.readOnly ? ' (read-only)' : ''}`),
    // Reported to the interface as well; the host still starts so the user can open another one.
    (error: unknown) =>
      console.warn(`Levier: the workbook could not be opened: ${(error as Error).message}`),
  )
  return {
    dispatch: createDispatch(createApiHandlers({ host: 'loopback', dataDir }, session)),
    close: () => opened.then(() => session.close()),
  }
}

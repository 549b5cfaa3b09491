import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { LoopbackArgs } from '@shared/cli/loopback-args'
import { createApiHandlers } from '../services/api-handlers'
import { defaultDataDir } from '../services/data-dir'
import { createDispatch } from '../services/dispatch'
import { WorkbookSession } from '../services/workbook-session'
import { DEFAULT_PRESET_ID } from '@shared/model/presets'
import { openInBrowser } from '../launcher/open-browser'
import { startLoopbackServer } from './server'
import type { LoopbackServer } from './server'

export class HostStartError extends Error {}

/**
 * Start the loopback host for a command line already parsed: prepare the data directory, serve,
 * print the URL, open the browser, and close cleanly on Ctrl+C.
 */
export async function runLoopbackHost(
  args: LoopbackArgs,
  rendererDir: string,
): Promise<LoopbackServer> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new HostStartError(
      `The workbench is not built (${rendererDir} is missing): run npm run build.`,
    )
  }
  const dataDir = args.dataDir ?? defaultDataDir()
  try {
    mkdirSync(dataDir, { recursive: true })
  } catch (error) {
    throw new HostStartError(
      `Cannot use the data directory ${dataDir}: ${(error as Error).message}`,
    )
  }
  // A newcomer's first workbook opens on current law, its charts drawn.
  const session = new WorkbookSession(dataDir, undefined, { firstPreset: DEFAULT_PRESET_ID })
  // Open (on first start, create, with its first scenario) the workbook now rather than at the first
  // request, but without waiting for it to listen: the browser loads the page meanwhile, and calls
  // that need the workbook wait for this same opening (WorkbookSession.current).
  const opened = session.current().then(
    ({ workbook }) =>
      console.log(`Workbook: ${workbook.path}${workbook.readOnly ? ' (read-only)' : ''}`),
    // Reported to the interface as well; the host still starts so the user can open another one.
    (error: unknown) =>
      console.warn(`Levier: the workbook could not be opened: ${(error as Error).message}`),
  )
  const dispatch = createDispatch(createApiHandlers({ host: 'loopback', dataDir }, session))
  let server: LoopbackServer
  try {
    server = await startLoopbackServer({ rendererDir, dispatch, port: args.port })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new HostStartError(
        `Port ${args.port} is already in use: choose another with --port, or omit it.`,
      )
    }
    throw error
  }
  console.log(`Levier is running at ${server.url}`)
  // The key rides after '#': the browser keeps it to itself (no server, no history ever sees it).
  console.log(
    'Open this address, all of it: the part after # is this session’s key; keep it private.',
  )
  console.log(`Data directory: ${dataDir}`)
  console.log('Press Ctrl+C to stop.')
  if (args.open) openInBrowser(server.url)
  const stop = () => {
    // Release the workbook's lock before leaving (once an opening under way has taken it).
    void opened
      .then(() => session.close())
      .finally(() => void server.close().finally(() => process.exit(0)))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return server
}

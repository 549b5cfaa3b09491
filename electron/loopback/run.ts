import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { LoopbackArgs } from './loopback-args'
import { defaultDataDir } from '../services/data-dir'
import type { Dispatch } from '../services/dispatch'
import { openInBrowser } from '../launcher/open-browser'
import { startLoopbackServer } from './server'
import type { LoopbackServer } from './server'
import type { HostServices } from './host-services'

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
  // Listen with only the few modules serving files needs, and load the storage, the engine and the
  // API's schemas (and open, on a first start create, the workbook) when the page first calls the
  // API: loading them sooner would hold up the page's own files, and with them the first chart.
  let services: Promise<HostServices> | undefined
  const dispatch: Dispatch = async (name, payload) => {
    services ??= loadServices(dataDir)
    return (await services).dispatch(name, payload)
  }
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
    void Promise.resolve(services)
      .then((loaded) => loaded?.close())
      .finally(() => void server.close().finally(() => process.exit(0)))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return server
}

async function loadServices(dataDir: string): Promise<HostServices> {
  const { startHostServices } = await import('./host-services')
  return startHostServices(dataDir)
}

import './zod-without-eval'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { Root } from 'react-dom/client'
import { languageOfCommand } from '@shared/api/calls'
import type { MenuCommand } from '@shared/api/calls'
import { createApiClient } from './api/client'
import { runEditCommand } from './edit-command'
import { forgetLoopbackToken, takeLoopbackToken } from './api/loopback-token'
import { pickTransport } from './api/transport'
import type { Transport } from './api/transport'
import { App } from './app'
import { MissingToken, browserLanguage } from './components/missing-token'
import { loadPlotly } from './charts/load-plotly'
import { firstChartDrawn } from './charts/first-chart'
import { warmEngine } from './sim/engine-runner'
import { warmMonteCarlo } from './sim/monte-carlo-runner'
import { createLevierStore, StoreProvider } from './store'
import type { LevierStore } from './store'
import { saveOnLeave } from './save-on-leave'
import './styles.css'

function runMenuCommand(store: LevierStore, command: MenuCommand): void {
  const state = store.getState()
  const language = languageOfCommand(command)
  if (language) void state.setLanguage(language)
  else if (command === 'newWorkbook') state.setWorkbookDialog('new')
  else if (command === 'openWorkbook') state.setWorkbookDialog('open')
  else if (command === 'saveWorkbookAs') state.setWorkbookDialog('saveAs')
  else if (command === 'showHelp') state.setHelpOpen(true)
  else if (command === 'printBrief') state.openBrief()
  else if (command === 'undo' || command === 'redo') runEditCommand(command, state)
  else if (command === 'workbookOpened') void state.enterOpenedWorkbook()
  else state.setAboutOpen(true)
}

/** How to open Levier, in the browser's language: instead of the workbench, which could not work. */
function showHowToOpen(reactRoot: Root, stale: boolean): void {
  const language = browserLanguage()
  document.documentElement.lang = language
  reactRoot.render(
    <StrictMode>
      <MissingToken language={language} stale={stale} />
    </StrictMode>,
  )
}

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 })
  else setTimeout(task, 500)
}

function startWorkbench(transport: Transport, reactRoot: Root): void {
  // Fetch and parse the chart library and start the engine worker while the host answers the first
  // calls, rather than after: the first chart is drawn that much sooner.
  void loadPlotly()
  warmEngine()
  // The Monte Carlo workers load (compile their script, read the baselines) once the first chart
  // is drawn and the page is idle: not sooner, where they would compete with that chart, and not
  // when the analyst asks for a run, which would then wait for them.
  void firstChartDrawn.then(() => whenIdle(warmMonteCarlo))

  const store = createLevierStore(createApiClient(transport))
  transport.onMenuCommand?.((command) => runMenuCommand(store, command))
  void store.getState().start()
  saveOnLeave(store, transport)

  reactRoot.render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const reactRoot = createRoot(root)
const bridge = window.levier
// In a browser, the loopback host's token from the URL's fragment (or this tab's storage).
const token = bridge ? undefined : takeLoopbackToken()
if (bridge || token !== undefined) {
  // A key from an earlier run (the host restarted on the same port) is refused on every call:
  // forget it and say which address to open, rather than an error on every action.
  const onTokenRefused = () => {
    forgetLoopbackToken()
    showHowToOpen(reactRoot, true)
  }
  startWorkbench(pickTransport(bridge, token, onTokenRefused), reactRoot)
} else {
  // Opened without the token: every call would be refused, so no workbench, only how to open it.
  showHowToOpen(reactRoot, false)
}

import { createContext, createElement, useContext } from 'react'
import type { ReactNode } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { ApiClient } from '@shared/api/contract'
import { createBriefSlice } from './brief-slice'
import { createCompareDataSlice } from './compare-data-slice'
import { createComparisonSlice } from './comparison-slice'
import { createEditorSlice } from './editor-slice'
import { createLibrarySlice } from './library-slice'
import { createMonteCarloSlice } from './monte-carlo-slice'
import { createPreferencesSlice } from './preferences-slice'
import { createSessionSlice } from './session-slice'
import type { LevierState } from './types'
import { createUiSlice } from './ui-slice'
import { createWorkbookSlice } from './workbook-slice'

export type { LevierState } from './types'
export type LevierStore = StoreApi<LevierState>

/** The one store, composed from slices; the API client is injected so tests can pass a fake. */
export function createLevierStore(api: ApiClient): LevierStore {
  return createStore<LevierState>()((...args) => ({
    ...createSessionSlice(api)(...args),
    ...createPreferencesSlice(api)(...args),
    ...createWorkbookSlice(api)(...args),
    ...createLibrarySlice(api)(...args),
    ...createEditorSlice(api)(...args),
    ...createCompareDataSlice(api)(...args),
    ...createUiSlice(api)(...args),
    ...createMonteCarloSlice(api)(...args),
    ...createComparisonSlice(api)(...args),
    ...createBriefSlice(api)(...args),
  }))
}

const StoreContext = createContext<LevierStore | null>(null)

export function StoreProvider({ store, children }: { store: LevierStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children)
}

/** Read from the store through a selector; components never import zustand themselves. */
export function useLevier<T>(selector: (state: LevierState) => T): T {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useLevier must be used inside <StoreProvider>')
  return useStore(store, selector)
}

/**
 * The store itself, to read its state at the moment of an action (what an export says produced
 * it) without re-rendering the component on every change.
 */
export function useLevierStore(): LevierStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useLevierStore must be used inside <StoreProvider>')
  return store
}

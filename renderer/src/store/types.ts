import type { StateCreator } from 'zustand'
import type { ApiClient, AppInfo } from '@shared/api/contract'
import type { Language } from '@shared/app-identity'

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
}

export interface UiSlice {
  aboutOpen: boolean
  setAboutOpen(open: boolean): void
}

export type LevierState = SessionSlice & PreferencesSlice & UiSlice

/** A slice of the one store; every slice sees the whole state and the API client. */
export type SliceCreator<Slice> = (api: ApiClient) => StateCreator<LevierState, [], [], Slice>

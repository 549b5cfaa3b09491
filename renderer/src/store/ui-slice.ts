import type { SliceCreator, UiSlice } from './types'

export const createUiSlice: SliceCreator<UiSlice> = () => (set) => ({
  aboutOpen: false,
  setAboutOpen(open) {
    set({ aboutOpen: open })
  },
})

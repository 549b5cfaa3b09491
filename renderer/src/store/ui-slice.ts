import type { SliceCreator, UiSlice } from './types'

export const createUiSlice: SliceCreator<UiSlice> = () => (set) => ({
  aboutOpen: false,
  setAboutOpen(open) {
    set({ aboutOpen: open })
  },
  workbookDialog: null,
  setWorkbookDialog(action) {
    set({ workbookDialog: action })
  },
  whatChangedOpen: false,
  setWhatChangedOpen(open) {
    set({ whatChangedOpen: open })
  },
})

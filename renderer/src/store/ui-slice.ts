import { SECTOR_IDS } from '@shared/model/engine/ids'
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
  inputTab: 'levers',
  resultTab: 'charts',
  setInputTab(tab) {
    set({ inputTab: tab })
  },
  setResultTab(tab) {
    set({ resultTab: tab })
  },
  adoptionSector: SECTOR_IDS[0],
  setAdoptionSector(sector) {
    set({ adoptionSector: sector })
  },
  assumptionQuery: '',
  assumptionsModifiedOnly: false,
  setAssumptionQuery(query) {
    set({ assumptionQuery: query })
  },
  setAssumptionsModifiedOnly(only) {
    set({ assumptionsModifiedOnly: only })
  },
  helpOpen: false,
  setHelpOpen(open) {
    set({ helpOpen: open })
  },
  whatChangedOpen: false,
  setWhatChangedOpen(open) {
    set({ whatChangedOpen: open })
  },
})

import { defineMessages } from '../define-messages'

/** Messages of the assumptions feature. */
export const assumptionsMessages = defineMessages({
  fr: {},
  en: {},
})

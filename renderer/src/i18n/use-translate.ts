import { useLevier } from '../store'
import { translator } from './translate'
import type { Translate } from './translate'

/** The catalogue's translator for the interface's language; the same function while it holds. */
export function useTranslate(): Translate {
  return translator(useLevier((state) => state.language))
}

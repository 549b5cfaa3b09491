import { useMemo } from 'react'
import { useLevier } from '../store'
import { translator } from './translate'
import type { Translate } from './translate'

export function useTranslate(): Translate {
  const language = useLevier((state) => state.language)
  return useMemo(() => translator(language), [language])
}

import { useState } from 'react'
import type { z } from 'zod'
import { useLevier, useLevierStore } from '../store'

/**
 * A choice of the comparison view (the attribution's measure, the goal-seek's lever…) kept in the
 * comparison's settings, so it is saved with the comparison and found again when it is reopened.
 * A stored value that no longer reads (an older or edited file) gives way to the fallback. With no
 * comparison open (a panel shown on its own), the choice lives in the component.
 */
export function useComparisonSetting<T>(
  key: string,
  schema: z.ZodType<T>,
  fallback: T,
): [T, (value: T) => void] {
  const active = useLevier((s) => s.activeComparison)
  const setActive = useLevier((s) => s.setActiveComparison)
  const store = useLevierStore()
  const [local, setLocal] = useState<{ value: T } | null>(null)
  const stored = active ? active.settings[key] : local?.value
  const read = stored === undefined ? null : schema.safeParse(stored)
  const value = read?.success ? read.data : fallback
  // From the store's comparison as it is now, not as this render saw it: several settings set in
  // one click (the goal-seek's example sets its lever, measure and target) would otherwise each
  // spread the same stale settings, and only the last one set would be kept.
  const set = (next: T) => {
    const now = store.getState().activeComparison
    if (now) setActive({ ...now, settings: { ...now.settings, [key]: next } })
    else setLocal({ value: next })
  }
  return [value, set]
}

import type { Language } from '../app-identity'
import { translator } from '../i18n/translate'
import { LEVER_DEFINITIONS } from '../model/levers/lever-definitions'
import { isSchedule } from '../model/levers/schedule'
import type { Scheduled } from '../model/levers/schedule'

export interface ScheduleTextOptions {
  /**
   * A value that goes without saying before the first step (0 for an earmarking share: the State
   * keeps the increment). A schedule starting at it is written from its first step, « 100 % dès
   * 2026 », not « 0 % puis 100 % en 2026 ».
   */
  readonly silent?: number
}

/**
 * A value or a schedule by year in words, in either language: « 3 % puis 4 % en 2027 puis 6 % en
 * 2029 », « 100 % dès 2026 »; "3% then 4% in 2027 then 6% in 2029", "100% from 2026". `write`
 * writes one value (formatValue, or the brief's exactValue); a constant is written alone. The one
 * formatter of schedules: the levers panel, the comparison, the brief and the CLI use it.
 */
export function scheduleText(
  value: Scheduled,
  write: (value: number) => string,
  language: Language,
  options: ScheduleTextOptions = {},
): string {
  if (!isSchedule(value)) return write(value)
  const t = translator(language)
  const [first, ...rest] = value.steps
  const startsSilent = first !== undefined && value.value === options.silent
  let text =
    startsSilent && first
      ? t('schedule.from', { value: write(first.value), year: String(first.year) })
      : write(value.value)
  for (const step of startsSilent ? rest : value.steps)
    text = t('schedule.then', { text, value: write(step.value), year: String(step.year) })
  return text
}

const SILENT = new Map(
  LEVER_DEFINITIONS.flatMap((f) =>
    f.kind === 'number' && f.silentValue !== undefined ? [[f.path, f.silentValue]] : [],
  ),
)

/** A lever field's value (`levers.<lever>.<setting>`, `levers.earmarking.<lever>`) in words. */
export function fieldScheduleText(
  path: string,
  value: Scheduled,
  write: (value: number) => string,
  language: Language,
): string {
  const silent = SILENT.get(path)
  return scheduleText(value, write, language, silent === undefined ? {} : { silent })
}

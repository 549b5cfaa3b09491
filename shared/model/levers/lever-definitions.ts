import { earmark } from './lever-builders'
import type {
  ActiveWhen,
  ChoiceSetting,
  NumberSetting,
  Part,
  Settings,
  SwitchSetting,
} from './lever-kinds'
import { EARMARKING, LEVERS } from './lever-table'
import type { LeverId } from './lever-table'

/**
 * Every lever field as one flat list, read off the lever table: what each field is, its unit,
 * allowed range, step, named marks for real values (with their source) and help, and where it sits
 * in the scenario file. The levers panel, validation messages, diffs and briefs all read it, so no
 * control is described twice.
 */
interface Place {
  /** Path in the scenario file, under `levers`. */
  readonly path: string
  readonly group: LeverId | typeof EARMARKING
  /** The lever the field belongs to, or whose increment it earmarks. */
  readonly lever: LeverId
  /** The switches (paths) that must be on for the field to act; none for a lever's own switch. */
  readonly switches: readonly string[]
  /** The other setting (a path) whose value the field needs in order to act, if any. */
  readonly when?: { readonly path: string; readonly is: ActiveWhen['is'] }
}

export type NumberField = NumberSetting & Place
export type SwitchField = SwitchSetting & Place
export type ChoiceField = ChoiceSetting & Place
export type LeverField = NumberField | SwitchField | ChoiceField

function flatten(
  settings: Settings,
  prefix: string,
  place: Pick<Place, 'group' | 'lever' | 'switches'>,
  leverPath: string,
): LeverField[] {
  const ownSwitch = `${prefix}.enabled`
  return Object.entries(settings).flatMap(([key, setting]): LeverField[] => {
    const path = `${prefix}.${key}`
    if (setting.kind === 'part') {
      const inner = (setting as Part).settings
      return flatten(inner, path, { ...place, switches: [...place.switches, ownSwitch] }, leverPath)
    }
    const switches = path === ownSwitch ? place.switches : [...place.switches, ownSwitch]
    const when = setting.activeWhen
      ? { path: `${leverPath}.${setting.activeWhen.setting}`, is: setting.activeWhen.is }
      : undefined
    return [{ ...setting, ...place, path, switches, ...(when ? { when } : {}) }]
  })
}

export const LEVER_DEFINITIONS: readonly LeverField[] = [
  ...LEVERS.flatMap((lever) => {
    const path = `levers.${lever.id}`
    return flatten(lever.settings, path, { group: lever.id, lever: lever.id, switches: [] }, path)
  }),
  ...LEVERS.map((lever): NumberField => ({
    ...earmark(lever.name),
    path: `levers.${EARMARKING}.${lever.id}`,
    group: EARMARKING,
    lever: lever.id,
    switches: [],
  })),
]

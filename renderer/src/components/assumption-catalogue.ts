import { eachLanguage } from '@shared/i18n/in-every-language'
import type { Language } from '@shared/app-identity'
import type { Baseline, BaselineAssumption } from '@shared/model/baseline/baseline-schema'
import type { MessageKey } from '../i18n/translate'

/** One assumption as the panel lists it, with what a search looks through. */
export interface AssumptionEntry {
  readonly id: string
  readonly assumption: BaselineAssumption
  readonly source: Baseline['sources'][string] | null
  /** Label (per language), id and source title, normalised once for searching. */
  readonly searchText: Readonly<Record<Language, string>>
}

export interface AssumptionGroup {
  readonly id: string
  /** A theme's message key, or a sector's label from the baseline. */
  readonly title:
    { readonly key: MessageKey } | { readonly label: Readonly<Record<Language, string>> }
  readonly entries: readonly AssumptionEntry[]
}

/** Themes, in the order the model reads them; keyed by the first segment of an assumption's id. */
const THEMES: ReadonlyArray<{ id: string; key: MessageKey; prefixes: readonly string[] }> = [
  { id: 'macro', key: 'groupMacro', prefixes: ['macro'] },
  { id: 'contrib', key: 'groupContrib', prefixes: ['contrib'] },
  { id: 'labour', key: 'groupLabour', prefixes: ['labour', 'benefits'] },
  { id: 'financing', key: 'groupFinancing', prefixes: ['baseline', 'itaf', 'finance'] },
  { id: 'value', key: 'groupValueSharing', prefixes: ['value'] },
  // The consumer's ledger: time, exclusion and assisted access, the channels' footprint.
  { id: 'consumer', key: 'groupConsumer', prefixes: ['consumer', 'exclusion', 'env'] },
  { id: 'adoption', key: 'groupAdoption', prefixes: ['adoption'] },
  { id: 'dst', key: 'groupDst', prefixes: ['dst'] },
  { id: 'data', key: 'groupData', prefixes: ['data'] },
  { id: 'platform', key: 'groupPlatform', prefixes: ['platform'] },
]
const OTHER_KEY: MessageKey = 'groupOther'

/** Lower case, without accents, with one kind of apostrophe: "Réemploi" finds "reemploi". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase()
}

function entryOf(baseline: Baseline, id: string): AssumptionEntry {
  const assumption = baseline.assumptions[id] as BaselineAssumption
  const source = assumption.source === null ? null : (baseline.sources[assumption.source] ?? null)
  const common = `${id} ${source?.title ?? ''}`
  return {
    id,
    assumption,
    source,
    searchText: eachLanguage((language) => normalise(`${assumption.label[language]} ${common}`)),
  }
}

/**
 * The baseline's assumptions by theme, then one group per sector (in the baseline's sector
 * order), each keeping the baseline file's order. Every assumption is in exactly one group.
 */
export function assumptionGroups(baseline: Baseline): AssumptionGroup[] {
  const ids = Object.keys(baseline.assumptions)
  const taken = new Set<string>()
  const groups: AssumptionGroup[] = []
  const add = (group: AssumptionGroup) => {
    if (group.entries.length === 0) return
    group.entries.forEach((e) => taken.add(e.id))
    groups.push(group)
  }
  const prefix = (id: string) => id.split('.')[0] as string
  const addThemes = (themes: typeof THEMES) => {
    for (const theme of themes) {
      add({
        id: theme.id,
        title: { key: theme.key },
        entries: ids
          .filter((id) => theme.prefixes.includes(prefix(id)))
          .map((id) => entryOf(baseline, id)),
      })
    }
  }
  addThemes(THEMES.slice(0, 5))
  for (const [sector, settings] of Object.entries(baseline.sectors)) {
    add({
      id: `sector.${sector}`,
      title: { label: settings.label },
      entries: ids
        .filter((id) => id.startsWith(`sector.${sector}.`))
        .map((id) => entryOf(baseline, id)),
    })
  }
  addThemes(THEMES.slice(5))
  add({
    id: 'other',
    title: { key: OTHER_KEY },
    entries: ids.filter((id) => !taken.has(id)).map((id) => entryOf(baseline, id)),
  })
  return groups
}

/**
 * The groups with only the entries matching every word of the query (in the label of the
 * language shown, the id or the source title) and, if given, among `only`; empty groups dropped.
 */
export function filterGroups(
  groups: readonly AssumptionGroup[],
  query: string,
  language: Language,
  only: ReadonlySet<string> | null = null,
): AssumptionGroup[] {
  const words = normalise(query).split(/\s+/).filter(Boolean)
  const keep = (entry: AssumptionEntry) =>
    (only === null || only.has(entry.id)) &&
    words.every((word) => entry.searchText[language].includes(word))
  return groups
    .map((group) => ({ ...group, entries: group.entries.filter(keep) }))
    .filter((group) => group.entries.length > 0)
}

export function countEntries(groups: readonly AssumptionGroup[]): number {
  return groups.reduce((n, group) => n + group.entries.length, 0)
}

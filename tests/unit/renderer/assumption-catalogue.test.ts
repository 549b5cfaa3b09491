import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import {
  assumptionGroups,
  countEntries,
  filterGroups,
  normalise,
} from '../../../renderer/src/components/assumption-catalogue'
import { formatRange } from '../../../renderer/src/components/assumption-row'

const baseline = getBaseline('fr-2024')
const groups = assumptionGroups(baseline)
const ids = (query: string, language: 'fr' | 'en', only: ReadonlySet<string> | null = null) =>
  filterGroups(groups, query, language, only).flatMap((g) => g.entries.map((e) => e.id))

describe('assumption catalogue', () => {
  it('lists every assumption of the baseline exactly once, sectors grouped apart', () => {
    const listed = groups.flatMap((g) => g.entries.map((e) => e.id))
    expect(listed.sort()).toEqual(Object.keys(baseline.assumptions).sort())
    expect(countEntries(groups)).toBe(Object.keys(baseline.assumptions).length)
    for (const sector of Object.keys(baseline.sectors)) {
      const group = groups.find((g) => g.id === `sector.${sector}`)
      expect(group?.entries.every((e) => e.id.startsWith(`sector.${sector}.`))).toBe(true)
    }
    expect(groups.some((g) => g.id === 'other')).toBe(false)
  })

  it('ignores case, accents and the kind of apostrophe', () => {
    expect(normalise('Réemploi’S')).toBe("reemploi's")
    const found = ids('RETOUR A L’EMPLOI', 'fr')
    expect(found).toContain('labour.reemployment_hazard')
    expect(found).toContain('labour.reemployment_hazard_long')
  })

  it('searches the label of the language shown, the id and the source title', () => {
    // The French label only: an English search for it finds nothing.
    expect(ids("retour à l'emploi", 'en')).toEqual([])
    expect(ids('re-employment hazard', 'en')).toEqual([
      'labour.reemployment_hazard',
      'labour.reemployment_hazard_long',
    ])
    expect(ids('retail_checkout.theta', 'fr')).toEqual(['sector.retail_checkout.theta'])
    const bySource = ids('Comptes de la Nation', 'en')
    expect(bySource.length).toBeGreaterThan(0)
    for (const id of bySource) expect(baseline.assumptions[id]?.source).toBe('insee-cn-2024')
  })

  it('keeps only entries matching every word, among `only` when given', () => {
    expect(ids('caisses theta', 'fr')).toEqual(['sector.retail_checkout.theta'])
    const wages = ids('salaire brut annuel', 'fr')
    expect(wages).toHaveLength(Object.keys(baseline.sectors).length)
    expect(ids('salaire brut annuel', 'fr', new Set(['sector.bank_branch.wage']))).toEqual([
      'sector.bank_branch.wage',
    ])
    expect(ids('', 'fr', new Set())).toEqual([])
    expect(ids('', 'fr')).toHaveLength(Object.keys(baseline.assumptions).length)
    expect(filterGroups(groups, 'zzz-nothing', 'fr')).toEqual([])
  })
})

describe('ranges as the panel writes them', () => {
  it('write the unit once when both ends share it, and keep the figures unrounded', () => {
    expect(formatRange(0.015, 0.035, 'share_per_year', 'fr')).toBe('1,5 – 3,5\u202f% par an')
    expect(formatRange(0.0274, 0.035, 'share_per_year', 'en')).toBe('2.74 – 3.5% a year')
    expect(formatRange(6, 14, 'bn_eur', 'en')).toBe('€6 – €14bn')
    expect(formatRange(140_000, 170_000, 'persons', 'fr')).toBe(
      '140\u202f000 – 170\u202f000 personnes',
    )
    expect(formatRange(0, 0.95, 'elasticity', 'fr')).toBe('0 – 0,95')
  })
})

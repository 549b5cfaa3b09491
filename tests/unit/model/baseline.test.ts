import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { baselineSchema } from '@shared/model/baseline/baseline-schema'
import { BASELINE_IDS, getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { SECTOR_FIELDS, SECTOR_IDS, sectorAssumptionId } from '@shared/model/engine/ids'

const raw = (id: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../../resources/baselines/${id}.json`), 'utf8'),
  )

describe.each(BASELINE_IDS)('baseline %s', (id) => {
  const baseline = getBaseline(id)
  const RAW = raw(id)

  it('is valid as shipped, and validating it changes nothing (the app does not parse it again)', () => {
    const parsed = baselineSchema.safeParse(RAW)
    expect(parsed.success, parsed.error?.message).toBe(true)
    expect(parsed.data).toStrictEqual(RAW)
    expect(baseline).toStrictEqual(RAW)
  })

  it('gives every figure a source, a year and a grade; unsourced ones are graded as assumptions', () => {
    for (const [id, a] of Object.entries(baseline.assumptions)) {
      expect(a.year, id).toBeGreaterThan(2000)
      if (a.source === null) expect(['assumption', 'unverified'], id).toContain(a.grade)
      else expect(baseline.sources[a.source], id).toBeDefined()
    }
  })

  it('keeps each default within its plausible range', () => {
    for (const a of Object.values(baseline.assumptions))
      if (a.range) expect(a.range[0] <= a.value && a.value <= a.range[1]).toBe(true)
  })

  it('has every sector assumption the engine reads, and the engine finds all its parameters', () => {
    for (const sector of SECTOR_IDS)
      for (const field of SECTOR_FIELDS)
        expect(baseline.assumptions[sectorAssumptionId(sector, field)]).toBeDefined()
    expect(() => compileScenario(defaultScenario('current-law', id), baseline)).not.toThrow()
  })

  it('carries the sourced anchors of the brief', () => {
    expect(baseline.robss.receipts[0]).toBe(626.4)
    expect(baseline.robss.spending[0]).toBe(642.8)
    expect(baseline.assumptions['macro.gdp_2024']?.value).toBe(2919.9)
    expect(baseline.assumptions['macro.wage_bill_2024']?.value).toBe(726)
    // DST base 2024 = 800 M€ / 3 %.
    expect(baseline.assumptions['dst.base_2024']?.value).toBeCloseTo(0.8 / 0.03, 1)
  })

  it('refuses a figure that cites an unknown source, or an unsourced figure presented as fact', () => {
    const unknownSource = structuredClone(RAW)
    unknownSource.assumptions['macro.gdp_2024'].source = 'my-notes'
    expect(baselineSchema.safeParse(unknownSource).success).toBe(false)
    const unsourcedFact = structuredClone(RAW)
    unsourcedFact.assumptions['macro.gdp_2024'].source = null
    expect(baselineSchema.safeParse(unsourcedFact).success).toBe(false)
    const outOfRange = structuredClone(RAW)
    outOfRange.assumptions['macro.gdp_growth'].value = 0.2
    expect(baselineSchema.safeParse(outOfRange).success).toBe(false)
  })
})

describe('baseline fr-2025 against fr-2024', () => {
  it('has the same assumptions, so a scenario moves between them without losing a setting', () => {
    expect(Object.keys(getBaseline('fr-2025').assumptions).sort()).toEqual(
      Object.keys(getBaseline('fr-2024').assumptions).sort(),
    )
  })

  it('carries the October 2025 Unédic forecast: −0.1 Md€ in 2025, −1.3 Md€ in 2026', () => {
    const { years, receipts, spending } = getBaseline('fr-2025').unedic
    const balance = (year: number) => {
      const k = years.indexOf(year)
      return (receipts[k] as number) - (spending[k] as number)
    }
    expect(balance(2025)).toBeCloseTo(-0.1, 9)
    expect(balance(2026)).toBeCloseTo(-1.3, 9)
  })
})

import { describe, expect, it } from 'vitest'
import { dstBackcast, plfssBackcast } from '@shared/model/baseline/backcast'
import { DEFAULT_BASELINE_ID, getBaseline } from '@shared/model/baseline/baselines'

/**
 * Back-casts as tests: the model's own rules, run back over years they were not given, must land
 * within the bounds; where a published figure holds a one-off no rule can know, the test
 * says which year and the documentation states the error.
 */
const baseline = getBaseline(DEFAULT_BASELINE_ID)

describe(`back-casts of ${DEFAULT_BASELINE_ID}`, () => {
  it('DST yields 2019–2024, each within 15 %', () => {
    const rows = dstBackcast(baseline)
    expect(rows.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024])
    for (const r of rows) expect(Math.abs(r.relativeError), String(r.year)).toBeLessThan(0.15)
  })

  it('ROBSS receipts 2025–2029, each within 0.5 %', () => {
    for (const r of plfssBackcast(baseline).receipts)
      expect(Math.abs(r.relativeError), String(r.year)).toBeLessThan(0.005)
  })

  it('ROBSS spending 2025–2029 within 0.5 % from 2026; 2025 holds a one-off jump (+3.6 %)', () => {
    for (const r of plfssBackcast(baseline).spending)
      expect(Math.abs(r.relativeError), String(r.year)).toBeLessThan(
        r.year === 2025 ? 0.0065 : 0.005,
      )
  })

  it('ROBSS balance within 1 Md€ of the PLFSS 2026 table each year but 2025', () => {
    for (const r of plfssBackcast(baseline).balance)
      if (r.year !== 2025) expect(Math.abs(r.error), String(r.year)).toBeLessThan(1)
  })
})

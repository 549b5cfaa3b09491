import { describe, expect, it } from 'vitest'
import { BASE_LAYOUT, withBaseLayout } from '../../../renderer/src/charts/base-layout'

describe('a chart layout over the defaults', () => {
  it('keeps every setting of the chart, axes included, and fills the rest in', () => {
    const layout = withBaseLayout({
      barmode: 'relative',
      margin: { t: 24, r: 12, b: 72, l: 72 },
      xaxis: { type: 'category', ticklabeloverflow: 'hide past domain' },
      yaxis: { tickformat: 'd' },
    })
    expect(layout.barmode).toBe('relative')
    expect(layout.margin).toEqual({ t: 24, r: 12, b: 72, l: 72 })
    expect(layout.xaxis).toEqual({ type: 'category', ticklabeloverflow: 'hide past domain' })
    expect(layout.yaxis).toEqual({ tickformat: 'd', ticklabeloverflow: 'allow' })
    expect(layout.font).toEqual(BASE_LAYOUT.font)
  })

  it('never measures tick labels for overflow when a chart sets no axis', () => {
    const layout = withBaseLayout({})
    expect(layout.xaxis).toEqual({ ticklabeloverflow: 'allow' })
    expect(layout.yaxis).toEqual({ ticklabeloverflow: 'allow' })
    expect(layout.margin).toEqual(BASE_LAYOUT.margin)
  })
})

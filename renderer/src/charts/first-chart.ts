let markDrawn: () => void = () => undefined

/** Resolves once the first chart of this page has been drawn. */
export const firstChartDrawn = new Promise<void>((resolve) => (markDrawn = resolve))

/** Called by every chart after each redraw; only the first call matters. */
export function chartDrawn(): void {
  markDrawn()
}

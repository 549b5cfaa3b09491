/**
 * Pointer positions on a drawn Plotly chart turned into data coordinates, for drawing on a chart.
 * Plotly keeps its computed layout on the element it drew into (`_fullLayout`); only the few
 * members read here are described, so nothing untyped leaks out.
 */
interface PlotAxis {
  /** Pixel (from the plot area's edge) to the axis's linear data value. */
  p2l(pixel: number): number
}

interface DrawnLayout {
  readonly xaxis?: PlotAxis
  readonly yaxis?: PlotAxis
  /** The plot area's offsets and size within the element, in CSS pixels. */
  readonly _size?: {
    readonly l: number
    readonly t: number
    readonly w: number
    readonly h: number
  }
}

export interface DataPoint {
  readonly x: number
  readonly y: number
  /** Whether the pointer is over the plot area rather than the axes, legend or margins. */
  readonly inside: boolean
}

/** The data point under a pointer, or null when the element has not been drawn by Plotly yet. */
export function pointerToData(
  element: HTMLElement,
  clientX: number,
  clientY: number,
): DataPoint | null {
  const layout = (element as HTMLElement & { _fullLayout?: DrawnLayout })._fullLayout
  const size = layout?._size
  if (!layout?.xaxis || !layout.yaxis || !size) return null
  const box = element.getBoundingClientRect()
  const px = clientX - box.left - size.l
  const py = clientY - box.top - size.t
  return {
    x: layout.xaxis.p2l(px),
    y: layout.yaxis.p2l(py),
    inside: px >= 0 && px <= size.w && py >= 0 && py <= size.h,
  }
}

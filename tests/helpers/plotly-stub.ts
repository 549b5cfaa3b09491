import { vi } from 'vitest'

/**
 * Plotly replaced for jsdom tests (it needs a real layout engine): every call the charts make,
 * recorded and answered at once. Use with
 *   vi.mock('plotly.js-basic-dist-min', () => import('../../helpers/plotly-stub'))
 */
export default {
  react: vi.fn(async () => undefined),
  purge: vi.fn(),
  toImage: vi.fn(),
  Plots: { resize: vi.fn() },
}

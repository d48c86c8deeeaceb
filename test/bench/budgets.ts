// The performance budgets of the design (DESIGN.md, "Performance budgets"), as checks on a figure.
// Absolute times swing 1.5–2× between machines and runs, so most budgets are ratios of medians
// measured in the same run: a figure divided by a peer (Prism) or by a floor.
import type { Summary } from './stats.ts'

export interface Budget {
  /** As the design states it, e.g. "median ≤ 600 ms". */
  text: string
  /** Whether the figure is within it. */
  met: (figure: Summary) => boolean
}

const medianAtMost = (limit: number, unit: string, shown = `${limit}${unit}`): Budget => ({
  text: `median ≤ ${shown}`,
  met: (figure) => figure.median <= limit,
})

/** A budget on a ratio figure, whose median is the ratio of the two medians. */
const ratioAtMost = (limit: number): Budget => medianAtMost(limit, '×', `${limit.toFixed(2)}×`)

export const BUDGETS = {
  firstVisit: medianAtMost(600, ' ms'),
  warmReload: medianAtMost(250, ' ms'),
  getOverOneTripFloor: ratioAtMost(1.5),
  createOverOneTripFloor: ratioAtMost(2.0),
  refundOverOneTripFloor: ratioAtMost(2.0),
  getOverPrism: ratioAtMost(0.75),
  createOverPrism: ratioAtMost(1.0),
  searchOverFloor: ratioAtMost(2.0),
  seedOverFloor: ratioAtMost(1.1),
  bridgeOverPrism: ratioAtMost(1.5),
  scriptBeforeFirstRender: { text: '≤ 150 KB gzipped', met: (f) => f.median <= 150 * 1024 },
} satisfies Record<string, Budget>

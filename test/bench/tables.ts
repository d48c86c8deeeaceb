// The bench's three tables, made from what one run measured: the figures with the design's absolute
// budgets, the side-by-side comparisons (floors, Prism, and the ratio budgets), and the search mix
// by filter. Every ratio is of figures from the same run.
import { BUDGETS, type Budget } from './budgets.ts'
import type { OperationName } from './operations.ts'
import { figure, type Figure } from './report.ts'
import type { ScriptSizes } from './site.ts'
import { ratio, summarise, type Summary } from './stats.ts'
import type { FloorKind } from './worker-floor-site.ts'

export const OPERATIONS: readonly OperationName[] = ['create', 'get', 'search', 'refund', 'events']

export interface Sides {
  /** Through the playground's service worker. */
  playground: Summary
  prism: Summary
  /** The same reads and writes straight on IndexedDB. */
  floor: Summary
}

export interface Measurements {
  seedCount: number
  /** The route the load figures open, e.g. `#/admin`. */
  route: string
  firstVisit: Summary
  firstVisitControlled: Summary
  warmReload: Summary
  warmReloadSeeded: Summary
  api: Record<OperationName, Sides>
  /** A request refused before storage (401): msw and the front of the pipeline, no storage. */
  refused: Summary
  afterRestart: Summary
  floors: Record<FloorKind, Summary>
  seed: { took: number; peakHeap: number; heapAfter: number }
  seedFloor: number
  admin: Summary
  sizes: ScriptSizes
  searchByFilter: Array<{ variant: string; playground: Summary; floor: Summary }>
  /** A GET through the local bridge and from Prism, under the same steady load from a load tool. */
  underLoad: { bridge: Summary; prism: Summary; rate: number }
}

export interface Tables {
  figures: Figure[]
  sideBySide: Figure[]
  byFilter: Figure[]
}

const OVER_ONE_TRIP: Partial<Record<OperationName, Budget>> = {
  get: BUDGETS.getOverOneTripFloor,
  create: BUDGETS.createOverOneTripFloor,
  refund: BUDGETS.refundOverOneTripFloor,
}
const OVER_PRISM: Partial<Record<OperationName, Budget>> = { get: BUDGETS.getOverPrism, create: BUDGETS.createOverPrism }
const OVER_FLOOR: Partial<Record<OperationName, Budget>> = { search: BUDGETS.searchOverFloor }

const one = (value: number): Summary => summarise([value])

export function tables(m: Measurements, judge: boolean): Tables {
  const n = m.seedCount.toLocaleString('en-GB')
  const ms = (id: string, label: string, summary: Summary, budget?: Budget) => figure({ id, label, unit: 'ms', summary, budget, judge })
  const bytes = (id: string, label: string, value: number, budget?: Budget) => figure({ id, label, unit: 'bytes', summary: one(value), budget, judge: judge || budget !== undefined })
  const times = (id: string, label: string, summary: Summary, budget?: Budget) => figure({ id, label, unit: 'ratio', summary, budget, judge })
  const oneTrip = m.floors['one-trip']

  const figures = [
    ms('first-visit', `First visit (fresh profile) to the ${m.route} heading`, m.firstVisit, BUDGETS.firstVisit),
    ms('first-visit-controlled', 'First visit: the worker controls the page', m.firstVisitControlled),
    ms('warm-reload', `Warm reload to the ${m.route} heading`, m.warmReload, BUDGETS.warmReload),
    ms('warm-reload-seeded', `Warm reload to the heading, ${n} payments stored`, m.warmReloadSeeded),
    ...OPERATIONS.map((name) => ms(`api-${name}`, name === 'search' ? `API search, filters + pages, ${n} payments` : `API ${name} round trip`, m.api[name].playground)),
    ms('api-refused', 'API request refused before storage (401)', m.refused),
    ms('api-get-after-restart', 'API get after a worker restart', m.afterRestart),
    ms('seed', `Seeding ${n} payments`, one(m.seed.took)),
    ms('admin-list', `Admin transaction list page, ${n} payments`, m.admin),
    bytes('js-before-first-render', 'JS before the first render (gzip)', m.sizes.beforeFirstRender, BUDGETS.scriptBeforeFirstRender),
    bytes('js-simulator', 'Simulator chunk (gzip)', m.sizes.simulator),
    bytes('js-worker', 'Service worker script (gzip)', m.sizes.worker),
    bytes('heap-peak', `Peak JS heap while seeding ${n}`, m.seed.peakHeap),
    bytes('heap-after', `JS heap after seeding ${n} (after GC)`, m.seed.heapAfter),
  ]

  const sideBySide = [
    ms('worker-floor-one-trip', 'Worker floor: one trip (answers itself)', oneTrip),
    ms('worker-floor-relay', 'Worker floor: relay to the page and back', m.floors.relay),
    times('ratio-relay-one-trip', 'relay floor ÷ one-trip floor', ratio(m.floors.relay, oneTrip)),
    times('ratio-refused-one-trip', 'refused (401) ÷ one-trip floor', ratio(m.refused, oneTrip)),
    // The least "get ÷ Prism" could be on this machine: a worker that does nothing but answer.
    times('ratio-one-trip-prism-get', 'one-trip floor ÷ Prism get', ratio(oneTrip, m.api.get.prism)),
  ]
  for (const name of OPERATIONS) {
    const { playground, prism, floor } = m.api[name]
    sideBySide.push(
      times(`ratio-one-trip-${name}`, `${name} ÷ one-trip floor`, ratio(playground, oneTrip), OVER_ONE_TRIP[name]),
      ms(`prism-${name}`, `Prism ${name}`, prism),
      times(`ratio-prism-${name}`, `${name} ÷ Prism`, ratio(playground, prism), OVER_PRISM[name]),
      ms(`floor-${name}`, `IndexedDB floor ${name}`, floor),
      times(`ratio-floor-${name}`, `${name} ÷ IndexedDB floor`, ratio(playground, floor), OVER_FLOOR[name]),
    )
  }
  sideBySide.push(
    ms('seed-floor', `IndexedDB floor, seeding ${n}`, one(m.seedFloor)),
    times('ratio-seed-floor', 'seeding ÷ IndexedDB floor', ratio(one(m.seed.took), one(m.seedFloor)), BUDGETS.seedOverFloor),
    ms('bridge-get-load', `Bridge get under a steady ${m.underLoad.rate}/s load`, m.underLoad.bridge),
    ms('prism-get-load', `Prism get under the same load`, m.underLoad.prism),
    times('ratio-bridge-prism', 'bridge get ÷ Prism get, under load', ratio(m.underLoad.bridge, m.underLoad.prism), BUDGETS.bridgeOverPrism),
  )

  const byFilter = m.searchByFilter.flatMap(({ variant, playground, floor }, index) => [
    ms(`api-search-${index}`, `API search by ${variant}`, playground),
    ms(`floor-search-${index}`, 'IndexedDB floor, same search', floor),
    times(`ratio-floor-search-${index}`, 'search ÷ IndexedDB floor', ratio(playground, floor)),
  ])
  return { figures, sideBySide, byFilter }
}

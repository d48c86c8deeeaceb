// The bench's tables: each budget of the design on the figure it is about, every ratio made from
// figures of the same run.
import { describe, expect, it } from 'vitest'
import type { OperationName } from '../../bench/operations.ts'
import type { Figure } from '../../bench/report.ts'
import { summarise } from '../../bench/stats.ts'
import { OPERATIONS, tables, type Measurements } from '../../bench/tables.ts'

const at = (median: number) => summarise([median])

/** A run in which every API figure is `api` ms except those given, against a 5 ms one-trip floor. */
function measurements(api: Partial<Record<OperationName, number>> = {}): Measurements {
  return {
    seedCount: 100_000,
    route: '#/admin',
    firstVisit: at(550),
    firstVisitControlled: at(300),
    warmReload: at(260),
    warmReloadSeeded: at(280),
    api: Object.fromEntries(OPERATIONS.map((name) => [name, { playground: at(api[name] ?? 7), prism: at(10), floor: at(2) }])) as Measurements['api'],
    refused: at(6),
    afterRestart: at(60),
    floors: { 'one-trip': at(5), relay: at(9) },
    seed: { took: 17_000, peakHeap: 50e6, heapAfter: 10e6 },
    seedFloor: 15_000,
    admin: at(120),
    sizes: { beforeFirstRender: 70_000, beforeFirstRenderFiles: [], simulator: 37_000, simulatorFiles: [], worker: 198_000, workerFile: 'service-worker.js' },
    searchByFilter: [{ variant: 'reference', playground: at(9), floor: at(3) }],
    underLoad: { bridge: at(3), prism: at(1.5), rate: 50 },
  }
}

const byId = (figures: Figure[], id: string) => {
  const found = figures.find((f) => f.id === id)
  if (!found) throw new Error(`No figure ${id}`)
  return found
}

describe('the bench tables', () => {
  it('divides the round trips by the one-trip worker floor, with the design’s limits for get, create and refund', () => {
    const { sideBySide } = tables(measurements({ get: 7.4, create: 10.5, refund: 9 }), true)
    expect(byId(sideBySide, 'worker-floor-one-trip').summary.median).toBe(5)
    expect(byId(sideBySide, 'ratio-one-trip-get')).toMatchObject({ summary: { median: 7.4 / 5 }, budget: 'median ≤ 1.50×', result: 'pass' })
    expect(byId(sideBySide, 'ratio-one-trip-create')).toMatchObject({ summary: { median: 10.5 / 5 }, budget: 'median ≤ 2.00×', result: 'over' })
    expect(byId(sideBySide, 'ratio-one-trip-refund')).toMatchObject({ budget: 'median ≤ 2.00×', result: 'pass' })
    expect(byId(sideBySide, 'ratio-one-trip-events')).toMatchObject({ result: 'n/a' })
    expect(byId(sideBySide, 'ratio-one-trip-events').budget).toBeUndefined()
  })

  it('holds get and create to Prism, and search to its IndexedDB floor', () => {
    const { sideBySide } = tables(measurements({ get: 8, create: 9, search: 4.5 }), true)
    expect(byId(sideBySide, 'ratio-prism-get')).toMatchObject({ summary: { median: 0.8 }, budget: 'median ≤ 0.75×', result: 'over' })
    expect(byId(sideBySide, 'ratio-prism-create')).toMatchObject({ summary: { median: 0.9 }, budget: 'median ≤ 1.00×', result: 'pass' })
    expect(byId(sideBySide, 'ratio-floor-search')).toMatchObject({ summary: { median: 2.25 }, budget: 'median ≤ 2.00×', result: 'over' })
    expect(byId(sideBySide, 'ratio-prism-refund').budget).toBeUndefined()
  })

  it('holds the bridge’s get under load to Prism’s under the same load', () => {
    const { sideBySide } = tables(measurements(), true)
    expect(byId(sideBySide, 'bridge-get-load')).toMatchObject({ label: 'Bridge get under a steady 50/s load', summary: { median: 3 } })
    expect(byId(sideBySide, 'ratio-bridge-prism')).toMatchObject({ summary: { median: 2 }, budget: 'median ≤ 1.50×', result: 'over' })
  })

  it('keeps the relay floor, and shows what the front of the pipeline and the relay cost over one trip', () => {
    const { sideBySide } = tables(measurements(), true)
    expect(byId(sideBySide, 'worker-floor-relay').summary.median).toBe(9)
    expect(byId(sideBySide, 'ratio-relay-one-trip').summary.median).toBe(1.8)
    expect(byId(sideBySide, 'ratio-refused-one-trip').summary.median).toBe(1.2)
  })

  it('shows how near the one-trip floor itself comes to Prism’s get, the bound of the get ÷ Prism budget', () => {
    const { sideBySide } = tables(measurements(), true)
    expect(byId(sideBySide, 'ratio-one-trip-prism-get')).toMatchObject({ summary: { median: 0.5 }, result: 'n/a' })
  })

  it('judges the first visit and the warm reload to the route’s heading, and seeding against its floor', () => {
    const { figures, sideBySide } = tables(measurements(), true)
    expect(byId(figures, 'first-visit')).toMatchObject({ label: 'First visit (fresh profile) to the #/admin heading', budget: 'median ≤ 600 ms', result: 'pass' })
    expect(byId(figures, 'warm-reload')).toMatchObject({ budget: 'median ≤ 250 ms', result: 'over' })
    expect(byId(sideBySide, 'ratio-seed-floor')).toMatchObject({ budget: 'median ≤ 1.10×', result: 'over' })
    expect(byId(figures, 'api-get-after-restart')).toMatchObject({ summary: { median: 60 }, result: 'n/a' })
    expect(byId(figures, 'api-get-after-restart').budget).toBeUndefined()
  })

  it('reports the worker script’s size without a budget, and judges the JavaScript before the first render', () => {
    const { figures } = tables(measurements(), false)
    expect(byId(figures, 'js-worker')).toMatchObject({ unit: 'bytes', summary: { median: 198_000 }, result: 'n/a' })
    expect(byId(figures, 'js-worker').budget).toBeUndefined()
    expect(byId(figures, 'js-before-first-render')).toMatchObject({ budget: '≤ 150 KB gzipped', result: 'pass' })
  })

  it('shows but does not judge the time budgets on a quick run', () => {
    const { figures, sideBySide } = tables(measurements({ get: 100 }), false)
    const timed = [...figures, ...sideBySide].filter((f) => f.budget && f.unit !== 'bytes')
    expect(timed.length).toBe(10)
    expect(timed.every((f) => f.result === 'n/a')).toBe(true)
  })

  it('sets each search filter beside its own floor', () => {
    const { byFilter } = tables(measurements(), true)
    expect(byFilter.map((f) => [f.label, f.summary.median])).toEqual([
      ['API search by reference', 9],
      ['IndexedDB floor, same search', 3],
      ['search ÷ IndexedDB floor', 3],
    ])
  })
})

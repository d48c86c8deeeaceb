// The bench's report: figures judged against the design's budgets, and the printed table.
import { describe, expect, it } from 'vitest'
import { BUDGETS } from '../../bench/budgets.ts'
import { figure, table } from '../../bench/report.ts'
import { ratio, summarise } from '../../bench/stats.ts'

describe('the bench report', () => {
  it('judges a ratio by the ratio of the medians, against the design’s limit', () => {
    const floor = summarise([4, 5, 6, 40])
    const within = ratio(summarise([7, 7.5, 8, 9]), floor)
    const over = ratio(summarise([8, 8.5, 9, 9]), floor)
    expect(figure({ id: 'g', label: 'get ÷ one-trip floor', unit: 'ratio', summary: within, budget: BUDGETS.getOverOneTripFloor, judge: true })).toMatchObject({
      result: 'pass',
      budget: 'median ≤ 1.50×',
    })
    expect(figure({ id: 'g', label: 'get ÷ one-trip floor', unit: 'ratio', summary: over, budget: BUDGETS.getOverOneTripFloor, judge: true }).result).toBe('over')
  })

  it('holds each ratio to its own limit', () => {
    const at = (value: number) => summarise([value])
    const cases = [
      [BUDGETS.getOverOneTripFloor, 1.5],
      [BUDGETS.createOverOneTripFloor, 2.0],
      [BUDGETS.refundOverOneTripFloor, 2.0],
      [BUDGETS.getOverPrism, 0.75],
      [BUDGETS.createOverPrism, 1.0],
      [BUDGETS.searchOverFloor, 2.0],
      [BUDGETS.seedOverFloor, 1.1],
    ] as const
    for (const [budget, limit] of cases) {
      expect(budget.met(at(limit)), budget.text).toBe(true)
      expect(budget.met(at(limit * 1.01)), budget.text).toBe(false)
      expect(budget.text).toBe(`median ≤ ${limit.toFixed(2)}×`)
    }
  })

  it('shows the budget without judging it on a quick run, and n/a where there is no budget', () => {
    const quick = figure({ id: 'visit', label: 'First visit', unit: 'ms', summary: summarise([900]), budget: BUDGETS.firstVisit, judge: false })
    expect(quick).toMatchObject({ result: 'n/a', budget: 'median ≤ 600 ms' })
    expect(figure({ id: 'heap', label: 'Heap', unit: 'bytes', summary: summarise([1]), judge: true }).result).toBe('n/a')
  })

  it('prints one aligned row per figure with its median, p95, budget and result', () => {
    const printed = table([
      figure({ id: 'visit', label: 'First visit', unit: 'ms', summary: summarise([500, 700]), budget: BUDGETS.firstVisit, judge: true }),
      figure({ id: 'js', label: 'JS before the first render', unit: 'bytes', summary: summarise([132_198]), budget: BUDGETS.scriptBeforeFirstRender, judge: true }),
      figure({ id: 'ratio', label: 'get ÷ Prism', unit: 'ratio', summary: summarise([1.456]), budget: BUDGETS.getOverPrism, judge: true }),
      figure({ id: 'restart', label: 'get after a restart', unit: 'ms', summary: summarise([41]), judge: true }),
    ]).split('\n')
    expect(printed[0]).toMatch(/^Figure\s+Runs\s+Median\s+p95\s+Budget\s+Result$/)
    expect(printed[2]).toMatch(/^First visit\s+2\s+600 ms\s+700 ms\s+median ≤ 600 ms\s+pass$/)
    expect(printed[3]).toMatch(/129\.1 KB\s+129\.1 KB\s+≤ 150 KB gzipped\s+pass$/)
    expect(printed[4]).toMatch(/1\.46×\s+1\.46×\s+median ≤ 0\.75×\s+over$/)
    expect(printed[5]).toMatch(/41 ms\s+41 ms\s+—\s+—$/)
    expect(new Set(printed.map((line) => line.length)).size).toBe(1)
  })
})

// The bench's report: figures judged against the design's budgets, and the printed table.
import { describe, expect, it } from 'vitest'
import { BUDGETS } from '../../bench/budgets.ts'
import { figure, table } from '../../bench/report.ts'
import { summarise } from '../../bench/stats.ts'

describe('the bench report', () => {
  it('judges a figure against its budget on a full run', () => {
    const fast = figure({ id: 'api-get', label: 'API get', unit: 'ms', summary: summarise([3, 4, 5, 12]), budget: BUDGETS.roundTrip, judge: true })
    const slow = figure({ id: 'api-get', label: 'API get', unit: 'ms', summary: summarise([3, 4, 9, 30]), budget: BUDGETS.roundTrip, judge: true })
    expect(fast).toMatchObject({ result: 'pass', budget: 'p50 ≤ 5 ms, p95 ≤ 15 ms' })
    expect(slow.result).toBe('over')
  })

  it('shows the budget without judging it on a quick run, and n/a where there is no budget', () => {
    const quick = figure({ id: 'seed', label: 'Seeding', unit: 'ms', summary: summarise([90_000]), budget: BUDGETS.seed, judge: false })
    expect(quick).toMatchObject({ result: 'n/a', budget: '≤ 15 s for 100,000' })
    expect(figure({ id: 'heap', label: 'Heap', unit: 'bytes', summary: summarise([1]), judge: true }).result).toBe('n/a')
  })

  it('prints one aligned row per figure with its median, p95, budget and result', () => {
    const printed = table([
      figure({ id: 'cold', label: 'Cold first load', unit: 'ms', summary: summarise([500, 700]), budget: BUDGETS.coldLoad, judge: true }),
      figure({ id: 'js', label: 'JS before the simulator', unit: 'bytes', summary: summarise([132_198]), budget: BUDGETS.scriptBeforeSimulator, judge: true }),
      figure({ id: 'ratio', label: 'get: playground ÷ Prism', unit: 'ratio', summary: summarise([1.456]), judge: true }),
    ]).split('\n')
    expect(printed[0]).toMatch(/^Figure\s+Runs\s+Median\s+p95\s+Budget\s+Result$/)
    expect(printed[2]).toMatch(/^Cold first load\s+2\s+600 ms\s+700 ms\s+median ≤ 600 ms\s+pass$/)
    expect(printed[3]).toMatch(/129\.1 KB\s+129\.1 KB\s+≤ 150 KB gzipped\s+pass$/)
    expect(printed[4]).toMatch(/1\.46×\s+1\.46×\s+—\s+—$/)
    expect(new Set(printed.map((line) => line.length)).size).toBe(1)
  })
})

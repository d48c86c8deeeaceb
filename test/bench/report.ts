// The bench's results: a table on the terminal and bench/results.json.
import fs from 'node:fs'
import path from 'node:path'
import type { Budget } from './budgets.ts'
import type { Summary } from './stats.ts'

export type Unit = 'ms' | 'bytes' | 'ratio'

export interface Figure {
  id: string
  label: string
  unit: Unit
  summary: Summary
  budget?: string
  /** 'pass' or 'over' against the budget; 'n/a' where there is none or the run is too small to judge. */
  result: 'pass' | 'over' | 'n/a'
  note?: string
}

export interface FigureInput {
  id: string
  label: string
  unit: Unit
  summary: Summary
  budget?: Budget
  /** Budgets hold for the full run only (100,000 payments, enough runs); a quick run shows but does not judge them. */
  judge: boolean
  note?: string
}

export function figure(input: FigureInput): Figure {
  const { budget, judge, ...rest } = input
  const result = budget && judge ? (budget.met(input.summary) ? 'pass' : 'over') : 'n/a'
  return { ...rest, ...(budget ? { budget: budget.text } : {}), result }
}

function format(value: number, unit: Unit): string {
  if (unit === 'bytes') return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MB` : `${(value / 1024).toFixed(1)} KB`
  if (unit === 'ratio') return `${value.toFixed(2)}×`
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`
}

export function table(figures: readonly Figure[]): string {
  const rows = [
    ['Figure', 'Runs', 'Median', 'p95', 'Budget', 'Result'],
    ...figures.map((f) => [
      f.label,
      String(f.summary.runs),
      format(f.summary.median, f.unit),
      format(f.summary.p95, f.unit),
      f.budget ?? '—',
      f.result === 'n/a' ? '—' : f.result,
    ]),
  ]
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n')
}

export interface Results {
  generatedAt: string
  mode: 'full' | 'quick'
  environment: Record<string, string | number>
  figures: Figure[]
  notes: string[]
}

export function writeResults(file: string, results: Results): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
}

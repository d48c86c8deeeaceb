// How much the bench does: the full run, whose figures are judged against the budgets, and the
// quick smoke run that `npm test` makes so the bench cannot rot (small numbers, every figure).

export interface BenchSettings {
  mode: 'full' | 'quick'
  /** Payments seeded before the searches and the admin list. */
  seedCount: number
  coldRuns: number
  /** First visits of a new browser process that are measured but not counted. */
  coldWarmUp: number
  warmRuns: number
  /** Counted runs of each API operation, after `warmUp` runs that are not counted. */
  apiRuns: number
  warmUp: number
  adminRuns: number
  /** GETs timed each right after the browser stopped the service worker. */
  restartRuns: number
  /** Seconds of steady load on the local bridge, then on Prism. */
  bridgeLoadSeconds: number
  /** Whether the budgets apply: only to the full run. */
  judge: boolean
}

export const FULL: BenchSettings = {
  mode: 'full',
  seedCount: 100_000,
  coldRuns: 15,
  coldWarmUp: 1,
  warmRuns: 15,
  apiRuns: 100,
  warmUp: 5,
  adminRuns: 15,
  restartRuns: 15,
  bridgeLoadSeconds: 10,
  judge: true,
}

export const QUICK: BenchSettings = {
  mode: 'quick',
  seedCount: 1_000,
  coldRuns: 1,
  coldWarmUp: 0,
  warmRuns: 2,
  apiRuns: 5,
  warmUp: 1,
  adminRuns: 1,
  restartRuns: 2,
  bridgeLoadSeconds: 1,
  judge: false,
}

export interface BenchArguments {
  settings: BenchSettings
  /** Exit with a failure when a figure is over its budget (full run only). */
  strict: boolean
}

export function parseArguments(argv: readonly string[]): BenchArguments {
  const known = new Set(['--quick', '--strict'])
  const unknown = argv.filter((arg) => !known.has(arg))
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(' ')}. Use --quick for a small smoke run, --strict to fail on a missed budget.`)
  return { settings: argv.includes('--quick') ? QUICK : FULL, strict: argv.includes('--strict') }
}

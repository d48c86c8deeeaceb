// Timing the service worker floors (worker-floor-site.ts) the way the API figures are timed: from
// page code, fetch() to the whole body read, one request per run, runs `pace` ms apart. Each floor
// stays open in a browser context of its own, so the bench can measure it in several blocks around
// the API figures (a busy machine then slows the floor and the playground alike).
import type { Browser } from 'playwright-core'
import { API_BASE_URL } from './operations.ts'
import type { FloorKind } from './worker-floor-site.ts'

export interface FloorPlan {
  /** Counted runs, after `warmUp` runs that are not counted. */
  runs: number
  warmUp: number
  pace: number
}

export interface OpenFloor {
  times: (plan: FloorPlan) => Promise<number[]>
  close: () => Promise<void>
}

interface FloorRequest extends FloorPlan {
  kind: FloorKind
  /** The address and headers of the playground's get, so both trips carry the same request. */
  base: string
  headers: Record<string, string>
}

/** Runs in the floor's page: stops at the first answer that is not the floor's own. */
async function timeFloor({ kind, base, headers, runs, warmUp, pace }: FloorRequest): Promise<number[]> {
  // Without a controlling worker the request would leave for the real service.
  if (!navigator.serviceWorker.controller) throw new Error(`The ${kind} floor's worker does not control its page`)
  const times: number[] = []
  for (let run = -warmUp; run < runs; run++) {
    const started = performance.now()
    const response = await fetch(`${base}/v1/payments/floor${run + warmUp}`, { headers })
    const text = await response.text()
    const took = performance.now() - started
    if (response.status !== 200 || !text.includes(`"floor":"${kind}"`)) throw new Error(`The ${kind} floor answered ${response.status} ${text.slice(0, 200)}`)
    if (run >= 0) times.push(took)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, pace - (performance.now() - started))))
  }
  return times
}

export async function openFloor(browser: Browser, kind: FloorKind, url: string): Promise<OpenFloor> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(url)
  await page.evaluate(() => (window as unknown as { workerReady: Promise<void> }).workerReady)
  const headers = { Authorization: 'Bearer bench-worker-floor', Accept: 'application/json' }
  return {
    times: (plan) => page.evaluate(timeFloor, { ...plan, kind, base: API_BASE_URL, headers }),
    close: () => context.close(),
  }
}

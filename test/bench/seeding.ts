// Seeding with the simulator's own seeding (payPlayground.seedPayments), timed, while the page's
// JavaScript heap is sampled through the DevTools protocol.
import type { Page } from 'playwright-core'

export interface SeedMeasurement {
  /** Milliseconds from the call to the last chunk saved. */
  took: number
  added: number
  /** The largest used JS heap seen while seeding, in bytes. */
  peakHeap: number
  /** The used JS heap after seeding and a garbage collection, in bytes. */
  heapAfter: number
}

export async function seed(page: Page, count: number): Promise<SeedMeasurement> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  let peakHeap = 0
  let sampling = true
  const sample = async () => {
    while (sampling) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage')
      peakHeap = Math.max(peakHeap, usedSize)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const sampler = sample()
  let result: { took: number; added: number }
  try {
    result = await page.evaluate(async (n) => {
      const started = performance.now()
      const added = await window.payPlayground.seedPayments(n)
      return { took: performance.now() - started, added }
    }, count)
  } finally {
    sampling = false
    await sampler
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  peakHeap = Math.max(peakHeap, usedSize)
  await cdp.send('HeapProfiler.collectGarbage')
  const after = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return { ...result, peakHeap, heapAfter: after.usedSize }
}

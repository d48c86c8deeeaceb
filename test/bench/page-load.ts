// Load times to "simulator ready": the performance mark the app sets once the simulator answers
// requests (src/simulator/start.ts), measured from the start of the navigation.
import type { Browser, BrowserContext, Page } from 'playwright-core'

const READY_MARK = 'pay-playground:simulator-ready'
const CACHED_MARK = 'pay-playground:site-cached'

export async function simulatorReadyAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? false,
    READY_MARK,
    { timeout: 60_000, polling: 50 },
  )
  return (await handle.jsonValue()) as number
}

/** Waits until the page has finished keeping its offline copy, so it does not compete with what comes next. */
export async function siteCached(page: Page): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, CACHED_MARK, { timeout: 60_000 })
}

/** A first visit in a fresh profile (a new browser context: no service worker, cache or database). */
export async function coldLoads(browser: Browser, url: string, runs: number, warmUp: number): Promise<number[]> {
  const times: number[] = []
  // The first visit of a new browser process pays for starting it up: measured but not counted.
  for (let run = -warmUp; run < runs; run++) {
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await page.goto(url)
      const ready = await simulatorReadyAt(page)
      if (run >= 0) times.push(ready)
    } finally {
      await context.close()
    }
  }
  return times
}

/** Reloads of a page that has been visited before (worker installed, files cached, database open before). */
export async function warmReloads(page: Page, runs: number): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    await page.reload()
    times.push(await simulatorReadyAt(page))
  }
  return times
}

/** Waits until the console API is installed (the app mounts just after the simulator is ready). */
export async function consoleReady(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.payPlayground === 'object', null, { timeout: 60_000 })
}

export async function openVisited(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(url)
  await simulatorReadyAt(page)
  await siteCached(page)
  return page
}

// Load times to a usable page: from the start of the navigation to the heading of the route the
// visit opened (its `h1`, not the "Starting the simulator…" page shown before the app mounts). A
// script the bench adds to every document of its contexts (heading-clock.ts) notes the times.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { headingClock, NAVIGATION_START_KEY, type ClockReadings } from './heading-clock.ts'

const CACHED_MARK = 'pay-playground:site-cached'

/** The route the load figures open, and the heading that shows it is there. */
export const LOAD_ROUTE = { hash: '#/admin', heading: 'Dashboard' } as const

export interface FirstVisit {
  /** Milliseconds from navigation start to the route's heading in the document, visible. */
  heading: number
  /** Milliseconds from navigation start until the service worker controlled the page. */
  controlled: number
}

/** Adds the clock to every document the context opens from now on. */
export async function startHeadingClock(context: BrowserContext): Promise<void> {
  await context.addInitScript(headingClock, { heading: LOAD_ROUTE.heading, key: NAVIGATION_START_KEY })
}

async function readings(page: Page, wanted: keyof ClockReadings): Promise<ClockReadings> {
  const handle = await page.waitForFunction(
    (name) => {
      const clock = (window as unknown as { payPlaygroundBenchClock?: ClockReadings }).payPlaygroundBenchClock
      return clock?.[name] !== undefined && clock
    },
    wanted,
    { timeout: 60_000, polling: 50 },
  )
  return (await handle.jsonValue()) as ClockReadings
}

/** Milliseconds from navigation start to the route's heading. */
export async function headingShownAt(page: Page): Promise<number> {
  return (await readings(page, 'heading')).heading!
}

/** A first visit in a fresh profile (a new browser context: no service worker, cache or database). */
export async function firstVisits(browser: Browser, siteUrl: string, runs: number, warmUp: number): Promise<FirstVisit[]> {
  const visits: FirstVisit[] = []
  // The first visit of a new browser process pays for starting it up: measured but not counted.
  for (let run = -warmUp; run < runs; run++) {
    const context = await browser.newContext()
    try {
      await startHeadingClock(context)
      const page = await context.newPage()
      await page.goto(`${siteUrl}${LOAD_ROUTE.hash}`)
      const heading = await headingShownAt(page)
      const { controlled } = await readings(page, 'controlled')
      if (run >= 0) visits.push({ heading, controlled: controlled! })
    } finally {
      await context.close()
    }
  }
  return visits
}

/** Reloads of the route in a page that has been visited before (worker installed, files cached, database made). */
export async function warmReloads(page: Page, runs: number): Promise<number[]> {
  if (!page.url().endsWith(LOAD_ROUTE.hash)) throw new Error(`Warm reloads are measured on ${LOAD_ROUTE.hash}, not ${page.url()}`)
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    // Each reload is a navigation of its own: its start is the reload's, not the first visit's.
    await page.evaluate((key) => sessionStorage.removeItem(key), NAVIGATION_START_KEY)
    await page.reload()
    times.push(await headingShownAt(page))
  }
  return times
}

/** Waits until the console API is installed (the app installs it as it mounts). */
export async function consoleReady(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.payPlayground === 'object', null, { timeout: 60_000 })
}

/** Waits until the page has finished keeping its offline copy, so it does not compete with what comes next. */
async function siteCached(page: Page): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, CACHED_MARK, { timeout: 60_000 })
}

/** Opens the load route in a new page of the context, and waits until the site is kept offline. */
export async function openVisited(context: BrowserContext, siteUrl: string): Promise<Page> {
  await startHeadingClock(context)
  const page = await context.newPage()
  await page.goto(`${siteUrl}${LOAD_ROUTE.hash}`)
  await headingShownAt(page)
  await readings(page, 'controlled')
  await siteCached(page)
  return page
}

/**
 * Loads the start page afresh (a new document, so no work of the route's page is left running) and
 * waits until the app and its worker are ready: the quiet page the API figures are measured from.
 */
export async function openQuietPage(page: Page, siteUrl: string): Promise<void> {
  await page.goto(siteUrl)
  await consoleReady(page)
  await readings(page, 'controlled')
}

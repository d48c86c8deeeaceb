// Accessibility in the end-to-end tests: one axe check for every spec, a page settled before it is
// checked, and the app's own links on a page.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** The WCAG 2.2 A and AA rules, with axe's best practices (every rule axe runs by default, and no AAA one). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/**
 * Fails when axe finds a serious or critical violation on the page as it is now. The message names
 * `where` and the page's route, then each violation with its impact, what it is about, and where.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(serious, `${where} (${routeOf(page)}) has serious or critical accessibility violations`).toEqual([])
}

/** The page's route: its hash (`#/admin/settings`), or its path where it has none. */
function routeOf(page: Page): string {
  const url = new URL(page.url())
  return url.hash || url.pathname
}

/** Waits until the page shows a heading and has stopped saying it is loading. */
export async function settle(page: Page): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible({ timeout: 20_000 })
  await expect
    .poll(() => page.evaluate(() => /\bLoading\b|Starting the simulator/.test(document.body.innerText)), { timeout: 20_000 })
    .toBe(false)
}

/** The app's own routes linked from the page (`#/…`), without their query strings. */
export async function appLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const app = `${window.location.origin}${window.location.pathname}`
    const routes = new Set<string>()
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = link.getAttribute('href') ?? ''
      const hash = href.startsWith('#/') ? href : link.href.startsWith(`${app}#/`) ? link.href.slice(app.length) : undefined
      if (hash) routes.add(hash.slice(1).split('?')[0]!)
    }
    return [...routes]
  })
}

/** A route's shape, so pages that differ only by an id are checked once (`/admin/transactions/:id`). */
export function routeShape(path: string): string {
  const segments = path.split('/').map((segment) => (segment.length >= 16 && /\d/.test(segment) ? ':id' : segment))
  if (segments[1] === 'explorer' && segments.length > 2) return '/explorer/:operation'
  return segments.join('/') || '/'
}

/** Whether a route pattern (`/admin/transactions/:paymentId`) covers a shape (`/admin/transactions/:id`). */
export function patternCovers(pattern: string, shape: string): boolean {
  const want = pattern.split('/')
  const have = shape.split('/')
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '*') return true
    if (have[i] === undefined) return false
    if (!want[i]!.startsWith(':') && want[i] !== have[i]) return false
  }
  return want.length === have.length
}

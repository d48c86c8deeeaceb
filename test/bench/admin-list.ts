// The admin site's transaction list rendering a filtered page over the stored payments: from the
// change of route to the table's rows in the document.
import type { Page } from 'playwright-core'

export async function adminListRenders(page: Page, runs: number, pages: number): Promise<number[]> {
  const times: number[] = []
  // The first visit also loads the admin site's code: measured but not counted.
  for (let run = -1; run < runs; run++) {
    await page.evaluate(() => {
      window.location.hash = '#/'
    })
    await page.locator('h1').first().waitFor()
    // A different page each time, so no run is answered from the list's query cache.
    const pageNumber = pages >= 2 ? 2 + ((run + 1) % (pages - 1)) : 1
    const hash = `#/admin/transactions?state=Success${pageNumber > 1 ? `&page=${pageNumber}` : ''}`
    const took = await page.evaluate(
      (target) =>
        new Promise<number>((resolve, reject) => {
          const started = performance.now()
          const rendered = () => window.location.hash === target && document.querySelector('#transactions-list tbody tr') !== null
          const observer = new MutationObserver(() => {
            if (!rendered()) return
            observer.disconnect()
            clearTimeout(timer)
            resolve(performance.now() - started)
          })
          const timer = setTimeout(() => {
            observer.disconnect()
            reject(new Error(`The transactions list did not show rows for ${target} within 30 s`))
          }, 30_000)
          observer.observe(document.body, { childList: true, subtree: true })
          window.location.hash = target
        }),
      hash,
    )
    if (run >= 0) times.push(took)
  }
  return times
}

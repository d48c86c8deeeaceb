// A script the bench adds to every document of its browser contexts (Playwright's addInitScript,
// run before the page's own scripts). It notes, in milliseconds from the start of the visit's
// navigation, when the route's heading is in the document and visible, and when the service worker
// took control of the page. The start is kept in sessionStorage, so a reload the app might make on
// its own counts as part of the visit; the bench clears it before each reload it measures.
// Sent to the page as source text: it uses nothing from outside its own body.

export const NAVIGATION_START_KEY = 'pay-playground-bench:navigation-start'

export interface ClockReadings {
  heading?: number
  /** 0 when the page was controlled from its start. */
  controlled?: number
}

export function headingClock({ heading, key }: { heading: string; key: string }): void {
  if (window.top !== window || !location.protocol.startsWith('http')) return
  let start = performance.timeOrigin
  try {
    const kept = Number(sessionStorage.getItem(key))
    if (kept > 0) start = kept
    else sessionStorage.setItem(key, String(start))
  } catch {
    // No sessionStorage: the visit starts with this document.
  }
  const since = () => performance.timeOrigin + performance.now() - start
  const readings: ClockReadings = {}
  Object.defineProperty(window, 'payPlaygroundBenchClock', { value: readings, configurable: true })

  const container = navigator.serviceWorker
  if (container?.controller) readings.controlled = 0
  else container?.addEventListener('controllerchange', () => (readings.controlled ??= since()), { once: true })

  const shown = () =>
    [...document.querySelectorAll('h1')].some((element) => element.textContent?.trim() === heading && element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
  const observer = new MutationObserver(() => {
    if (!shown()) return
    readings.heading = since()
    observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true, characterData: true })
}

// The bench's heading clock: the time from the visit's start to the route's own heading, not to the
// heading of the page shown while the app starts, and not while the heading is hidden.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { headingClock, NAVIGATION_START_KEY, type ClockReadings } from '../../bench/heading-clock.ts'

const readings = () => (window as unknown as { payPlaygroundBenchClock: ClockReadings }).payPlaygroundBenchClock
const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0))

function heading(text: string, hidden = false): HTMLElement {
  const h1 = document.createElement('h1')
  h1.textContent = text
  if (hidden) h1.style.display = 'none'
  document.body.append(h1)
  return h1
}

beforeEach(() => {
  // jsdom lays nothing out: an element counts as visible unless it is display: none.
  Element.prototype.checkVisibility = function (this: HTMLElement) {
    return this.style.display !== 'none'
  }
  sessionStorage.clear()
})
afterEach(() => {
  document.body.replaceChildren()
  delete (Element.prototype as Partial<Element>).checkVisibility
})

describe('the heading clock', () => {
  it('notes the route’s heading once it is visible, and no other heading', async () => {
    headingClock({ heading: 'Dashboard', key: NAVIGATION_START_KEY })
    heading('Starting the simulator…')
    await mutationsDelivered()
    expect(readings().heading).toBeUndefined()
    const dashboard = heading('Dashboard', true)
    await mutationsDelivered()
    expect(readings().heading).toBeUndefined()
    dashboard.style.display = ''
    dashboard.append('')
    await mutationsDelivered()
    expect(readings().heading).toBeGreaterThanOrEqual(0)
  })

  it('counts from the navigation of its own document, or from the visit’s first one kept before a reload', async () => {
    headingClock({ heading: 'Dashboard', key: NAVIGATION_START_KEY })
    expect(sessionStorage.getItem(NAVIGATION_START_KEY)).toBe(String(performance.timeOrigin))
    heading('Dashboard')
    await mutationsDelivered()
    const ownStart = readings().heading!

    // A reload the app would make itself: the visit started with an earlier document, 5 s before.
    sessionStorage.setItem(NAVIGATION_START_KEY, String(performance.timeOrigin - 5_000))
    document.body.replaceChildren()
    headingClock({ heading: 'Dashboard', key: NAVIGATION_START_KEY })
    heading('Dashboard')
    await mutationsDelivered()
    expect(readings().heading! - ownStart).toBeGreaterThanOrEqual(5_000)
    expect(readings().heading! - ownStart).toBeLessThan(6_000)
  })
})

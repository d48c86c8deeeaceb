// After a route change the new page's main heading takes focus (so screen readers start there), but
// it is not a control: like govuk-frontend's skip link target, it shows no focus ring, even when
// the route was changed from the keyboard.
import { expect, test, type Page } from '@playwright/test'
import { openPlayground } from './support/playground.ts'

/** The focused element's tag, text and outline. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement
    const style = getComputedStyle(element)
    return { tag: element.tagName.toLowerCase(), text: element.textContent?.trim(), outline: style.outlineStyle, boxShadow: style.boxShadow }
  })
}

/** Follows a link from the keyboard, as a keyboard user would. */
async function pressLink(page: Page, navigation: string, name: string): Promise<void> {
  const link = page.getByRole('navigation', { name: navigation }).getByRole('link', { name, exact: true })
  await link.focus()
  await page.keyboard.press('Enter')
}

for (const [navigation, link, heading] of [
  ['Menu', 'Admin site', 'Dashboard'],
  ['Menu', 'Simulator tools', 'Simulator tools'],
] as const) {
  test(`the “${heading}” heading takes focus with no focus ring after “${link}” is followed from the keyboard`, async ({ page }) => {
    await openPlayground(page)
    await pressLink(page, navigation, link)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused()
    expect(await focused(page)).toEqual({ tag: 'h1', text: heading, outline: 'none', boxShadow: 'none' })
  })
}

test('the “Request history” heading takes focus with no focus ring when reached from the keyboard', async ({ page }) => {
  await openPlayground(page, '#/explorer')
  await pressLink(page, 'More in the API explorer', 'Request history')
  await expect(page.getByRole('heading', { level: 1, name: 'Request history' })).toBeFocused()
  expect(await focused(page)).toMatchObject({ tag: 'h1', outline: 'none', boxShadow: 'none' })
})

test('the skip link moves focus to the main content, which shows no focus ring', async ({ page }) => {
  await openPlayground(page)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
  await page.keyboard.press('Enter')
  expect(await focused(page)).toMatchObject({ tag: 'main', outline: 'none' })
})

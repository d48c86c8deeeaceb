// Helpers for the lessons' end-to-end tests: a lesson's page, its tick and its hint, the explorer's
// send button and answer, and paying in the tab the explorer opens for next_url.
import { expect, type Page } from '@playwright/test'
import { fillCardForm } from './hosted-journey.ts'

export async function openLesson(page: Page, lessonId: string): Promise<void> {
  await page.goto(`./#/learn/${lessonId}`)
  await expect(page.getByText(/^Lesson \d+ of \d+$/)).toBeVisible({ timeout: 20_000 })
}

/** The lesson's page shows its tick, with what proves it. */
export async function expectTicked(page: Page, lessonId: string, evidence: RegExp | string): Promise<void> {
  await openLesson(page, lessonId)
  await expect(page.getByRole('heading', { level: 2, name: '✓ Lesson completed' })).toBeVisible({ timeout: 15_000 })
  await expect(page.locator('.app-lesson-done')).toContainText(evidence)
}

/** The lesson's page shows a hint for the latest attempt, and no tick. */
export async function expectHint(page: Page, lessonId: string, hint: RegExp | string): Promise<void> {
  await openLesson(page, lessonId)
  await expect(page.locator('.govuk-warning-text')).toContainText(hint, { timeout: 15_000 })
  await expect(page.getByRole('heading', { name: '✓ Lesson completed' })).toHaveCount(0)
}

/** Follows one of the lesson's links to where the work is done. */
export async function followLessonLink(page: Page, lessonId: string, name: string | RegExp): Promise<void> {
  await openLesson(page, lessonId)
  await page.getByRole('list', { name: 'Where to do it' }).getByRole('link', { name }).click()
}

export async function send(page: Page, expected: string | RegExp): Promise<void> {
  await expect(page.getByText(/Sending with/)).toBeVisible({ timeout: 20_000 })
  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(page.locator('.app-explorer-status')).toHaveText(typeof expected === 'string' ? `Response: ${expected}` : expected, { timeout: 20_000 })
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the API's JSON, read by each test
export async function answer(page: Page): Promise<any> {
  return JSON.parse((await page.getByRole('region', { name: 'Response body' }).textContent()) ?? '')
}

/** Opens next_url from the explorer's answer in a new tab, pays with the card and waits for `outcome`. */
export async function payInNewTab(page: Page, cardNumber: string, outcome: string): Promise<void> {
  const [payPage] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: /Open the payment page in a new tab/ }).click()])
  await expect(payPage.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  await fillCardForm(payPage, { cardNumber })
  await payPage.getByRole('button', { name: 'Continue' }).click()
  const confirm = payPage.getByRole('heading', { level: 1, name: 'Confirm your payment' })
  const ended = payPage.getByRole('heading', { level: 1, name: outcome })
  await expect(confirm.or(ended)).toBeVisible({ timeout: 20_000 })
  if (await confirm.isVisible()) await payPage.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(ended).toBeVisible({ timeout: 20_000 })
  await payPage.close()
}

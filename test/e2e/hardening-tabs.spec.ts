// Double clicks and stray tabs on the hosted pages: a double click on "Continue" authorises once
// and on "Confirm payment" captures once; "Cancel payment" in one tab and "Confirm payment" in
// another end with one outcome, which both tabs then show.
import { expect, test, type Page } from '@playwright/test'
import { fillCardForm, readPayment, STATES, startCardPayment, submitCard } from './support/hosted-journey.ts'

/** The internal statuses recorded for a payment, read straight from IndexedDB. */
function statusesRecorded(page: Page, paymentId: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('pay-playground')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const request = db.transaction('payments', 'readonly').objectStore('payments').get(id)
          request.onsuccess = () => {
            db.close()
            const payment = request.result as { history: Array<{ status: string; at: number }> }
            resolve(payment.history.map((step) => step.status))
          }
          request.onerror = () => reject(request.error)
        }
      }),
    paymentId,
  )
}

const count = (list: string[], item: string) => list.filter((entry) => entry === item).length

/** Presses a button twice before the page can react, as a quick double click does. */
async function pressTwice(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name }).evaluate((button: HTMLButtonElement) => {
    button.click()
    button.click()
  })
}

test('a double click on "Continue" authorises the card once', async ({ page }) => {
  const payment = await startCardPayment(page)
  await fillCardForm(page)
  await pressTwice(page, 'Continue')
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
  const statuses = await statusesRecorded(page, payment.paymentId)
  expect(count(statuses, 'AUTHORISATION READY')).toBe(1)
  expect(count(statuses, 'AUTHORISATION SUCCESS')).toBe(1)
  expect((await readPayment(page, payment)).state).toEqual(STATES.submitted)
})

test('a double click on "Confirm payment" captures once and shows success, not an error', async ({ page }) => {
  const payment = await startCardPayment(page)
  await fillCardForm(page)
  await submitCard(page, 'Confirm your payment')
  await pressTwice(page, 'Confirm payment')
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
  const statuses = await statusesRecorded(page, payment.paymentId)
  expect(count(statuses, 'CAPTURE APPROVED')).toBe(1)
  expect(count(statuses, 'CAPTURED')).toBe(1)
  const read = await readPayment(page, payment)
  expect(read.state).toEqual(STATES.success)
  expect(read.refund_summary).toMatchObject({ status: 'available', amount_available: 14500 })
})

/** Opens the confirm page of a fresh payment in two tabs of the same browser. */
async function confirmPageInTwoTabs(page: Page) {
  const payment = await startCardPayment(page)
  await fillCardForm(page)
  await submitCard(page, 'Confirm your payment')
  const other = await page.context().newPage()
  await other.goto(page.url())
  await expect(other.getByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible({ timeout: 20_000 })
  return { payment, other }
}

test('"Cancel payment" in one tab updates the other tab at once: no "Confirm payment" is left to press', async ({ page }) => {
  const { payment, other } = await confirmPageInTwoTabs(page)
  await page.getByRole('button', { name: 'Cancel payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your payment has been cancelled' })).toBeVisible()
  await expect(other.getByRole('heading', { level: 1, name: 'Your payment has been cancelled' })).toBeVisible()
  await expect(other.getByRole('button', { name: 'Confirm payment' })).toHaveCount(0)
  expect(await statusesRecorded(page, payment.paymentId)).not.toContain('CAPTURED')
  expect((await readPayment(page, payment)).state).toEqual(STATES.userCancelled)
})

test('"Cancel payment" and "Confirm payment" pressed in two tabs at the same moment: one outcome, shown in both', async ({ page }) => {
  const { payment, other } = await confirmPageInTwoTabs(page)
  const press = (tab: Page, name: string) => tab.getByRole('button', { name }).evaluate((button: HTMLButtonElement) => button.click())
  await Promise.all([press(page, 'Cancel payment'), press(other, 'Confirm payment')])

  const settled = (recorded: string[]) => recorded.includes('CAPTURED') || recorded.includes('USER CANCELLED')
  await expect.poll(async () => settled(await statusesRecorded(page, payment.paymentId))).toBe(true)
  const statuses = await statusesRecorded(page, payment.paymentId)
  const cancelled = statuses.includes('USER CANCELLED')
  expect(cancelled && statuses.includes('CAPTURED')).toBe(false)
  expect((await readPayment(page, payment)).state).toEqual(cancelled ? STATES.userCancelled : STATES.success)
  const outcome = cancelled ? 'Your payment has been cancelled' : /Your payment was successful|Return to your service/
  for (const tab of [page, other]) {
    await expect(tab.getByRole('heading', { level: 1, name: outcome })).toBeVisible()
    await expect(tab.getByText('Sorry, there is a problem')).toHaveCount(0)
  }
})

// The lessons, end to end, as a person new to Pay meets them from the start page: every lesson is
// done through the playground's own pages (the start page, the explorer, the payment pages, the
// admin site, the simulator tools and the local bridge with curl), each ticks itself from what the
// simulator recorded, wrong attempts get their hints, progress survives a reload, and starting
// again clears it.
import { expect, test } from '@playwright/test'
import { expectAccessible } from './support/accessibility.ts'
import { curl, startBridge } from './support/bridge-process.ts'
import { answer, expectHint, expectTicked, followLessonLink, openLesson, payInNewTab, send } from './support/lessons.ts'
import { openPlayground } from './support/playground.ts'

const GOOD = '4444333322221111'
const DECLINED = '4000000000000002'
const ERROR = '4000000000000119'

test('every lesson is done through the UI and ticks itself; wrong attempts get hints; progress stays until started again', async ({ page, baseURL }) => {
  test.setTimeout(600_000)
  let key = ''
  let paidId = ''

  await test.step('Learn is found from the start page', async () => {
    await openPlayground(page, '#/')
    await page.getByRole('main').getByRole('link', { name: 'Learn' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Learn to use GOV.UK Pay' })).toBeVisible({ timeout: 20_000 })
    await expect(page.getByText('You have completed 0 of 11 lessons.')).toBeVisible()
    await expectAccessible(page, 'lessons')
  })

  await test.step('1. Create an API key', async () => {
    await followLessonLink(page, 'create-api-key', 'Create a key on the start page')
    await page.getByRole('button', { name: 'Create an API key' }).click()
    key = (await page.locator('#api-key').textContent()) ?? ''
    expect(key).toMatch(/^api_test_/)
    await expectTicked(page, 'create-api-key', 'You created the key “Key created from the start page” for My test service.')
    await expectAccessible(page, 'a lesson ticked')
  })

  await test.step('2. Create a payment: a refused body gets a hint, then the payment is created', async () => {
    await followLessonLink(page, 'create-payment', 'Create a payment in the API explorer')
    const body = page.getByLabel('Request body (JSON)')
    await expect(body).toHaveValue(/"reference": "LEARN-1"/)
    await body.fill((await body.inputValue()).replace('"amount": 1450', '"amount": 0'))
    await send(page, /^Response: 422/)
    await expectHint(page, 'create-payment', 'Your last attempt was refused with 422 P0102')
    await expectAccessible(page, 'a lesson with a hint')
    await followLessonLink(page, 'create-payment', 'Create a payment in the API explorer')
    await send(page, '201 Created')
    await expectTicked(page, 'create-payment', /Payment LEARN-1 was created/)
  })

  await test.step('3. Pay: a declined card gets a hint, then a payment succeeds', async () => {
    await followLessonLink(page, 'pay', /Get payment LEARN-1 for a fresh next_url/)
    await send(page, '200 OK')
    await payInNewTab(page, DECLINED, 'Your payment has been declined')
    await expectHint(page, 'pay', `Payment LEARN-1 was declined: pay with a card that succeeds, such as ${GOOD}.`)
    await followLessonLink(page, 'pay', 'Create a payment first')
    await send(page, '201 Created')
    paidId = (await answer(page)).payment_id
    await payInNewTab(page, GOOD, 'Return to your service')
    await expectTicked(page, 'pay', /reached success/)
  })

  await test.step('4. Check the status on return', async () => {
    await followLessonLink(page, 'check-status', /Get payment .* in the API explorer/)
    await send(page, '200 OK')
    await expectTicked(page, 'check-status', /saw state success, finished/)
  })

  await test.step('5. A declined card (done in lesson 3) and a technical error', async () => {
    await openLesson(page, 'declined-and-error')
    await expect(page.getByRole('list', { name: 'What this lesson asks for' })).toContainText(`A payment declined (card ${DECLINED}): done`)
    await followLessonLink(page, 'declined-and-error', 'Create a payment in the API explorer')
    await send(page, '201 Created')
    await payInNewTab(page, ERROR, 'We’re experiencing technical problems')
    await expectTicked(page, 'declined-and-error', /was declined and payment LEARN-FAIL ended in error/)
  })

  await test.step('6. Cancel: a finished payment cannot be, an open one is', async () => {
    await page.goto(`./#/explorer/cancel-payment?path.paymentId=${paidId}`)
    await send(page, /^Response: 400/)
    await expectHint(page, 'cancel', 'That payment had already finished')
    await followLessonLink(page, 'cancel', 'Create a payment in the API explorer')
    await send(page, '201 Created')
    await followLessonLink(page, 'cancel', 'Cancel payment LEARN-CANCEL')
    await send(page, '204 No Content')
    await expectTicked(page, 'cancel', 'Payment LEARN-CANCEL was cancelled by your service (P0040).')
  })

  await test.step('7. Let a payment expire by moving the clock', async () => {
    await followLessonLink(page, 'expire', 'Create a payment in the API explorer')
    await send(page, '201 Created')
    await followLessonLink(page, 'expire', 'Move the clock on the simulator tools page')
    const clock = page.getByRole('region', { name: 'Clock' })
    await clock.getByLabel('How far').fill('91')
    await clock.getByRole('button', { name: 'Check what will expire' }).click()
    await clock.getByRole('button', { name: 'Move the clock forward' }).click()
    await expect(clock.getByText(/The clock moved forward by 91 minutes/)).toBeVisible()
    await expectTicked(page, 'expire', 'Payment LEARN-EXPIRE expired (failed, P0020).')
  })

  await test.step('8. Refund in part, then the rest, in the admin site', async () => {
    await followLessonLink(page, 'refunds', /Refund payment .* in the admin site/)
    await page.getByRole('button', { name: 'Refund payment' }).click()
    await page.getByLabel('Partial refund').check()
    await page.getByLabel('Refund amount').fill('5.00')
    await page.getByRole('button', { name: 'Confirm refund' }).click()
    await expect(page.getByText('Refund successful')).toBeVisible()
    await openLesson(page, 'refunds')
    await expect(page.getByRole('list', { name: 'What this lesson asks for' })).toContainText('A payment refunded in part: done')
    await followLessonLink(page, 'refunds', /Refund payment .* in the admin site/)
    await page.getByRole('button', { name: 'Refund payment' }).click()
    await page.getByLabel('Remaining amount').check()
    await page.getByRole('button', { name: 'Confirm refund' }).click()
    await expect(page.getByText('Refund successful')).toBeVisible()
    await expectTicked(page, 'refunds', /refunded in full/)
  })

  await test.step('9. Search by reference (a reference that matches nothing gets a hint) and read the events', async () => {
    await page.goto('./#/explorer/search-payments?query.reference=LEARN')
    await send(page, '200 OK')
    await expectHint(page, 'search-and-events', 'No payment has the reference “LEARN”')
    await followLessonLink(page, 'search-and-events', /Search for reference/)
    await send(page, '200 OK')
    await followLessonLink(page, 'search-and-events', /Read the events of payment/)
    await send(page, '200 OK')
    await expectTicked(page, 'search-and-events', /found it, and you read a payment’s events/)
  })

  await test.step('10. Delayed capture', async () => {
    await followLessonLink(page, 'delayed-capture', 'Create a payment with delayed capture')
    await expect(page.getByLabel('Request body (JSON)')).toHaveValue(/"delayed_capture": true/)
    await send(page, '201 Created')
    await payInNewTab(page, GOOD, 'Return to your service')
    await followLessonLink(page, 'delayed-capture', 'Capture payment LEARN-CAPTURE')
    await send(page, '204 No Content')
    await expectTicked(page, 'delayed-capture', 'Payment LEARN-CAPTURE waited as capturable, then your service captured it.')
  })

  await test.step('11. Call the API from outside the browser, through the bridge', async () => {
    const bridge = await startBridge(Number(process.env.E2E_PORT ?? 4173) + 5300, baseURL!)
    try {
      await page.goto(bridge.pairingLink)
      await expect(page.getByText(`This tab answers for the bridge at ${bridge.url}`)).toBeVisible({ timeout: 20_000 })
      expect((await curl(`${bridge.url}/v1/payments?reference=LEARN-1`, 'GET', key)).status).toBe(200)
      await expectTicked(page, 'bridge', /came through the bridge and was answered 200/)
    } finally {
      await bridge.stop()
    }
  })

  await test.step('progress survives a reload, and starting again clears it', async () => {
    await page.goto('./#/learn')
    await page.reload()
    await expect(page.getByText('You have completed 11 of 11 lessons.')).toBeVisible({ timeout: 20_000 })
    await page.getByRole('link', { name: 'Start the lessons again' }).click()
    await expectAccessible(page, 'start the lessons again')
    await page.getByRole('button', { name: 'Yes, start again' }).click()
    await expect(page.getByText('You have completed 0 of 11 lessons.')).toBeVisible()
  })
})

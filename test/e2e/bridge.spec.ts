// The local bridge (`npm run bridge`): real clients outside the browser — Node's http, curl and
// Python's http.client — create, read, cancel and refund payments through the bridge, with the
// state of the open playground tab; a payment made with curl is paid on the hosted pages in the
// browser; a page of any other origin cannot connect.
import { expect, test, type Page } from '@playwright/test'
import { startBridge, curl, nodeHttp, python, type RunningBridge } from './support/bridge-process.ts'
import { fillCardForm, submitCard } from './support/hosted-journey.ts'
import { createKeyFromConsole } from './support/playground.ts'

let bridgePort = Number(process.env.E2E_PORT ?? 4173) + 5119
let bridge: RunningBridge

// A bridge of its own for each test: its pairing link works once.
test.beforeEach(async ({ baseURL }) => {
  bridge = await startBridge(++bridgePort, baseURL!)
})
test.afterEach(async () => {
  await bridge?.stop()
})

const payment = (reference: string) => ({ amount: 2000, reference, description: 'Through the bridge', return_url: 'https://your.service.gov.uk/done' })

async function connectTab(page: Page): Promise<string> {
  await page.goto(bridge.pairingLink)
  await page.waitForFunction(() => typeof window.payPlayground === 'object', null, { timeout: 20_000 })
  await expect(page.getByText(`This tab answers for the bridge at ${bridge.url}`)).toBeVisible({ timeout: 20_000 })
  return createKeyFromConsole(page, 'Bridge key')
}

test('curl, Node and Python create, read, cancel and refund payments through the bridge, sharing the tab’s state', async ({ page, context }) => {
  // Before a tab connects, the bridge says what to do.
  const early = await curl(`${bridge.url}/v1/payments`, 'GET', 'api_test_none')
  expect(early.status).toBe(503)
  expect(early.body.message).toMatch(/Open the pairing link/)

  const key = await connectTab(page)
  await expect(page.getByRole('link', { name: /Bridge connected/ })).toBeVisible()

  // Created with Node's http: links point at the bridge, next_url at the playground's card page.
  const created = await nodeHttp(`${bridge.url}/v1/payments`, 'POST', key, payment('FROM-NODE'))
  expect(created.status).toBe(201)
  const id: string = created.body.payment_id
  expect(created.location).toBe(`${bridge.url}/v1/payments/${id}`)
  expect(created.body._links.self.href).toBe(`${bridge.url}/v1/payments/${id}`)
  expect(created.body._links.next_url.href).toMatch(/\/pay-playground\/#\/secure\//)

  // Read with curl and Python.
  expect((await curl(`${bridge.url}/v1/payments/${id}`, 'GET', key)).body.state).toEqual({ status: 'created', finished: false })
  expect((await python(`${bridge.url}/v1/payments/${id}`, 'GET', key)).body.reference).toBe('FROM-NODE')

  // Paid in the browser, on the hosted pages.
  const payer = await context.newPage()
  await payer.goto(created.body._links.next_url.href)
  await expect(payer.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  await fillCardForm(payer)
  await submitCard(payer, 'Confirm your payment')
  await payer.getByRole('button', { name: 'Confirm payment' }).click()
  await expect.poll(async () => (await curl(`${bridge.url}/v1/payments/${id}`, 'GET', key)).body.state.status).toBe('success')
  expect((await python(`${bridge.url}/v1/payments/${id}`, 'GET', key)).body.state).toEqual({ status: 'success', finished: true })

  // Refunded with Python, seen by Node; another payment cancelled with curl.
  const refunded = await python(`${bridge.url}/v1/payments/${id}/refunds`, 'POST', key, { amount: 500 })
  expect(refunded.status).toBe(202)
  expect(refunded.body._links.payment.href).toBe(`${bridge.url}/v1/payments/${id}`)
  expect((await nodeHttp(`${bridge.url}/v1/payments/${id}`, 'GET', key)).body.refund_summary).toMatchObject({ amount_submitted: 500 })
  const second = await curl(`${bridge.url}/v1/payments`, 'POST', key, payment('FROM-CURL'))
  expect(second.status).toBe(201)
  expect((await curl(`${bridge.url}/v1/payments/${second.body.payment_id}/cancel`, 'POST', key)).status).toBe(204)

  // The admin site in the browser shows what curl made, and the history says it came through the bridge.
  await payer.goto('./#/admin/transactions')
  await expect(payer.getByRole('link', { name: 'FROM-CURL' })).toBeVisible()
  await payer.goto('./#/explorer/history')
  await expect(payer.getByRole('list', { name: 'Requests, newest first' })).toContainText('through the bridge')
  // A wrong key is checked as always; nothing the bridge printed holds a key.
  expect((await curl(`${bridge.url}/v1/payments/${id}`, 'GET', 'api_test_notarealkey')).status).toBe(401)
  expect(bridge.output()).not.toContain(key.slice(9))
})

test('the connected tab reconnects after a reload, and a page of another origin cannot connect', async ({ page, context }) => {
  const key = await connectTab(page)
  await page.reload()
  await expect(page.getByRole('link', { name: /Bridge connected/ })).toBeVisible({ timeout: 20_000 })
  expect((await curl(`${bridge.url}/v1/payments`, 'GET', key)).status).toBe(200)

  const stranger = await context.newPage()
  await stranger.setContent('<p>Any website</p>')
  const outcome = await stranger.evaluate(
    (address) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(address)
        socket.onopen = () => resolve('opened')
        socket.onerror = () => resolve('refused')
      }),
    `ws://127.0.0.1:${bridgePort}/playground-tab?pair=anything`,
  )
  expect(outcome).toBe('refused')
  // The tab is still the one answering.
  expect((await curl(`${bridge.url}/v1/payments`, 'GET', key)).status).toBe(200)
})

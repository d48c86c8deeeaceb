// Text that came in through the API or an imported file is shown as text on every page. The API
// itself refuses < > | in a reference or description, so the worst of it arrives in an export file
// someone shared: payments whose description, reference and return URL are markup and script. They
// are paid through the hosted pages (with a name that is markup too), then viewed in the admin
// site and the explorer. Nothing runs, no element is injected, and the text is there to read.
import { expect, test, type Page } from '@playwright/test'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'
import { fillCardForm } from './support/hosted-journey.ts'
import { expectNothingRan, exportFromTools, importThroughTools, watchDialogs } from './support/hardening.ts'

const HOSTILE = {
  description: `<img src=x onerror="window.__xss='description';alert('description')">`,
  reference: `<svg onload="window.__xss='reference'"></svg>`,
  returnUrl: `javascript:window.__xss='return_url';alert('return_url')`,
  metadata: `<script>window.__xss='metadata'</script>`,
  prefilledName: `<img src=x onerror="window.__xss='prefilled name'">`,
  addressLine: `"><iframe src="javascript:alert('address')"></iframe>`,
  email: `"><img src=x onerror=alert('email')>@example.com`,
  typedName: `'><img src=x onerror="window.__xss='typed name'">`,
} as const

const SCREENSHOT = (name: string) => `test-results/screenshots/hardening-hostile-${name}.png`

interface Payments {
  key: string
  /** the imported payment with markup in its description, reference and return URL */
  imported: string
  /** a payment made through the API with markup where the API allows any text */
  viaApi: string
}

async function setUp(page: Page): Promise<Payments> {
  await openPlayground(page)
  const key = await createKeyFromConsole(page)
  const create = (body: Record<string, unknown>) =>
    fetchFromPage(page, 'POST', '/v1/payments', key, {
      amount: 4200,
      reference: 'HOSTILE',
      description: 'Hostile text',
      return_url: 'https://your.service.gov.uk/completed',
      ...body,
    })
  // The API refuses markup in a description, as the real one does.
  expect((await create({ description: HOSTILE.description })).body).toMatchObject({ code: 'P0102', field: 'description' })
  const viaApi = await create({
    reference: `"quoted" & 'single' \`tick\``,
    metadata: { note: HOSTILE.metadata, '<b>key</b>': 'value' },
    email: HOSTILE.email,
    prefilled_cardholder_details: {
      cardholder_name: HOSTILE.prefilledName,
      billing_address: { line1: HOSTILE.addressLine, city: HOSTILE.metadata, postcode: 'SW1A 1AA', country: 'GB' },
    },
  })
  expect(viaApi.status).toBe(201)
  const toImport = await create({ reference: 'TO-BE-REPLACED' })
  expect(toImport.status).toBe(201)

  // A shared export file carries what the API would refuse.
  const { text } = await exportFromTools(page)
  const document = JSON.parse(text)
  for (const payment of document.tables.payments) {
    if (payment.id !== toImport.body.payment_id) continue
    Object.assign(payment, {
      description: HOSTILE.description,
      reference: HOSTILE.reference,
      referenceKey: HOSTILE.reference.toLowerCase(),
      returnUrl: HOSTILE.returnUrl,
    })
  }
  await importThroughTools(page, document)
  return { key, imported: toImport.body.payment_id, viaApi: viaApi.body.payment_id }
}

test('markup and script from the API or an imported file are shown as text on every page, and nothing runs', async ({ page }) => {
  const dialogs = watchDialogs(page)
  const payments = await setUp(page)
  await expectNothingRan(page, dialogs, 'simulator tools after the import')

  // The hosted pages: description on the card page, the typed name on the confirm page.
  const read = await fetchFromPage(page, 'GET', `/v1/payments/${payments.imported}`, payments.key)
  expect(read.body.description).toBe(HOSTILE.description)
  await page.goto(read.body._links.next_url.href)
  await expect(page.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByText(HOSTILE.description).first()).toBeVisible()
  await expectNothingRan(page, dialogs, 'card details page')
  await fillCardForm(page, { name: HOSTILE.typedName })
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
  await expect(page.getByText(HOSTILE.typedName).first()).toBeVisible()
  await expectNothingRan(page, dialogs, 'confirm page')
  await page.screenshot({ path: SCREENSHOT('confirm'), fullPage: true })
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
  await expect(page.getByText(HOSTILE.returnUrl).first()).toBeVisible()
  await expectNothingRan(page, dialogs, 'return page')
  // Following the "return URL" link must not run the script in it.
  const link = page.getByRole('link', { name: 'Go to the return URL' })
  if ((await link.count()) > 0) await link.click({ noWaitAfter: true }).catch(() => undefined)
  await expectNothingRan(page, dialogs, 'after following the return link')

  // The admin site: dashboard, list, and each payment's details.
  for (const [route, expected] of [
    ['#/admin', undefined],
    ['#/admin/transactions', HOSTILE.reference],
    [`#/admin/transactions/${payments.imported}`, HOSTILE.description],
    [`#/admin/transactions/${payments.viaApi}`, HOSTILE.prefilledName],
  ] as const) {
    await page.goto(`./${route}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 })
    if (expected) await expect(page.getByText(expected).first()).toBeVisible()
    await expectNothingRan(page, dialogs, route)
  }
  await page.screenshot({ path: SCREENSHOT('admin-detail'), fullPage: true })

  // The explorer: a response with every hostile field, then the request history.
  await page.goto('./#/explorer/get-payment')
  await expect(page.getByRole('heading', { level: 1, name: 'Get a payment' })).toBeVisible({ timeout: 20_000 })
  await page.getByRole('button', { name: 'Create an API key' }).click()
  await page.getByLabel(/^paymentId/).fill(payments.viaApi)
  await page.getByRole('button', { name: 'Send request' }).click()
  const body = page.getByRole('region', { name: 'Response body' })
  await expect(body).toContainText('onerror')
  expect(JSON.parse((await body.textContent()) ?? '').card_details.cardholder_name).toBe(HOSTILE.prefilledName)
  await expectNothingRan(page, dialogs, 'explorer response')
  await page.getByLabel(/^paymentId/).fill(payments.imported)
  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(body).toContainText('window.__xss')
  await expectNothingRan(page, dialogs, 'explorer response for the imported payment')
  await page.getByRole('link', { name: 'Request history' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Request history' })).toBeVisible()
  // The entries are read from storage after the heading shows: open them once they are listed.
  await expect(page.getByRole('list', { name: 'Requests, newest first' }).locator('details summary').first()).toBeVisible({ timeout: 20_000 })
  for (const entry of await page.locator('details summary').all()) await entry.click()
  await expect(page.getByText(/onerror/).first()).toBeVisible()
  await expectNothingRan(page, dialogs, 'explorer history')
  await page.screenshot({ path: SCREENSHOT('explorer-history'), fullPage: true })
})

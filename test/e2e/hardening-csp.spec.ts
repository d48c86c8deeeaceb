// The Content Security Policy in the built page (index.html) allows everything the playground does
// and nothing else: every part is used here, forms included (the policy sends no form anywhere),
// and the browser reports no violation. It also really applies: an inline script added to the page
// does not run.
import { expect, test, type Page } from '@playwright/test'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'
import { fillCardForm } from './support/hosted-journey.ts'
import { watchPolicyViolations } from './support/hardening.ts'

async function visit(page: Page, route: string, heading: string | RegExp): Promise<void> {
  await page.goto(`./${route}`)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 20_000 })
}

test('every page works under the Content Security Policy, with no violation reported', async ({ page }) => {
  const violations = await watchPolicyViolations(page)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))

  await openPlayground(page)
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(policy).toContain("script-src 'self'")
  // The stylesheet loaded: the header has govuk-frontend's colours, not the browser's defaults.
  expect(await page.locator('.govuk-header').evaluate((header) => getComputedStyle(header).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
  const key = await createKeyFromConsole(page)

  // The hosted pages, from next_url to the outcome, sending the card form and the confirm form.
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, {
    amount: 1500,
    reference: 'CSP-1',
    description: 'Under the policy',
    return_url: 'https://your.service.gov.uk/completed',
  })
  await page.goto(created.body._links.next_url.href)
  await expect(page.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  await page.getByRole('button', { name: 'Continue' }).click() // the form with errors first
  await expect(page.locator('.govuk-error-summary')).toBeVisible()
  await fillCardForm(page)
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()

  // The admin site, with a refund sent from the detail page and a key created from its form.
  await visit(page, '#/admin', /Dashboard/)
  await visit(page, '#/admin/transactions', 'Transactions')
  await visit(page, `#/admin/transactions/${created.body.payment_id}`, 'Transaction details')
  await page.getByRole('button', { name: 'Refund payment' }).click()
  await page.getByRole('radio', { name: 'Partial refund' }).check()
  await page.getByLabel('Refund amount').fill('2.50')
  await page.getByRole('button', { name: 'Confirm refund' }).click()
  await expect(page.getByText('Refund successful')).toBeVisible()
  await visit(page, '#/admin/api-keys', 'Test API keys')
  await page.getByRole('button', { name: 'Create a new API key' }).click()
  await page.getByLabel('API key name').fill('Policy check')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New API key' })).toBeVisible()
  await visit(page, '#/admin/settings', /Settings/)
  await visit(page, '#/admin/services', /Services/)

  // The explorer: a request sent, its snippets and the history.
  await visit(page, '#/explorer', 'API explorer')
  await visit(page, '#/explorer/create-payment', 'Create a payment')
  // The admin site's key is offered already; another is created behind "Choose, create or paste".
  await page.getByText('Choose, create or paste another API key').click()
  await page.getByRole('button', { name: 'Create an API key' }).click()
  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(page.locator('.app-explorer-status')).toHaveText('Response: 201 Created')
  await page.getByRole('link', { name: 'Request history' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Request history' })).toBeVisible()

  // The simulator tools: demo data added through its form.
  await visit(page, '#/simulator', 'Simulator tools')
  const seed = page.getByRole('region', { name: 'Demo data' })
  await seed.getByLabel('Number of payments').fill('20')
  await seed.getByRole('button', { name: 'Add demo payments' }).click()
  await expect(seed.getByText('Added 20 demo payments.')).toBeVisible({ timeout: 30_000 })

  await visit(page, '#/no-such-page', 'Page not found')
  expect(await violations()).toEqual([])
  expect(errors).toEqual([])
})

test('the policy really applies: an inline script or handler added to the page does not run', async ({ page }) => {
  const violations = await watchPolicyViolations(page)
  await openPlayground(page)
  const ran = await page.evaluate(async () => {
    const flags = window as unknown as Record<string, unknown>
    const script = document.createElement('script')
    script.textContent = 'window.inlineScriptRan = true'
    // An inline script that is allowed runs while it is being appended, so the flag is final here.
    document.body.append(script)
    const scriptRan = flags.inlineScriptRan ?? false
    document.body.insertAdjacentHTML('beforeend', '<img src="no-such-image.png" onerror="window.inlineHandlerRan = true" onload="window.inlineHandlerRan = true">')
    const image = document.body.lastElementChild as HTMLImageElement
    // Listeners run in the order they were added, and the attribute handlers were added with the
    // element: once this listener hears the image fail (or load), the handler has had its turn.
    await new Promise((resolve) => {
      image.addEventListener('error', resolve, { once: true })
      image.addEventListener('load', resolve, { once: true })
    })
    return { script: scriptRan, handler: flags.inlineHandlerRan ?? false }
  })
  expect(ran).toEqual({ script: false, handler: false })
  // The browser says why: it reports the inline script and the inline handlers it refused.
  const refused = async () => [...new Set((await violations()).map((violation) => violation.split(' ')[0]))].filter((directive) => directive?.startsWith('script-src')).sort()
  await expect.poll(refused).toEqual(['script-src-attr', 'script-src-elem'])
})

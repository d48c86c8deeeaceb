// A key made in one part of the playground is usable in the API explorer: made on the start page
// (whose example then uses it) or in the admin site, it is offered in the explorer of another tab of
// the same browser, even one already open, without a second key or pasting.
import { expect, test } from '@playwright/test'
import { openPlayground } from './support/playground.ts'

test('a key made on the start page is used by its example and offered in an explorer already open in another tab', async ({ page, context }) => {
  const explorer = await context.newPage()
  await openPlayground(explorer, '#/explorer/create-payment')
  await expect(explorer.getByText(/This browser remembers no API key for My test service/)).toBeVisible()

  await openPlayground(page)
  await page.getByRole('button', { name: 'Create an API key' }).click()
  const key = ((await page.locator('#api-key').textContent()) ?? '').trim()
  expect(key).toMatch(/^api_test_/)
  await expect(page.locator('pre', { hasText: 'fetch(' })).toContainText(`Authorization: 'Bearer ${key}'`)

  await expect(explorer.getByText(/Sending with/)).toContainText(`Key created from the start page, the key ending ${key.slice(-4)}`)
  await explorer.getByRole('button', { name: 'Send request' }).click()
  await expect(explorer.locator('.app-explorer-status')).toHaveText('Response: 201 Created')
})

test('a key made in the admin site is offered in the explorer', async ({ page }) => {
  await openPlayground(page, '#/admin/api-keys/create')
  await page.getByLabel('API key name').fill('Admin made key')
  await page.getByRole('button', { name: 'Continue' }).click()
  const key = ((await page.locator('#api-key').textContent()) ?? '').trim()
  await page.getByRole('main').getByRole('link', { name: 'API explorer' }).click()
  await page.getByRole('navigation', { name: 'API endpoints' }).getByRole('link', { name: 'Search payments' }).click()
  await expect(page.getByText(/Sending with/)).toContainText(`Admin made key, the key ending ${key.slice(-4)}`)
  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(page.locator('.app-explorer-status')).toHaveText('Response: 200 OK')
})

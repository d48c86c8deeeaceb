// Webhooks in end-to-end tests: create one through the admin site's form, as a person would, and
// choose where the playground sends its messages.
import { expect, type Page } from '@playwright/test'

export interface CreatedWebhook {
  /** The webhook's page (its address, for coming back). */
  detailUrl: string
  signingSecret: string
}

/** Creates a webhook in the admin site, opens it, and reads its signing secret. */
export async function createWebhookInAdmin(page: Page, callbackUrl: string, description: string, events: string[]): Promise<CreatedWebhook> {
  await page.goto('./#/admin/settings/webhooks/create')
  await expect(page.getByRole('heading', { level: 1, name: 'Webhook details' })).toBeVisible({ timeout: 20_000 })
  await page.getByLabel('Callback URL').fill(callbackUrl)
  await page.getByLabel('Description').fill(description)
  for (const event of events) await page.getByLabel(event).check()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible()
  await page.getByRole('link', { name: `View ${description}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(description) })).toBeVisible()
  return { detailUrl: page.url(), signingSecret: (await page.locator('#signing-secret').textContent()) ?? '' }
}

/** Chooses where the playground sends the webhook's messages, on its page. */
export async function sendMessagesTo(page: Page, destination: 'inbox' | 'callback', inboxAnswer?: string): Promise<void> {
  await page.getByLabel(destination === 'inbox' ? 'The playground’s inbox' : 'The callback URL').check()
  if (inboxAnswer) await page.getByLabel('What the inbox answers').selectOption({ label: inboxAnswer })
  await page.getByRole('button', { name: 'Save delivery settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Messages now go to' })).toBeVisible()
}

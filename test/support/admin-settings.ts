// The admin site's settings pages in the unit tests: open one, read a summary row, follow a row's
// "Change" link, save and wait for the banner the settings page shows on return.
import { screen } from '@testing-library/react'
import { ensureCurrentService } from '../../src/simulator/services/service-accounts.ts'
import { renderApp } from './render-app.tsx'

export type SettingsView = ReturnType<typeof renderApp>

/** The current service's settings as stored. */
export const storedSettings = async () => (await ensureCurrentService()).settings

/** The value beside a summary list key. */
export function summaryValue(key: string): string {
  const term = screen.getAllByText(key).find((element) => element.tagName === 'DT')
  return term?.nextElementSibling?.textContent ?? ''
}

/** Renders the app at a settings page and waits for its heading. */
export async function openSettings(path = '/admin/settings'): Promise<SettingsView> {
  const view = renderApp(path)
  await screen.findByRole('heading', { level: 1 })
  return view
}

/** Follows the settings page's "Change …" link (`what` is its visually hidden part) to its edit page. */
export async function followChange(user: SettingsView['user'], what: string): Promise<void> {
  await user.click(screen.getByRole('link', { name: `Change ${what}` }))
  await screen.findByRole('button', { name: 'Save changes' })
}

/** Presses "Save changes" and waits for the settings page's banner saying so. */
export async function saveAndExpect(user: SettingsView['user'], banner: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await screen.findByText(banner)
}

/** Follows an edit page's back link ("Settings", above the form) and waits for the settings page. */
export async function goBack(user: SettingsView['user']): Promise<void> {
  const back = screen.getAllByRole('link', { name: 'Settings' }).find((link) => link.classList.contains('govuk-back-link'))
  if (!back) throw new Error('The page has no back link to the settings')
  await user.click(back)
  await screen.findByRole('heading', { level: 1, name: 'Settings' })
}

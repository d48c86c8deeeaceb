// A key made with the start page's "Create an API key" is the key the example uses, and the API
// explorer offers it for the service without it being pasted, remembered where new keys are kept.
import { configure, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderApp } from '../../../support/render-app.tsx'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()
configure({ asyncUtilTimeout: 5_000 })

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

async function createOnStartPage() {
  const view = renderApp('/')
  await view.user.click(await screen.findByRole('button', { name: 'Create an API key' }))
  const key = await waitFor(() => {
    const shown = document.getElementById('api-key')?.textContent
    if (!shown) throw new Error('no key yet')
    return shown
  })
  return { ...view, key }
}

const example = () => [...document.querySelectorAll('pre')].find((pre) => pre.textContent?.includes('fetch('))?.textContent ?? ''

describe('a key made on the start page', { timeout: 60_000 }, () => {
  it('replaces YOUR_API_KEY in the example', async () => {
    const { key } = await createOnStartPage()
    expect(example()).toContain(`Authorization: 'Bearer ${key}'`)
    expect(example()).not.toContain('YOUR_API_KEY')
  })

  it('is offered, and used, by the API explorer', async () => {
    const { key, router } = await createOnStartPage()
    const banner = screen.getByRole('alert')
    expect(banner.textContent).toContain('This browser remembers it on this device, so the API explorer can send requests with it.')
    await router.navigate('/explorer')
    const keys = await screen.findByRole('group', { name: 'Send requests with' }, { timeout: 10_000 })
    const offered = within(keys).getByRole('radio', { name: new RegExp(`Key created from the start page – ends ${key.slice(-4)}`) })
    expect((offered as HTMLInputElement).checked).toBe(true)
    expect(screen.queryByText(/This browser remembers no API key/)).toBeNull()
  })

  it('is remembered in this tab only when that was chosen in the explorer', async () => {
    const first = renderApp('/explorer')
    await first.user.click(await screen.findByRole('radio', { name: 'In this tab only' }, { timeout: 10_000 }))
    first.unmount()
    const { key } = await createOnStartPage()
    expect(screen.getByRole('alert').textContent).toContain('This browser remembers it in this tab only')
    expect(sessionStorage.getItem('pay-playground.explorer.api-keys')).toContain(key)
    expect(localStorage.getItem('pay-playground.explorer.api-keys')).toBeNull()
  })
})

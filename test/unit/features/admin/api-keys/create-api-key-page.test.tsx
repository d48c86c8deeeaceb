// A key made on the admin site's "Create a new API key" is offered by the API explorer for the
// service, without a second key being made or this one pasted.
import { configure, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderApp } from '../../../../support/render-app.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()
configure({ asyncUtilTimeout: 5_000 })

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

describe('a key made in the admin site', { timeout: 60_000 }, () => {
  it('is offered and chosen in the API explorer, and the page says the browser remembers it', async () => {
    const { user, router } = renderApp('/admin/api-keys/create')
    await user.type(await screen.findByLabelText('API key name', {}, { timeout: 10_000 }), 'Team key')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const key = await waitFor(() => {
      const shown = document.getElementById('api-key')?.textContent
      if (!shown) throw new Error('no key yet')
      return shown
    })
    expect(screen.getByText(/This browser remembers the key on this device, so the/).textContent).toContain('API explorer can send requests with it')

    await router.navigate('/explorer/search-payments')
    await screen.findByText(/Sending with/, {}, { timeout: 10_000 })
    expect(screen.getByText(/Sending with/).textContent).toContain(`Team key, the key ending ${key.slice(-4)}`)
    const keys = within(screen.getByRole('group', { name: 'Send requests with' }))
    expect((keys.getByRole('radio', { name: /Team key/ }) as HTMLInputElement).checked).toBe(true)
  })
})

import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { StartFailedPage } from '../../../../src/app/boot/start-failed-page.tsx'

describe('the page shown when the simulator cannot start', () => {
  it('says so and gives the browser’s reason', () => {
    render(<StartFailedPage failure="simulator" error={new DOMException('Failed to register a ServiceWorker: The operation is insecure.', 'SecurityError')} />)
    expect(screen.getByRole('heading', { level: 1, name: 'The simulator could not start' })).toBeVisible()
    expect(screen.getByText('SecurityError: Failed to register a ServiceWorker: The operation is insecure.')).toBeVisible()
    expect(screen.getByText(/https:\/\/ address or from localhost/)).toBeVisible()
  })

  it('says the playground could not load when the app’s own code failed', () => {
    render(<StartFailedPage failure="app" error="Failed to fetch dynamically imported module" />)
    expect(screen.getByRole('heading', { level: 1, name: 'The playground could not load' })).toBeVisible()
    expect(screen.getByText('Failed to fetch dynamically imported module')).toBeVisible()
  })
})

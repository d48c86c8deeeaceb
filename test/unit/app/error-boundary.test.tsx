import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppErrorBoundary } from '../../../src/app/error-boundary.tsx'

afterEach(() => {
  vi.restoreAllMocks()
})

function Broken(): never {
  throw new Error('The query client is missing')
}

describe('the app’s error boundary', () => {
  it('shows what went wrong instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Sorry, there is a problem with the playground' })).toBeVisible()
    expect(screen.getByText('The query client is missing')).toBeVisible()
    expect(screen.getByRole('banner').textContent).toContain('GOV.UK Pay Playground')
  })

  it('shows its children when nothing fails', () => {
    render(
      <AppErrorBoundary>
        <p>All well</p>
      </AppErrorBoundary>,
    )
    expect(screen.getByText('All well')).toBeVisible()
    expect(screen.queryByRole('heading', { name: /problem/ })).toBeNull()
  })
})

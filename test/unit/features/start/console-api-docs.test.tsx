// The start page's documentation of the console API says what the calls do with a key revoked
// twice and with arguments they cannot use.
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ConsoleApiDocs } from '../../../../src/features/start/console-api-docs.tsx'

/** The paragraph under a function's heading. */
function described(signature: string): string {
  const heading = screen.getByRole('heading', { name: `payPlayground.${signature}` })
  return heading.nextElementSibling?.textContent ?? ''
}

describe('the console API documentation', () => {
  it('says revokeApiKey resolves to false for a key already revoked', () => {
    render(<ConsoleApiDocs />)
    expect(described('revokeApiKey(key)')).toContain('false if there is no such key or it was already revoked')
  })

  it('says advanceClock needs at least one unit as a number, and that wrong arguments are refused with a TypeError', () => {
    const { container } = render(<ConsoleApiDocs />)
    expect(described('advanceClock({ minutes })')).toContain('at least one of')
    expect(container.textContent).toContain('rejects with a TypeError that says what it expected')
  })
})

import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FailureMessage } from '../../../src/ui/failure-message.tsx'

describe('FailureMessage', () => {
  it('announces the failure, with "Error:" for screen readers', () => {
    render(<FailureMessage message="The service could not be reset" />)
    expect(screen.getByRole('alert')).toHaveTextContent('Error: The service could not be reset')
  })

  it('shows nothing while there is no failure', () => {
    const { container } = render(<FailureMessage message={undefined} />)
    expect(container).toBeEmptyDOMElement()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

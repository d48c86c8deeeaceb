import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ErrorSummary } from '../../../src/ui/error-summary.tsx'

const summary = () => screen.getByRole('heading', { name: 'There is a problem' }).closest('.govuk-error-summary')

afterEach(() => {
  document.querySelectorAll('input[data-elsewhere]').forEach((field) => field.remove())
})

/** Moves focus to a field outside the summary, as a user carrying on with the form would. */
function focusElsewhere(): HTMLElement {
  const field = document.createElement('input')
  field.dataset.elsewhere = ''
  document.body.append(field)
  field.focus()
  return field
}

describe('ErrorSummary', () => {
  it('takes focus when it appears and again whenever its errors change', () => {
    const view = render(<ErrorSummary errors={[]} />)
    expect(view.container.innerHTML).toBe('')

    view.rerender(<ErrorSummary errors={[{ text: 'Enter a card number', fieldId: 'card-no' }]} />)
    expect(document.activeElement).toBe(summary())

    const field = focusElsewhere()
    view.rerender(<ErrorSummary errors={[{ text: 'Enter a card number', fieldId: 'card-no' }]} />)
    expect(document.activeElement).toBe(field)

    view.rerender(<ErrorSummary errors={[{ text: 'Enter a valid card number', fieldId: 'card-no' }]} />)
    expect(document.activeElement).toBe(summary())
  })

  it('with a focus key, takes focus only when the key changes, not when an error is fixed on blur', () => {
    const errors = [
      { text: 'Enter a card number', fieldId: 'card-no' },
      { text: 'Enter the name as it appears on the card', fieldId: 'cardholder-name' },
    ]
    const view = render(<ErrorSummary errors={errors} focusKey={1} />)
    expect(document.activeElement).toBe(summary())

    const field = focusElsewhere()
    view.rerender(<ErrorSummary errors={errors.slice(1)} focusKey={1} />)
    expect(document.activeElement).toBe(field)

    view.rerender(<ErrorSummary errors={errors.slice(1)} focusKey={2} />)
    expect(document.activeElement).toBe(summary())
  })
})

import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { Select } from '../../../src/ui/select.tsx'

const OPTIONS = [
  { value: 'today', text: 'Today' },
  { value: 'yesterday', text: 'Yesterday' },
]

function Chooser({ error }: { error?: string }) {
  const [value, setValue] = useState('today')
  return (
    <>
      <Select id="period" label="Select a date range" hint="Pick one" error={error} options={OPTIONS} value={value} onChange={(event) => setValue(event.target.value)} />
      <p>Chosen: {value}</p>
    </>
  )
}

describe('Select', () => {
  it('is labelled, described by its hint, and changes value', async () => {
    render(<Chooser />)
    const select = screen.getByLabelText('Select a date range') as HTMLSelectElement
    expect([...select.options].map((option) => option.text)).toEqual(['Today', 'Yesterday'])
    expect(select.getAttribute('aria-describedby')).toBe('period-hint')
    await userEvent.selectOptions(select, 'Yesterday')
    expect(select).toHaveValue('yesterday')
    expect(screen.getByText('Chosen: yesterday')).toBeVisible()
  })

  it('shows an error in its group and points to it', () => {
    render(<Chooser error="Select a period" />)
    const select = screen.getByLabelText('Select a date range')
    expect(select.className).toContain('govuk-select--error')
    expect(select.getAttribute('aria-describedby')).toBe('period-hint period-error')
    expect(screen.getByText('Select a period').closest('.govuk-form-group--error')).toContainElement(select)
  })

  it('can hide its label from sight only', () => {
    render(<Select id="p" label="Hidden label" labelHidden options={OPTIONS} />)
    expect(screen.getByText('Hidden label').className).toContain('govuk-visually-hidden')
    expect(screen.getByRole('combobox')).toHaveAccessibleName('Hidden label')
  })
})

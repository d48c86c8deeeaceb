import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { FileUpload } from '../../../src/ui/file-upload.tsx'

describe('FileUpload', () => {
  it('is labelled, described by its hint, and gives the chosen file', async () => {
    const onChange = vi.fn()
    render(<FileUpload id="upload" label="Upload a file" hint="A .json file" accept=".json" onChange={onChange} />)
    const input = screen.getByLabelText('Upload a file')
    expect(input).toHaveAccessibleDescription('A .json file')
    const file = new File(['{}'], 'scenario.json', { type: 'application/json' })
    await userEvent.upload(input, file)
    expect(onChange).toHaveBeenCalledWith(file)
  })

  it('shows its error, red, and is described by it', () => {
    render(<FileUpload id="upload" label="Upload a file" hint="A .json file" error="Select a file" onChange={() => undefined} />)
    const input = screen.getByLabelText('Upload a file')
    expect(input).toHaveAccessibleDescription('A .json file Error: Select a file')
    expect(input).toHaveClass('govuk-file-upload--error')
  })
})

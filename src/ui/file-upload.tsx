// GOV.UK file upload: a labelled file field with its hint and inline error, red while in error.
import type { Ref } from 'react'
import { describedBy, FieldMessagesView, FormGroup } from './form-field.tsx'

export interface FileUploadProps {
  id: string
  label: string
  hint?: string
  error?: string
  /** the file types offered, as the input's `accept` */
  accept?: string
  /** the chosen file, or undefined when the choice is cleared */
  onChange: (file: File | undefined) => void
  ref?: Ref<HTMLInputElement>
}

export function FileUpload({ id, label, hint, error, accept, onChange, ref }: FileUploadProps) {
  return (
    <FormGroup error={error}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldMessagesView id={id} hint={hint} error={error} />
      <input
        ref={ref}
        className={error ? 'govuk-file-upload govuk-file-upload--error' : 'govuk-file-upload'}
        id={id}
        name={id}
        type="file"
        accept={accept}
        aria-describedby={describedBy(id, { hint, error })}
        onChange={(event) => onChange(event.target.files?.[0])}
      />
    </FormGroup>
  )
}

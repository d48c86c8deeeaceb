// The one-question form for an API key's name, used to create a key and to rename one. The name is
// checked by the simulator's own rule, so the messages are the ones it gives (the real admin site's).
import { useState, type FormEvent } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import { ApiKeyNameError } from '../../../simulator/services/api-keys.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Input } from '../../../ui/input.tsx'

export const KEY_NAME_ID = 'key-name'

export interface KeyNameFormProps {
  heading: string
  initialName?: string
  submitLabel: string
  /** Saves the name; a rejected promise shows its message as the field's error. */
  onSubmit: (name: string) => Promise<unknown>
}

export function KeyNameForm({ heading, initialName = '', submitLabel, onSubmit }: KeyNameFormProps) {
  const [name, setName] = useState(initialName)
  const [error, setError] = useState<string>()
  const [pending, setPending] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (pending) return
    setPending(true)
    try {
      await onSubmit(name)
    } catch (caught) {
      setError(caught instanceof ApiKeyNameError ? caught.message : `The name could not be saved: ${describeError(caught)}`)
      setPending(false)
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={error ? [{ text: error, fieldId: KEY_NAME_ID }] : []} />
      <Input
        id={KEY_NAME_ID}
        label={heading}
        heading="l"
        hint="For example, “John Smith’s API key”"
        error={error}
        value={name}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => setName(event.target.value)}
      />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  )
}

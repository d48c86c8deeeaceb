// Paste a key the explorer does not offer (one made from the console, or forgotten). If it is an
// active key of the current service it is remembered; if not, it is used without being kept, so its
// 401 can be seen.
import { useState, type FormEvent } from 'react'
import { Button } from '../../../ui/button.tsx'
import { Input } from '../../../ui/input.tsx'
import { useExplorerKey } from './explorer-key.tsx'
import type { KeyPersistence } from './remembered-keys.ts'

export function PasteKey({ persistence }: { persistence: KeyPersistence }) {
  const { remember, service } = useExplorerKey()
  const [value, setValue] = useState('')
  const [error, setError] = useState<string>()
  const [outcome, setOutcome] = useState<string>()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const key = value.trim()
    setOutcome(undefined)
    if (key === '') {
      setError('Enter an API key')
      return
    }
    if (/\s/.test(key)) {
      setError('An API key has no spaces: paste it again')
      return
    }
    setError(undefined)
    const listed = await remember(key, persistence)
    setValue('')
    setOutcome(
      listed
        ? 'The key is remembered and chosen.'
        : `That is not an active key of ${service?.name ?? 'the current service'}, so it was not remembered. Requests sent with it now will get 401 Unauthorized.`,
    )
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="govuk-!-margin-top-4">
      <Input
        id="explorer-paste-key"
        label="Paste an API key"
        labelSize="s"
        hint="For example, one made from the console with payPlayground.createApiKey()."
        autoComplete="off"
        spellCheck={false}
        value={value}
        error={error}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button type="submit" variant="secondary">
        Use this key
      </Button>
      <p className="govuk-body" role="status">
        {outcome}
      </p>
    </form>
  )
}

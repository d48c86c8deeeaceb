// "Revoke {name}": a Yes/No question; Yes stops the key working at once.
import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { describeError } from '../../../lib/describe-error.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import type { ApiKeyRecord } from '../../../simulator/model/types.ts'
import { revokeApiKeyById } from '../../../simulator/services/api-keys.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Radios } from '../../../ui/radios.tsx'
import { withFlash } from '../flash.tsx'
import { apiKeyPaths } from './api-key-paths.ts'

const CONFIRM_ID = 'revoke-confirm'

export function RevokeApiKeyPage({ apiKey }: { apiKey: ApiKeyRecord }) {
  const navigate = useNavigate()
  const [answer, setAnswer] = useState<string>()
  const [error, setError] = useState<string>()
  const [pending, setPending] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (pending) return
    if (answer === undefined) {
      setError(`Confirm if you want to revoke ${apiKey.name}`)
      return
    }
    if (answer === 'no') {
      await navigate(apiKeyPaths.index())
      return
    }
    setPending(true)
    try {
      await revokeApiKeyById(apiKey.id)
      await navigate(apiKeyPaths.index(), withFlash(`${apiKey.name} was successfully revoked`))
    } catch (caught) {
      setError(`The key could not be revoked: ${describeError(caught)}`)
      setPending(false)
    }
  }
  return (
    <>
      <title>{pageTitle(`Revoke ${apiKey.name}`)}</title>
      <BackLink to={apiKeyPaths.index()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <form onSubmit={(event) => void submit(event)} noValidate>
            <ErrorSummary errors={error ? [{ text: error, fieldId: CONFIRM_ID }] : []} />
            <Radios
              idPrefix={CONFIRM_ID}
              legend={`Are you sure you want to revoke ${apiKey.name}?`}
              legendAs="heading-l"
              hint="The key will stop working immediately. Any integration you’ve created will no longer work."
              error={error}
              inline
              value={answer}
              onChange={(value) => {
                setAnswer(value)
              }}
              items={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ]}
            />
            <Button type="submit" disabled={pending}>
              Save changes
            </Button>
          </form>
        </div>
      </div>
    </>
  )
}

// A page that asks one Yes/No question before a change, as the admin site does before revoking an
// API key or deactivating a webhook: no answer is an error; No goes back unchanged; Yes makes the
// change and goes back with a banner, or says why the change could not be made.
import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { describeError } from '../../lib/describe-error.ts'
import { pageTitle } from '../../lib/page-title.ts'
import { BackLink } from '../../ui/back-link.tsx'
import { Button } from '../../ui/button.tsx'
import { ErrorSummary } from '../../ui/error-summary.tsx'
import { Radios } from '../../ui/radios.tsx'
import { withFlash } from './flash.tsx'

export interface YesNoPageProps {
  /** The page's title, without the service's part. */
  title: string
  /** Where the back link, No and a change made lead. */
  back: string
  /** The radios' id prefix, which the error summary links to. */
  idPrefix: string
  /** The question, the page's heading. */
  question: string
  hint?: string
  inline?: boolean
  /** The error when neither answer is chosen. */
  noAnswer: string
  /** Makes the change; resolves to the banner shown on `back`. */
  change: () => Promise<string>
  /** Begins the error when the change fails: "The key could not be revoked". */
  failed: string
}

export function YesNoPage({ title, back, idPrefix, question, hint, inline, noAnswer, change, failed }: YesNoPageProps) {
  const navigate = useNavigate()
  const [answer, setAnswer] = useState<string>()
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const [pending, setPending] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (pending) return
    setAttempt((count) => count + 1)
    if (answer === undefined) {
      setError(noAnswer)
      return
    }
    if (answer === 'no') {
      await navigate(back)
      return
    }
    setPending(true)
    try {
      await navigate(back, withFlash(await change()))
    } catch (caught) {
      setError(`${failed}: ${describeError(caught)}`)
      setPending(false)
    }
  }
  return (
    <>
      <title>{pageTitle(error ? `Error: ${title}` : title)}</title>
      <BackLink to={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <form onSubmit={(event) => void submit(event)} noValidate>
            <ErrorSummary errors={error ? [{ text: error, fieldId: idPrefix }] : []} focusKey={attempt} />
            <Radios
              idPrefix={idPrefix}
              legend={question}
              legendAs="heading-l"
              hint={hint}
              error={error}
              inline={inline}
              value={answer}
              onChange={setAnswer}
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

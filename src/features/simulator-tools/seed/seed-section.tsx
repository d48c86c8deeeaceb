// The demo data tool: add up to 100,000 realistic payments in every state, with refunds, to the
// current service, watching progress without the page freezing, and stop part way if need be.
import { useQuery } from '@tanstack/react-query'
import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { MAX_SEED_COUNT } from '../../../simulator/services/seeding.ts'
import { ensureCurrentService } from '../../../simulator/services/service-accounts.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Input } from '../../../ui/input.tsx'
import { NotificationBanner } from '../../../ui/notification-banner.tsx'
import { useOutcome } from '../outcome.tsx'
import { clearSeedResult, startSeeding, stopSeeding, useSeedRun } from './seed-runner.ts'
import { SeedProgress } from './seed-progress.tsx'

const count = (n: number) => n.toLocaleString('en-GB')

function readCount(text: string): { count: number } | { error: string } {
  const trimmed = text.trim().replace(/,/g, '')
  if (trimmed === '') return { error: 'Enter how many payments to add' }
  if (!/^\d+$/.test(trimmed)) return { error: 'Number of payments must be a whole number, like 500' }
  const value = Number(trimmed)
  if (value < 1 || value > MAX_SEED_COUNT) return { error: `Number of payments must be from 1 to ${count(MAX_SEED_COUNT)}` }
  return { count: value }
}

export function SeedSection() {
  const service = useQuery({ queryKey: queryKeys.currentService, queryFn: ensureCurrentService })
  const run = useSeedRun()
  const [text, setText] = useState('')
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const [stopping, setStopping] = useState(false)
  const { message: outcome, show, banner } = useOutcome('seed')
  const failure = useRef<HTMLParagraphElement>(null)

  // Runs when the run's status changes, not on every progress report.
  const statusChanged = useEffectEvent(() => {
    setStopping(false)
    if (run.status === 'finished') {
      show(
        run.cancelled
          ? `Stopped after adding ${count(run.added)} of ${count(run.total)} payments. The payments already added have been kept.`
          : `Added ${count(run.added)} demo payments.`,
      )
    }
    if (run.status === 'failed') failure.current?.focus()
  })
  useEffect(() => statusChanged(), [run.status])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setAttempt((n) => n + 1)
    const result = readCount(text)
    if ('error' in result) return setError(result.error)
    setError(undefined)
    startSeeding(result.count)
  }

  const serviceName = service.data?.name
  return (
    <section aria-labelledby="seed-heading" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="seed-heading">
        Demo data
      </h2>
      <p className="govuk-body">
        Add realistic payments{serviceName ? <> to <strong>{serviceName}</strong></> : null}: created over the last 90
        days, in every state (successful, declined, expired, cancelled, in progress, waiting for capture), some of them
        refunded, with made-up names, references and test cards.
      </p>
      {run.status === 'finished' && outcome && (
        <NotificationBanner type="success" title={run.cancelled ? 'Stopped' : 'Success'} ref={banner}>
          <p className="govuk-notification-banner__heading">{outcome}</p>
          <p className="govuk-body">
            <Link className="govuk-notification-banner__link" to={appPaths.transactions()}>
              See them in the transactions list
            </Link>
          </p>
        </NotificationBanner>
      )}
      {run.status === 'failed' && (
        <p className="govuk-error-message" role="alert" ref={failure} tabIndex={-1}>
          <span className="govuk-visually-hidden">Error:</span> Adding payments stopped after {count(run.added)} of{' '}
          {count(run.total)}: {run.message}
        </p>
      )}
      {run.status === 'running' ? (
        <SeedProgress
          added={run.added}
          total={run.total}
          stopping={stopping}
          onStop={() => {
            setStopping(true)
            stopSeeding()
          }}
        />
      ) : (
        <form noValidate onSubmit={submit}>
          <ErrorSummary errors={error ? [{ text: error, fieldId: 'seed-count' }] : []} focusKey={attempt} />
          <Input
            id="seed-count"
            label="Number of payments"
            labelSize="s"
            hint={`From 1 to ${count(MAX_SEED_COUNT)}. Adding 100,000 can take a minute or more, depending on your computer.`}
            inputMode="numeric"
            width={10}
            value={text}
            error={error}
            onChange={(event) => {
              setText(event.target.value)
              if (run.status !== 'idle') clearSeedResult()
            }}
          />
          <Button type="submit">Add demo payments</Button>
        </form>
      )}
    </section>
  )
}

// #/admin/services/trainees — services for a class in one go, "Trainee 1…N", each with an API key
// shown once here, in a list to print and hand out.
import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { ServiceNameError } from '../../../simulator/services/service-accounts.ts'
import {
  createTraineeServices,
  DEFAULT_TRAINEE_PREFIX,
  MAX_TRAINEES,
  type TraineeService,
} from '../../../simulator/services/trainee-services.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { FailureMessage } from '../../../ui/failure-message.tsx'
import { Input } from '../../../ui/input.tsx'
import { servicePaths } from './service-paths.ts'
import { TraineeKeys } from './trainee-keys.tsx'

type Errors = Partial<Record<'count' | 'prefix', string>>
const IDS = { count: 'trainee-count', prefix: 'trainee-prefix' } as const

function readCount(text: string): number | string {
  if (text.trim() === '') return 'Enter how many trainee services to create'
  const count = Number(text.trim())
  return Number.isInteger(count) && count >= 1 && count <= MAX_TRAINEES ? count : `Number of trainees must be a whole number from 1 to ${MAX_TRAINEES}`
}

export function TraineesPage() {
  const queryClient = useQueryClient()
  const [count, setCount] = useState('')
  const [prefix, setPrefix] = useState(DEFAULT_TRAINEE_PREFIX)
  const [errors, setErrors] = useState<Errors>({})
  const [attempt, setAttempt] = useState(0)
  const [failure, setFailure] = useState<string>()
  const [pending, setPending] = useState(false)
  const [made, setMade] = useState<TraineeService[]>()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setAttempt((value) => value + 1)
    setFailure(undefined)
    const number = readCount(count)
    const found: Errors = {}
    if (typeof number === 'string') found.count = number
    if (prefix.trim() === '') found.prefix = 'Enter the start of the services’ names'
    setErrors(found)
    if (typeof number === 'string' || Object.keys(found).length > 0 || pending) return
    setPending(true)
    try {
      setMade(await createTraineeServices(number, prefix))
      await queryClient.invalidateQueries()
    } catch (error) {
      if (error instanceof ServiceNameError) setErrors({ prefix: error.message })
      else setFailure(`The services could not be created: ${describeError(error)}`)
    } finally {
      setPending(false)
    }
  }

  if (made) return <TraineeKeys made={made} />
  const summary = (['count', 'prefix'] as const).filter((name) => errors[name]).map((name) => ({ text: errors[name]!, fieldId: IDS[name] }))
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle('Create services for trainees')}</title>
        <BackLink to={servicePaths.index()} />
        <form noValidate onSubmit={(event) => void submit(event)}>
          <ErrorSummary errors={summary} focusKey={attempt} />
          <h1 className="govuk-heading-l">Create services for trainees</h1>
          <p className="govuk-body">
            Each trainee gets a service of their own, numbered, with an API key. The keys are shown once, on the next page,
            in a list you can print.
          </p>
          <FailureMessage message={failure} />
          <Input id={IDS.count} label="Number of trainees" labelSize="s" hint={`Up to ${MAX_TRAINEES}`} inputMode="numeric" width={3} value={count} error={errors.count} onChange={(event) => setCount(event.target.value)} />
          <Input id={IDS.prefix} label="Start of each service’s name" labelSize="s" hint="Services are called this, then a number: Trainee 1, Trainee 2…" width={20} value={prefix} error={errors.prefix} onChange={(event) => setPrefix(event.target.value)} />
          <Button type="submit" disabled={pending}>
            Create services
          </Button>
        </form>
      </div>
    </div>
  )
}

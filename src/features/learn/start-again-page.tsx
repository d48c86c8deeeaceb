// #/learn/start-again — clears the current service's ticks after asking, so a trainee (or the next
// one) starts from nothing. What was done stays in the playground but no longer counts.
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { describeError } from '../../lib/describe-error.ts'
import { pageTitle } from '../../lib/page-title.ts'
import { startLessonsAgain } from '../../simulator/services/lesson-progress.ts'
import { BackLink } from '../../ui/back-link.tsx'
import { Button } from '../../ui/button.tsx'
import { FailureMessage } from '../../ui/failure-message.tsx'

export function StartAgainPage({ serviceId, serviceName }: { serviceId: string; serviceName: string }) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [failure, setFailure] = useState<string>()
  const startAgain = async () => {
    try {
      await startLessonsAgain(serviceId)
      await queryClient.invalidateQueries()
      await navigate(appPaths.learn())
    } catch (error) {
      setFailure(`The lessons could not be started again: ${describeError(error)}`)
    }
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle('Start the lessons again – Learn')}</title>
        <BackLink to={appPaths.learn()} />
        <h1 className="govuk-heading-l">Are you sure you want to start the lessons again?</h1>
        <p className="govuk-body">
          Every lesson for <strong>{serviceName}</strong> goes back to “Not yet started”. Your payments, keys and requests
          stay in the playground, but from now on only what you do next counts.
        </p>
        <FailureMessage message={failure} />
        <div className="govuk-button-group">
          <Button variant="warning" onClick={() => void startAgain()}>
            Yes, start again
          </Button>
        </div>
      </div>
    </div>
  )
}

// #/scenarios/open?s=… — opens a scenario from its link (or a file chosen here): says what it will
// add and replace, then, on one click, adds it as a new current service.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { describeError } from '../../../lib/describe-error.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { decodeScenario, type Scenario, ScenarioRefusedError } from '../../../simulator/services/scenario-format.ts'
import { openScenario, previewScenario } from '../../../simulator/services/scenario-open.ts'
import { Button } from '../../../ui/button.tsx'
import { FailureMessage } from '../../../ui/failure-message.tsx'
import { ScenarioFileForm } from './scenario-file-form.tsx'
import { ScenarioPreview } from './scenario-preview.tsx'

const explain = (error: unknown) => (error instanceof ScenarioRefusedError ? error.message : `The scenario could not be read: ${describeError(error)}`)

function Opened({ service, name }: { service: ServiceRecord; name: string }) {
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">Scenario opened</h1>
        <div className="govuk-panel__body">
          “{name}” is now your current service, <strong>{service.name}</strong>
        </div>
      </div>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={appPaths.learn()}>
            Go to the lessons
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={appPaths.admin()}>
            See its payments in the admin site
          </Link>
        </li>
      </ul>
    </>
  )
}

export function OpenScenarioPage() {
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  const fromLink = params.get('s')
  const [fromFile, setFromFile] = useState<Scenario>()
  const [opened, setOpened] = useState<ServiceRecord>()
  const [failure, setFailure] = useState<string>()
  const [pending, setPending] = useState(false)
  const preview = useQuery({
    queryKey: ['scenario-preview', fromLink, fromFile?.savedAt, fromFile?.name],
    queryFn: () => previewScenario(fromFile ?? decodeScenario(fromLink ?? '')),
    enabled: fromLink !== null || fromFile !== undefined,
    retry: false,
    staleTime: Infinity,
  })

  const open = async (scenario: Scenario) => {
    if (pending) return
    setPending(true)
    try {
      setOpened(await openScenario(scenario))
      await queryClient.invalidateQueries()
    } catch (error) {
      setFailure(explain(error))
    } finally {
      setPending(false)
    }
  }

  const title = preview.data ? `Open the scenario “${preview.data.scenario.name}”` : 'Open a scenario'
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle(opened ? 'Scenario opened' : 'Open a scenario')}</title>
        {opened && preview.data ? (
          <Opened service={opened} name={preview.data.scenario.name} />
        ) : (
          <>
            <h1 className="govuk-heading-l">{title}</h1>
            <FailureMessage message={preview.isError ? explain(preview.error) : undefined} />
            {preview.isLoading ? (
              <p className="govuk-body" role="status">
                Reading the scenario…
              </p>
            ) : null}
            {preview.data ? (
              <>
                <ScenarioPreview preview={preview.data} />
                <FailureMessage message={failure} />
                <div className="govuk-button-group">
                  <Button onClick={() => void open(preview.data.scenario)} disabled={pending}>
                    Open this scenario
                  </Button>
                  <Link className="govuk-link" to={appPaths.start()}>
                    Do not open it
                  </Link>
                </div>
              </>
            ) : null}
            {fromLink === null && !preview.data ? <ScenarioFileForm onRead={setFromFile} /> : null}
          </>
        )}
      </div>
    </div>
  )
}

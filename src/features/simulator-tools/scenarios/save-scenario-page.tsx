// #/scenarios — for trainers: save a service as a scenario (its settings, demo data, lessons, faults
// and the clock) and hand it out as a link, or as a file when it is too big for one.
import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { describeError } from '../../../lib/describe-error.ts'
import { downloadText } from '../../../lib/download-text.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { encodeScenario, MAX_LINK_DATA_LENGTH, type Scenario, ScenarioRefusedError } from '../../../simulator/services/scenario-format.ts'
import { saveScenario } from '../../../simulator/services/scenario-save.ts'
import { ensureCurrentService, listServices } from '../../../simulator/services/service-accounts.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Input } from '../../../ui/input.tsx'
import { Select } from '../../../ui/select.tsx'
import { SavedScenario } from './saved-scenario.tsx'

const IDS = { name: 'scenario-name', service: 'scenario-service' } as const

export const scenarioFileName = (scenario: Scenario) => `pay-playground-scenario-${scenario.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'scenario'}.json`

export function SaveScenarioPage() {
  const services = useQuery({ queryKey: queryKeys.services, queryFn: listServices })
  const current = useQuery({ queryKey: queryKeys.currentService, queryFn: ensureCurrentService })
  const [name, setName] = useState('')
  const [service, setService] = useState<string>()
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const [saved, setSaved] = useState<{ scenario: Scenario; link?: string }>()
  const chosen = service ?? current.data?.id ?? ''

  const save = async (event: FormEvent) => {
    event.preventDefault()
    setAttempt((count) => count + 1)
    setSaved(undefined)
    if (name.trim() === '') return setError('Enter a name for the scenario')
    try {
      const scenario = await saveScenario(chosen, name)
      const data = encodeScenario(scenario)
      setError(undefined)
      setSaved({ scenario, ...(data.length <= MAX_LINK_DATA_LENGTH ? { link: `${window.location.origin}${window.location.pathname}#${appPaths.openScenario(data)}` } : {}) })
    } catch (caught) {
      setError(caught instanceof ScenarioRefusedError ? caught.message : `The scenario could not be saved: ${describeError(caught)}`)
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle('Scenarios')}</title>
        <form noValidate onSubmit={(event) => void save(event)}>
          <ErrorSummary errors={error ? [{ text: error, fieldId: IDS.name }] : []} focusKey={attempt} />
          <h1 className="govuk-heading-l">Scenarios</h1>
          <p className="govuk-body">
            A scenario is a service as you prepared it — its settings, its payments and refunds, the lessons chosen for it,
            its faults and the simulator clock — to hand to each trainee. Opening it in their own browser adds it as a new
            service, after saying what it will add and replace. API keys are never in a scenario: trainees create their own.
          </p>
          <Select
            id={IDS.service}
            label="Service"
            labelSize="s"
            value={chosen}
            onChange={(event) => setService(event.target.value)}
            options={(services.data ?? []).map((each) => ({ value: each.id, text: each.name }))}
          />
          <Input id={IDS.name} label="Scenario name" labelSize="s" hint="Trainees see it when they open the scenario" value={name} error={error} autoComplete="off" onChange={(event) => setName(event.target.value)} />
          <Button type="submit">Save scenario</Button>
        </form>
        {saved ? <SavedScenario scenario={saved.scenario} link={saved.link} onDownload={() => downloadText(scenarioFileName(saved.scenario), JSON.stringify(saved.scenario), 'application/json')} /> : null}
        <h2 className="govuk-heading-m">Open a scenario</h2>
        <p className="govuk-body">
          Follow the scenario’s link, or{' '}
          <Link className="govuk-link" to={appPaths.openScenario()}>
            open a scenario file
          </Link>
          .
        </p>
      </div>
    </div>
  )
}

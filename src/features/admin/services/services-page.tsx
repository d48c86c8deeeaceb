// #/admin/services — this browser's sandbox services: which one is current, switching, how much
// each holds, resetting or deleting one, and creating another (one per team or trainee), or many.
// Each has its own keys, payments and settings.
import { useState } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { AdminLoading, AdminProblem } from '../admin-states.tsx'
import { FlashBanner, useFlash } from '../flash.tsx'
import { useCurrentService } from '../use-current-service.ts'
import { CreateServiceForm } from './create-service-form.tsx'
import { servicePaths } from './service-paths.ts'
import { ServicesTable } from './services-table.tsx'
import { useServiceCounts } from './use-service-counts.ts'
import { useServices, useSwitchService } from './use-services.ts'

export function ServicesPage() {
  const services = useServices()
  const current = useCurrentService()
  const counts = useServiceCounts(services.data)
  const flash = useFlash()
  const [message, setMessage] = useState<{ text: string; count: number } | undefined>(() => (flash === undefined ? undefined : { text: flash, count: 0 }))
  // Each message is a new banner (a new key), so it takes focus even when the text repeats.
  const say = (text: string) => setMessage((last) => ({ text, count: (last?.count ?? 0) + 1 }))
  const switching = useSwitchService((name) => say(`You are now using ${name}`))
  return (
    <>
      <title>{pageTitle('Services')}</title>
      <FlashBanner key={message?.count} message={message?.text} />
      <h1 className="govuk-heading-l">Services</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Each service is a sandbox of its own, with its own API keys, payments and settings. The admin site, the start
            page and <code className="app-code">payPlayground.createApiKey()</code> act on the current service. API keys
            always act on the service they were created for.
          </p>
          {current.data ? (
            <p className="govuk-body">
              You are using <strong>{current.data.name}</strong>. Change its name on the{' '}
              <Link className="govuk-link" to={appPaths.settings()}>
                settings page
              </Link>
              .
            </p>
          ) : null}
        </div>
      </div>
      {services.isPending || current.isPending ? <AdminLoading what="the services" /> : null}
      {services.isError ? <AdminProblem error={services.error} /> : null}
      {current.isError ? <AdminProblem error={current.error} /> : null}
      {services.data && current.data ? (
        <ServicesTable
          services={services.data}
          currentId={current.data.id}
          counts={counts.data}
          switching={switching.isPending}
          onSwitch={(serviceId) => switching.mutate(serviceId)}
        />
      ) : null}
      {switching.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {String(switching.error.message)}
        </p>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <CreateServiceForm onCreated={(service) => say(`${service.name} was created. Switch to it to use it.`)} />
          <h2 className="govuk-heading-m">Services for a class</h2>
          <p className="govuk-body">
            <Link className="govuk-link" to={servicePaths.trainees()}>
              Create services for trainees
            </Link>
            : several numbered services at once, each with an API key, in a list to print.
          </p>
        </div>
      </div>
    </>
  )
}

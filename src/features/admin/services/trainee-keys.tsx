// The trainee services just made, each with its key, shown this once: a table to print and hand out.
import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import type { TraineeService } from '../../../simulator/services/trainee-services.ts'
import { Button } from '../../../ui/button.tsx'
import { NotificationBanner } from '../../../ui/notification-banner.tsx'
import { ScrollRegion } from '../../../ui/scroll-region.tsx'
import { Table } from '../../../ui/table.tsx'
import { servicePaths } from './service-paths.ts'

export function TraineeKeys({ made }: { made: readonly TraineeService[] }) {
  const banner = useRef<HTMLDivElement>(null)
  useEffect(() => banner.current?.focus(), [])
  return (
    <>
      <title>{pageTitle('Trainee services created')}</title>
      <NotificationBanner type="success" ref={banner}>
        <p className="govuk-notification-banner__heading">
          {made.length} {made.length === 1 ? 'service was' : 'services were'} created, each with an API key
        </p>
      </NotificationBanner>
      <h1 className="govuk-heading-l">Trainee services and their API keys</h1>
      <p className="govuk-body app-no-print">
        Print this list or copy it now: the keys are not shown again. The playground keeps only a fingerprint of each.
        Each trainee uses their own key; the lessons count what each service does.
      </p>
      <ScrollRegion label="Trainee services and their API keys">
        <Table
          id="trainee-keys"
          captionHidden
          caption="Trainee services and their API keys"
          head={['Service', 'API key']}
          firstCellIsHeader
          rowKeys={made.map((trainee) => trainee.service.id)}
          rows={made.map((trainee) => [trainee.service.name, <code className="app-code app-trainee-key">{trainee.key}</code>])}
        />
      </ScrollRegion>
      <div className="govuk-button-group app-no-print">
        <Button onClick={() => window.print()}>Print this list</Button>
        <Link className="govuk-link" to={servicePaths.index()}>
          Back to services
        </Link>
      </div>
    </>
  )
}

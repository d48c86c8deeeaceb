// Every sandbox service in this browser: the current one marked, a button to switch to each other,
// how much each holds, and links to its requests, to reset it and to delete it.
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import type { ServiceCounts } from '../../../simulator/services/service-data.ts'
import { Button } from '../../../ui/button.tsx'
import { ScrollRegion } from '../../../ui/scroll-region.tsx'
import { Table } from '../../../ui/table.tsx'
import { Tag } from '../../../ui/tag.tsx'
import { servicePaths } from './service-paths.ts'

export interface ServicesTableProps {
  services: readonly ServiceRecord[]
  currentId: string
  counts: ReadonlyMap<string, ServiceCounts> | undefined
  switching: boolean
  onSwitch: (serviceId: string) => void
}

const HEAD = [
  'Service name',
  'Created',
  { content: 'Payments', numeric: true },
  { content: 'Refunds', numeric: true },
  { content: 'API keys', numeric: true },
  <span className="govuk-visually-hidden">Status</span>,
  <span className="govuk-visually-hidden">Actions</span>,
]

const count = (value: number | undefined) => ({ content: value === undefined ? '…' : value.toLocaleString('en-GB'), numeric: true })

function Actions({ service }: { service: ServiceRecord }) {
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      <li>
        <Link className="govuk-link" to={appPaths.explorerHistory(service.id)}>
          Requests<span className="govuk-visually-hidden"> of {service.name}</span>
        </Link>
      </li>
      <li>
        <Link className="govuk-link" to={servicePaths.reset(service.id)}>
          Reset<span className="govuk-visually-hidden"> {service.name}</span>
        </Link>
      </li>
      <li>
        <Link className="govuk-link" to={servicePaths.remove(service.id)}>
          Delete<span className="govuk-visually-hidden"> {service.name}</span>
        </Link>
      </li>
    </ul>
  )
}

export function ServicesTable({ services, currentId, counts, switching, onSwitch }: ServicesTableProps) {
  return (
    <ScrollRegion label="Your services">
      <Table
        caption={`Your services (${services.length})`}
        head={HEAD}
        firstCellIsHeader
        rowKeys={services.map((service) => service.id)}
        rows={services.map((service) => [
          service.name,
          formatDateTime(service.createdAt),
          count(counts?.get(service.id)?.payments),
          count(counts?.get(service.id)?.refunds),
          count(counts?.get(service.id)?.apiKeys),
          service.id === currentId ? (
            <Tag colour="green">Current service</Tag>
          ) : (
            <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={switching} onClick={() => onSwitch(service.id)}>
              Switch to {service.name}
            </Button>
          ),
          <Actions service={service} />,
        ])}
      />
    </ScrollRegion>
  )
}

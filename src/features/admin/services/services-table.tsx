// Every sandbox service in this browser: the current one marked, a button to switch to each other.
import { formatDateTime } from '../../../lib/dates.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { Button } from '../../../ui/button.tsx'
import { Table } from '../../../ui/table.tsx'
import { Tag } from '../../../ui/tag.tsx'

export interface ServicesTableProps {
  services: readonly ServiceRecord[]
  currentId: string
  switching: boolean
  onSwitch: (serviceId: string) => void
}

const HEAD = ['Service name', 'Created', <span className="govuk-visually-hidden">Status</span>]

export function ServicesTable({ services, currentId, switching, onSwitch }: ServicesTableProps) {
  return (
    <Table
      caption={`Your services (${services.length})`}
      head={HEAD}
      firstCellIsHeader
      rowKeys={services.map((service) => service.id)}
      rows={services.map((service) => [
        service.name,
        formatDateTime(service.createdAt),
        service.id === currentId ? (
          <Tag colour="green">Current service</Tag>
        ) : (
          <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={switching} onClick={() => onSwitch(service.id)}>
            Switch to {service.name}
          </Button>
        ),
      ])}
    />
  )
}

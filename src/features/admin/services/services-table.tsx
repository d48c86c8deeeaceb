// Every sandbox service in this browser: the current one marked, a button to switch to each other.
import { formatDateTime } from '../../../lib/dates.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { Button } from '../../../ui/button.tsx'
import { Tag } from '../../../ui/tag.tsx'

export interface ServicesTableProps {
  services: readonly ServiceRecord[]
  currentId: string
  switching: boolean
  onSwitch: (serviceId: string) => void
}

export function ServicesTable({ services, currentId, switching, onSwitch }: ServicesTableProps) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Your services ({services.length})</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th className="govuk-table__header" scope="col">
            Service name
          </th>
          <th className="govuk-table__header" scope="col">
            Created
          </th>
          <th className="govuk-table__header" scope="col">
            <span className="govuk-visually-hidden">Status</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {services.map((service) => (
          <tr className="govuk-table__row" key={service.id}>
            <th className="govuk-table__header" scope="row">
              {service.name}
            </th>
            <td className="govuk-table__cell">{formatDateTime(service.createdAt)}</td>
            <td className="govuk-table__cell">
              {service.id === currentId ? (
                <Tag colour="green">Current service</Tag>
              ) : (
                <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={switching} onClick={() => onSwitch(service.id)}>
                  Switch to {service.name}
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

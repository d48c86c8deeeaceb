// Beside the events of a refunded payment: which of them are the refund's. The API's answer reads
// "success, submitted, success", which looks like a loop to someone learning the API; this note
// says the later ones are a refund's own steps, without changing the answer (event-owners.ts).
import { ScrollRegion } from '../../../ui/scroll-region.tsx'
import { Table } from '../../../ui/table.tsx'
import { eventOwners, type EventOwner } from './event-owners.ts'

const REFUND_STEPS: Record<string, string> = {
  submitted: 'A refund: submitted',
  success: 'A refund: succeeded',
  error: 'A refund: failed',
}

const ownerText = (event: EventOwner): string =>
  event.owner === 'payment' ? 'The payment' : (REFUND_STEPS[event.status] ?? `A refund: ${event.status}`)

export function RefundEvents({ body }: { body: unknown }) {
  const events = eventOwners(body)
  if (!events) return null
  return (
    <section aria-labelledby="refund-events-heading">
      <h3 className="govuk-heading-s" id="refund-events-heading">
        Which events belong to a refund
      </h3>
      <p className="govuk-body">
        The API lists a refund’s events in the same list as the payment’s, with the same state names, so a refunded
        payment seems to go from <code className="app-code">success</code> back to{' '}
        <code className="app-code">submitted</code>. It does not: a payment never changes once it is finished, so
        every event after its finished state is a step of a refund – <code className="app-code">submitted</code>,
        then <code className="app-code">success</code> or <code className="app-code">error</code>. The answer above
        is exactly what the API sends.
      </p>
      <ScrollRegion label="Which events belong to a refund">
        <Table
          aria-labelledby="refund-events-heading"
          className="app-explorer-event-owners"
          head={['Event', 'Belongs to', 'state.status', 'updated']}
          firstCellIsHeader
          rowKeys={events.map((event) => String(event.index))}
          rows={events.map((event) => [
            <code className="app-code">{`events[${event.index}]`}</code>,
            ownerText(event),
            <code className="app-code">{event.status}</code>,
            <code className="app-code">{event.updated}</code>,
          ])}
        />
      </ScrollRegion>
    </section>
  )
}

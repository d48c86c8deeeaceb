// The table of agreements, as the real list shows them: ID, the reference linking to the
// agreement's page, its status, the card that pays ("Awaiting payment" until one is set up) and when
// it was created.
import { Link } from 'react-router'
import { formatDateTime } from '../../../lib/dates.ts'
import type { AgreementView } from '../../../simulator/services/agreements.ts'
import { ScrollRegion } from '../../../ui/scroll-region.tsx'
import { Table } from '../../../ui/table.tsx'
import { agreementPaths } from './agreement-paths.ts'
import { AgreementStatusTag } from './agreement-status-tag.tsx'
import { InstrumentInline } from './payment-instrument.tsx'

const HEAD = ['ID', 'Reference number', 'Status', 'Payment instrument', 'Date created']

export function AgreementsTable({ agreements }: { agreements: readonly AgreementView[] }) {
  return (
    <ScrollRegion label="Agreements">
      <Table
        id="agreements-list"
        className="app-agreements-table"
        caption="Agreements"
        captionHidden
        head={HEAD}
        rowKeys={agreements.map(({ agreement }) => agreement.id)}
        rows={agreements.map(({ agreement, instrument }) => [
          { content: agreement.id, className: 'app-break-anywhere' },
          {
            className: 'app-break-anywhere',
            content: (
              <Link className="govuk-link govuk-link--no-visited-state" to={agreementPaths.detail(agreement.id)}>
                {agreement.reference}
              </Link>
            ),
          },
          <AgreementStatusTag status={agreement.status} />,
          instrument ? <InstrumentInline instrument={instrument} /> : 'Awaiting payment',
          formatDateTime(agreement.createdAt),
        ])}
      />
    </ScrollRegion>
  )
}

// Reference (`#/explorer/reference`): the payment status lifecycle, every error code, the sandbox
// test cards with their outcomes, the card brands, and webhooks.
import { pageTitle } from '../../../lib/page-title.ts'
import { errorCatalogue } from '../../../simulator/operations/errors/catalogue.ts'
import { CARD_BRANDS } from '../../../simulator/rules/cards/card-brands.ts'
import { SANDBOX_CARDS } from '../../../simulator/rules/cards/sandbox-cards.ts'
import { ScrollRegion } from '../../../ui/scroll-region.tsx'
import { Table, type TableProps } from '../../../ui/table.tsx'
import { InlineCode } from '../catalogue/inline-code.tsx'
import { LIFECYCLE } from '../reference/lifecycle.ts'
import { WebhooksReference } from '../reference/webhooks-reference.tsx'

/** A reference table, scrolling inside its own box on a narrow screen; the caption names both. */
function ReferenceTable(props: Pick<TableProps, 'head' | 'rows'> & { caption: string }) {
  return (
    <ScrollRegion label={props.caption}>
      <Table {...props} captionSize="s" firstCellIsHeader className="app-explorer-reference" />
    </ScrollRegion>
  )
}

const OUTCOMES = { authorised: 'Succeeds', declined: 'Declined: failed, P0010', error: 'Error: error, P0050' } as const

export function ReferencePage() {
  const catalogue = errorCatalogue()
  const statuses = [...new Set(catalogue.flatMap((entry) => entry.statuses))]
  return (
    <>
      <title>{pageTitle('Statuses, errors and test cards – API explorer')}</title>
      <h1 className="govuk-heading-l">Statuses, errors and test cards</h1>

      <h2 className="govuk-heading-m">Payment status lifecycle</h2>
      <p className="govuk-body">
        A payment’s <code className="app-code">state</code> has a <code className="app-code">status</code> and{' '}
        <code className="app-code">finished</code>; once it has failed, been cancelled or hit an error it also has a{' '}
        <code className="app-code">code</code> and <code className="app-code">message</code>.
      </p>
      <ReferenceTable
        caption="Payment states"
        head={['status', 'finished', 'code and message', 'What it means', 'Can become']}
        rows={LIFECYCLE.map((state) => [
          <code className="app-code" key="s">{state.status}</code>,
          String(state.finished),
          state.code ? `${state.code}: ${state.message}` : '–',
          state.meaning,
          state.next,
        ])}
      />

      <h2 className="govuk-heading-m">Error codes</h2>
      <p className="govuk-body">
        Error bodies look like <code className="app-code">{'{"field": "amount", "code": "P0102", "description": "…"}'}</code>;{' '}
        <code className="app-code">field</code> (or <code className="app-code">header</code>) is there when one thing is
        wrong. HTTP statuses used: {statuses.sort((a, b) => a - b).join(', ')}, and 401 with no code.
      </p>
      <ReferenceTable
        caption="Error codes"
        head={['Code', 'Status', 'Example description', 'What it means', 'Answered by']}
        rows={catalogue.map((entry) => [
          <code className="app-code" key="c">{entry.code}</code>,
          entry.statuses.join(' or '),
          entry.exampleDescription,
          <InlineCode key="m" text={entry.meaning} />,
          entry.operations.length === 0 ? 'Every operation' : entry.operations.join(', '),
        ])}
      />

      <h2 className="govuk-heading-m">Test card numbers</h2>
      <p className="govuk-body">
        On the payment pages, use any future expiry date, any name and any 3-digit card security code (4 for American
        Express). The card number decides what happens; any other valid number ends in an error.
      </p>
      <ReferenceTable
        caption="Sandbox test cards"
        head={['Card number', 'Card', 'Outcome']}
        rows={Object.entries(SANDBOX_CARDS).map(([number, card]) => [
          <code className="app-code" key="n">{number}</code>,
          card.description,
          OUTCOMES[card.outcome],
        ])}
      />

      <h2 className="govuk-heading-m">Card brands</h2>
      <p className="govuk-body">
        The API shows a card’s brand by its label in <code className="app-code">card_details.card_brand</code>. A new
        test service accepts every brand except Maestro, which is not available in the sandbox.
      </p>
      <ReferenceTable
        caption="Card brands"
        head={['Label in the API', 'Brand id', 'Types']}
        rows={CARD_BRANDS.map((brand) => [brand.label, <code className="app-code" key="i">{brand.id}</code>, brand.types.map((type) => type.toLowerCase()).join(' and ')])}
      />

      <WebhooksReference />
    </>
  )
}

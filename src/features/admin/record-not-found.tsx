// What an admin detail page says when its id is not one of the current service's records (a
// payment, an agreement): which id, which service, and the list to find it in.
import { Link } from 'react-router'
import { pageTitle } from '../../lib/page-title.ts'

export interface RecordNotFoundProps {
  /** "Transaction" or "Agreement", for the title and heading */
  title: string
  /** "payment" or "agreement", in the sentences */
  noun: string
  id: string
  serviceName: string
  /** the list page, and its name in "find the … in the …" */
  list: { to: string; name: string }
}

export function RecordNotFound({ title, noun, id, serviceName, list }: RecordNotFoundProps) {
  return (
    <>
      <title>{pageTitle(`${title} not found`)}</title>
      <h1 className="govuk-heading-l">{title} not found</h1>
      <p className="govuk-body">
        There is no {noun} with the ID <code className="app-code">{id}</code> in {serviceName}.
      </p>
      <p className="govuk-body">
        Check the {noun} ID, or find the {noun} in the{' '}
        <Link className="govuk-link" to={list.to}>
          {list.name}
        </Link>
        .
      </p>
    </>
  )
}

// The links in a response, each one actionable: an API link fills the request builder for its
// endpoint (and for the other endpoint at the same address, such as "Submit a refund" beside a
// payment's refunds; see link-operations.ts), next_url opens the payment page in a new tab.
import { Link } from 'react-router'
import { defaultInput } from '../request/request-input.ts'
import { explorerRoute } from '../share/share-link.ts'
import { ScrollRegion } from '../../../ui/scroll-region.tsx'
import { Table } from '../../../ui/table.tsx'
import { MAX_LINKS, type FoundLink } from './collect-links.ts'
import { linkOperations } from './link-operations.ts'

/** The link's name after where it was found: "results[0] self", or "self" at the top level. */
const linkLabel = (link: FoundLink): string => (link.where === '' ? link.rel : `${link.where} ${link.rel}`)

function FollowActions({ link }: { link: FoundLink }) {
  const label = linkLabel(link)
  if (link.href === undefined || link.href === '') {
    return <>No link here: the API writes a page that does not exist as an empty object.</>
  }
  if (link.rel === 'next_url_post') {
    return <>Cannot be used in the playground: a static host cannot accept a form post. Use next_url instead.</>
  }
  const matches = linkOperations(link.href, link.method ?? 'GET')
  if (matches.length === 0) {
    return (
      <a className="govuk-link" href={link.href} target="_blank" rel="noopener noreferrer">
        {link.rel === 'next_url' ? 'Open the payment page in a new tab' : `Open ${label} in a new tab`}
        {link.rel === 'next_url' && <span className="govuk-visually-hidden">{` (${label})`}</span>}
      </a>
    )
  }
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {matches.map((match, index) => (
        <li key={match.operation.slug}>
          <Link
            className="govuk-link"
            to={explorerRoute(match.operation, { ...defaultInput(match.operation), pathParams: match.pathParams, query: match.query })}
          >
            {index === 0 ? 'Fill in' : 'Or fill in'} “{match.operation.operation.summary}”{' '}
            <span className="govuk-visually-hidden">from the {label} link</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}

export function LinkList({ links }: { links: readonly FoundLink[] }) {
  if (links.length === 0) return null
  return (
    <>
      <h3 className="govuk-heading-s" id="response-links-heading">
        Links in the response
      </h3>
      <ScrollRegion label="Links in the response">
        <Table
          className="app-explorer-links"
          aria-labelledby="response-links-heading"
          head={['Link', 'Method and address', 'Follow it']}
          firstCellIsHeader
          rowKeys={links.map((link, index) => `${link.where}:${link.rel}:${index}`)}
          rows={links.map((link) => [
            <code className="app-code">{linkLabel(link)}</code>,
            <>
              {link.method ?? 'GET'} <code className="app-code">{link.href ?? '(none)'}</code>
            </>,
            <FollowActions link={link} />,
          ])}
        />
      </ScrollRegion>
      {links.length >= MAX_LINKS && <p className="govuk-body">Only the first {MAX_LINKS} links are listed.</p>}
    </>
  )
}

// GOV.UK pagination between numbered pages of results: Previous and Next, the first and last
// pages, the pages either side of the current one, and ellipses for the gaps. Links are routes.
import { Link } from 'react-router'

export interface PaginationProps {
  /** 1-based */
  currentPage: number
  pageCount: number
  /** The route of a page. */
  pathFor: (page: number) => string
  /** Names the navigation landmark; give each pagination on a page its own. */
  landmarkLabel?: string
}

/** The page numbers to show, with null where two or more pages are left out. */
export function paginationItems(currentPage: number, pageCount: number): Array<number | null> {
  const shown = new Set([1, pageCount, currentPage - 1, currentPage, currentPage + 1].filter((page) => page >= 1 && page <= pageCount))
  const pages = [...shown].sort((a, b) => a - b)
  const items: Array<number | null> = []
  pages.forEach((page, index) => {
    const previous = pages[index - 1]
    // An ellipsis stands for two or more pages; a gap of one page shows that page instead.
    if (previous !== undefined && page - previous === 2) items.push(previous + 1)
    else if (previous !== undefined && page - previous > 2) items.push(null)
    items.push(page)
  })
  return items
}

const PREVIOUS_ARROW = 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z'
const NEXT_ARROW = 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z'

function Arrow({ direction }: { direction: 'prev' | 'next' }) {
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={direction === 'prev' ? PREVIOUS_ARROW : NEXT_ARROW} />
    </svg>
  )
}

export function Pagination({ currentPage, pageCount, pathFor, landmarkLabel = 'Pagination' }: PaginationProps) {
  if (pageCount <= 1) return null
  return (
    <nav className="govuk-pagination" aria-label={landmarkLabel}>
      {currentPage > 1 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={pathFor(currentPage - 1)} rel="prev">
            <Arrow direction="prev" />
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {paginationItems(currentPage, pageCount).map((page, index) =>
          page === null ? (
            <li className="govuk-pagination__item govuk-pagination__item--ellipsis" key={`gap-${index}`}>
              ⋯
            </li>
          ) : (
            <li className={page === currentPage ? 'govuk-pagination__item govuk-pagination__item--current' : 'govuk-pagination__item'} key={page}>
              <Link
                className="govuk-link govuk-pagination__link"
                to={pathFor(page)}
                aria-label={`Page ${page}`}
                aria-current={page === currentPage ? 'page' : undefined}
              >
                {page}
              </Link>
            </li>
          ),
        )}
      </ul>
      {currentPage < pageCount && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={pathFor(currentPage + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <Arrow direction="next" />
          </Link>
        </div>
      )}
    </nav>
  )
}

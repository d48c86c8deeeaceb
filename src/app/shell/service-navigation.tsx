// GOV.UK service navigation, built from the list of parts in src/lib/navigation.ts. The mobile
// "Menu" toggle is plain React state (no govuk-frontend JavaScript) and only appears when there is
// more than one item, as the design system's `collapseNavigationOnMobile` default does.
import { useId, useState } from 'react'
import { Link, useMatch } from 'react-router'
import { PLAYGROUND_PARTS, type PlaygroundPart } from '../../lib/navigation.ts'
import { useMediaQuery } from '../../lib/use-media-query.ts'

const TABLET_AND_UP = '(min-width: 40.0625em)'

function NavigationItem({ part, onFollow }: { part: PlaygroundPart; onFollow: () => void }) {
  const active = useMatch({ path: part.path, end: !part.matchDescendants }) !== null
  return (
    <li className={active ? 'govuk-service-navigation__item govuk-service-navigation__item--active' : 'govuk-service-navigation__item'}>
      <Link className="govuk-service-navigation__link" to={part.path} aria-current={active ? 'page' : undefined} onClick={onFollow}>
        {active ? <strong className="govuk-service-navigation__active-fallback">{part.label}</strong> : part.label}
      </Link>
    </li>
  )
}

export function ServiceNavigation({ parts = PLAYGROUND_PARTS }: { parts?: readonly PlaygroundPart[] }) {
  const listId = useId()
  const wide = useMediaQuery(TABLET_AND_UP)
  const [open, setOpen] = useState(false)
  const collapsible = parts.length > 1 && !wide
  return (
    <div className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            {collapsible && (
              <button
                type="button"
                className="govuk-service-navigation__toggle"
                aria-controls={listId}
                aria-expanded={open}
                onClick={() => setOpen(!open)}
              >
                Menu
              </button>
            )}
            <ul className="govuk-service-navigation__list" id={listId} hidden={collapsible && !open}>
              {parts.map((part) => (
                <NavigationItem key={part.path} part={part} onFollow={() => setOpen(false)} />
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  )
}

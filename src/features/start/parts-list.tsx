// Links to the other parts of the playground, from the same list as the service navigation. While
// the start page is the only part, there is nothing to list and nothing is shown.
import { Link } from 'react-router'
import { otherParts, PLAYGROUND_PARTS, type PlaygroundPart } from '../../lib/navigation.ts'

export function PartsList({ parts = PLAYGROUND_PARTS }: { parts?: readonly PlaygroundPart[] }) {
  const others = otherParts(parts)
  if (others.length === 0) return null
  return (
    <>
      <h2 className="govuk-heading-m">Parts of the playground</h2>
      <ul className="govuk-list">
        {others.map((part) => (
          <li key={part.path}>
            <Link className="govuk-link govuk-!-font-weight-bold" to={part.path}>
              {part.label}
            </Link>
            <br />
            {part.summary}
          </li>
        ))}
      </ul>
    </>
  )
}

// The sample service's own look: a band with its name, so it reads as another government service
// inside the playground, and the "what the service just did" column beside its page.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { Tag } from '../../../ui/tag.tsx'

export function ServiceFrame({ children, behind }: { children: ReactNode; behind?: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className={behind ? 'govuk-grid-column-one-half' : 'govuk-grid-column-two-thirds'}>
        <div className="app-sample-service">
          <p className="app-sample-service__name">
            <Link className="govuk-link govuk-link--inverse govuk-link--no-underline" to={appPaths.sampleService()}>
              Apply for a fishing licence
            </Link>{' '}
            <Tag colour="yellow">Sample service</Tag>
          </p>
          <div className="app-sample-service__page">{children}</div>
        </div>
      </div>
      {behind ? <div className="govuk-grid-column-one-half">{behind}</div> : null}
    </div>
  )
}

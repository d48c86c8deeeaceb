// The GOV.UK header, without the crown or the GOV.UK logotype: it reads "GOV.UK Pay Playground"
// and carries a visible "Simulation" tag. The name comes in as `children` so the boot screens can
// show it without the router, and the app can make it a link to the start page; `aside` sits at
// the other end of the bar (the current service, once the simulator is running).
import type { ReactNode } from 'react'
import { SERVICE_NAME } from '../../lib/page-title.ts'
import { Tag } from '../../ui/tag.tsx'

export const PLAYGROUND_NAME = SERVICE_NAME

export function HeaderFrame({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  return (
    <div className="govuk-header">
      <div className="govuk-header__container govuk-width-container app-header__container">
        <div className="govuk-header__logo app-header__logo">
          {children}
          <Tag>Simulation</Tag>
        </div>
        {aside}
      </div>
    </div>
  )
}

/** The name as plain text, for pages shown before the router exists. */
export function PlainName() {
  return <span className="app-header__name">{PLAYGROUND_NAME}</span>
}

// The admin site's frame around each of its pages: a sub-navigation between the service's
// Dashboard, Transactions, Agreements (only with recurring payments on, as on the real admin site),
// API keys and Settings. Pages wrap their content in it:
//   <AdminLayout>…</AdminLayout>
// (a wrapper rather than a parent route, so each admin page keeps its own small entry in routes.tsx).
import type { ReactNode } from 'react'
import { Link, useMatch } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { accountFeatures } from '../../simulator/model/account-features.ts'
import { useCurrentService } from './use-current-service.ts'

interface AdminSection {
  label: string
  path: string
  /** Whether the section stays current below its path (`/admin/transactions/:id`). */
  matchDescendants: boolean
  /** Listed only for a service with recurring payments on. */
  recurringOnly?: boolean
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { label: 'Dashboard', path: appPaths.admin(), matchDescendants: false },
  { label: 'Transactions', path: appPaths.transactions(), matchDescendants: true },
  { label: 'Agreements', path: appPaths.agreements(), matchDescendants: true, recurringOnly: true },
  { label: 'API keys', path: appPaths.apiKeys(), matchDescendants: true },
  { label: 'Settings', path: appPaths.settings(), matchDescendants: true },
]

function SectionLink({ section }: { section: AdminSection }) {
  const current = useMatch({ path: section.path, end: !section.matchDescendants }) !== null
  return (
    <li className={current ? 'app-admin-navigation__item app-admin-navigation__item--current' : 'app-admin-navigation__item'}>
      <Link className="govuk-link govuk-link--no-visited-state app-admin-navigation__link" to={section.path} aria-current={current ? 'page' : undefined}>
        {section.label}
      </Link>
    </li>
  )
}

export function AdminNavigation() {
  const service = useCurrentService()
  const recurring = service.data !== undefined && accountFeatures(service.data.settings).recurringPayments
  return (
    <nav className="app-admin-navigation" aria-label="Admin site">
      <ul className="app-admin-navigation__list">
        {ADMIN_SECTIONS.filter((section) => recurring || !section.recurringOnly).map((section) => (
          <SectionLink key={section.path} section={section} />
        ))}
      </ul>
    </nav>
  )
}

export function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AdminNavigation />
      {children}
    </>
  )
}

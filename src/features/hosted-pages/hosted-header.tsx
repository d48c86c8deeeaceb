// The hosted pages' header: the playground's name (no crown, no GOV.UK logotype) with its
// "Simulation" tag (English on every page), then the name of the service the user is paying, as
// the real pages show it.
import { Link } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { SERVICE_NAME } from '../../lib/page-title.ts'
import { Tag } from '../../ui/tag.tsx'
import { useEnglishPart } from './i18n/language.tsx'

export function HostedHeader({ serviceName }: { serviceName?: string }) {
  const english = useEnglishPart()
  // The design system names this part "Service information"; there are no Welsh words for that.
  const named = english.lang === undefined ? { 'aria-label': 'Service information' } : {}
  return (
    <header className="govuk-template__header">
      <div className="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo app-header__logo" {...english}>
            <Link to={appPaths.start()} className="govuk-header__homepage-link">
              <span className="app-header__name">{SERVICE_NAME}</span>
            </Link>
            <Tag>Simulation</Tag>
          </div>
        </div>
      </div>
      {serviceName ? (
        <section className="govuk-service-navigation" {...named}>
          <div className="govuk-width-container">
            <div className="govuk-service-navigation__container">
              <span className="govuk-service-navigation__service-name">
                <span className="govuk-service-navigation__text">{serviceName}</span>
              </span>
            </div>
          </div>
        </section>
      ) : null}
    </header>
  )
}

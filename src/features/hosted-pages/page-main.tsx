// The <main> of a hosted page, which each page gives itself as the real pages do: the card details
// and confirm pages put it in a two-thirds column (`main.charge-new`, `main.confirm-page`), the
// other pages make it the page's wrapper. Either way it is `#main-content`, where the skip link
// goes, and it shows the playground's own banners first.
import type { ReactNode } from 'react'
import { usePageBanners } from '../../lib/page-banners.ts'

export const MAIN_ID = 'main-content'

/** `main#main-content.govuk-main-wrapper`, for a page whose content sets its own columns. */
export function PageMain({ children }: { children: ReactNode }) {
  const banners = usePageBanners()
  return (
    <main className="govuk-main-wrapper" id={MAIN_ID} tabIndex={-1}>
      {banners}
      {children}
    </main>
  )
}

/** A form page's `<main>`, a two-thirds column inside the main wrapper: `main.charge-new` or `main.confirm-page`. */
export function FormPageMain({ className, children }: { className: 'charge-new' | 'confirm-page'; children: ReactNode }) {
  const banners = usePageBanners()
  const classes = className === 'charge-new' ? 'charge-new govuk-grid-column-two-thirds' : 'govuk-grid-column-two-thirds confirm-page'
  return (
    <div className="govuk-main-wrapper">
      <div className="govuk-grid-row govuk-!-margin-bottom-9">
        <main className={classes} id={MAIN_ID} tabIndex={-1}>
          {banners}
          {children}
        </main>
      </div>
    </div>
  )
}

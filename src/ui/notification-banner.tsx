// A GOV.UK notification banner. The "important" kind is a landmark region; the "success" kind is
// announced and can take focus (the caller decides when, through the forwarded ref).
import { useId, type ReactNode, type Ref } from 'react'

export interface NotificationBannerProps {
  type?: 'important' | 'success'
  /** Defaults to "Important" or "Success", as in the design system. */
  title?: string
  children: ReactNode
  ref?: Ref<HTMLDivElement>
}

export function NotificationBanner({ type = 'important', title, children, ref }: NotificationBannerProps) {
  const titleId = useId()
  const success = type === 'success'
  return (
    <div
      ref={ref}
      className={success ? 'govuk-notification-banner govuk-notification-banner--success' : 'govuk-notification-banner'}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={success ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  )
}

// GOV.UK summary lists: rows of key and value with optional "Change"-style links, on their own or
// inside a summary card with a title and card actions. Links are routes of the app.
import type { ReactNode } from 'react'
import { Link } from 'react-router'

export interface SummaryAction {
  text: string
  /** A route of the app. */
  to: string
  /** Said after the link text to screen reader users, so "Change" says what it changes. */
  visuallyHiddenText?: string
}

export interface SummaryRow {
  key: ReactNode
  value: ReactNode
  actions?: readonly SummaryAction[]
}

function ActionLink({ action }: { action: SummaryAction }) {
  return (
    <Link className="govuk-link" to={action.to}>
      {action.text}
      {action.visuallyHiddenText ? (
        <>
          {' '}
          <span className="govuk-visually-hidden">{action.visuallyHiddenText}</span>
        </>
      ) : null}
    </Link>
  )
}

function Actions({ actions, listClass, itemClass }: { actions: readonly SummaryAction[]; listClass: string; itemClass: string }) {
  if (actions.length === 1 && actions[0]) return <ActionLink action={actions[0]} />
  return (
    <ul className={listClass}>
      {actions.map((action) => (
        <li className={itemClass} key={`${action.text}:${action.to}`}>
          <ActionLink action={action} />
        </li>
      ))}
    </ul>
  )
}

export function SummaryList({ rows, noBorder }: { rows: readonly SummaryRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => row.actions && row.actions.length > 0)
  return (
    <dl className={noBorder ? 'govuk-summary-list govuk-summary-list--no-border' : 'govuk-summary-list'}>
      {rows.map((row, index) => {
        const actions = row.actions ?? []
        const rowClass = anyActions && actions.length === 0 ? 'govuk-summary-list__row govuk-summary-list__row--no-actions' : 'govuk-summary-list__row'
        return (
          <div className={rowClass} key={index}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
            {actions.length > 0 ? (
              <dd className="govuk-summary-list__actions">
                <Actions actions={actions} listClass="govuk-summary-list__actions-list" itemClass="govuk-summary-list__actions-list-item" />
              </dd>
            ) : null}
          </div>
        )
      })}
    </dl>
  )
}

export interface SummaryCardProps {
  title: ReactNode
  /** The heading level of the title, so the card fits the page's outline. */
  headingLevel?: 2 | 3 | 4
  actions?: readonly SummaryAction[]
  children: ReactNode
}

export function SummaryCard({ title, headingLevel = 2, actions = [], children }: SummaryCardProps) {
  const Heading = `h${headingLevel}` as const
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
        {actions.length > 0 ? (
          <ul className="govuk-summary-card__actions">
            {actions.map((action) => (
              <li className="govuk-summary-card__action" key={`${action.text}:${action.to}`}>
                <ActionLink action={action} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  )
}

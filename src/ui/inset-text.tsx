// GOV.UK inset text: a quiet aside that sets content apart from the text around it.
import type { ReactNode } from 'react'

export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>
}

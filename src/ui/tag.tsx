// A GOV.UK tag: a short status label such as "Simulation".
import type { ReactNode } from 'react'

export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow'

export function Tag({ colour, className, children }: { colour?: TagColour; className?: string; children: ReactNode }) {
  const classes = ['govuk-tag']
  if (colour) classes.push(`govuk-tag--${colour}`)
  if (className) classes.push(className)
  return <strong className={classes.join(' ')}>{children}</strong>
}

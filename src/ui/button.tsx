// A GOV.UK button. Behaviour is plain React: no govuk-frontend JavaScript is needed for a <button>.
import type { ButtonHTMLAttributes, Ref } from 'react'

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  variant?: 'primary' | 'secondary' | 'warning' | 'inverse'
  className?: string
  ref?: Ref<HTMLButtonElement>
}

export function Button({ variant = 'primary', className, type = 'button', children, ...rest }: ButtonProps) {
  const classes = ['govuk-button']
  if (variant !== 'primary') classes.push(`govuk-button--${variant}`)
  if (className) classes.push(className)
  return (
    <button type={type} className={classes.join(' ')} {...rest}>
      {children}
    </button>
  )
}

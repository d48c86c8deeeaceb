// The email rule the real pages share with GOV.UK Notify: a plain local part, a domain of valid
// host names with at least one dot, a real top-level domain, no "..", at most 254 characters.
import TOP_LEVEL_DOMAINS from 'tlds'
import type { FieldCheck } from './fields.ts'

const ADDRESS = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@([^.@][^@\s]+)$/
const HOST_LABEL = /^(xn|[a-z0-9]+)(-?-[a-z0-9]+)*$/i
const KNOWN_TLDS = new Set(TOP_LEVEL_DOMAINS)

export function isValidEmail(value: string): boolean {
  const email = value.trim()
  if (email.length > 254 || email.includes('..')) return false
  const domain = ADDRESS.exec(email)?.[1]
  if (domain === undefined || domain.length > 253) return false
  const labels = domain.split('.')
  if (labels.length < 2) return false
  if (!labels.every((label) => label.length > 0 && label.length <= 63 && HOST_LABEL.test(label))) return false
  return KNOWN_TLDS.has(labels[labels.length - 1]!.toLowerCase())
}

/** Required in MANDATORY mode; in OPTIONAL mode only checked when filled in. */
export function checkEmail(value: string, required: boolean): FieldCheck<'email'> {
  if (value.trim() === '') return required ? 'empty' : undefined
  return isValidEmail(value) ? undefined : 'message'
}

// A webhook's form as the real admin site checks it (pay-selfservice webhook.schema.js, with the
// `validator` package it uses), then as pay-webhooks checks the callback URL (CallbackUrlService):
// the same messages, in the same order. Test mode allows any domain.
//
// One difference, for the playground: a callback URL on this machine's loopback address
// (http://localhost:3000/webhooks) is accepted, because the local bridge can deliver to it. The
// real service would refuse it; the message it would give is returned with the form so the admin
// pages can say so.
import isURL from 'validator/lib/isURL'
import { isOfferedEventType, type WebhookEventType } from '../model/webhook-events.ts'

export const DESCRIPTION_MAX_LENGTH = 50

export interface WebhookForm {
  callbackUrl: string
  description: string
  subscriptions: readonly string[]
}

export type WebhookFormField = keyof WebhookForm

export interface CheckedWebhookForm {
  callbackUrl: string
  description: string
  subscriptions: WebhookEventType[]
  /** For a loopback callback URL: what the real admin site would have said about it. */
  realServiceWouldSay?: string
}

export type WebhookFormResult = { ok: true; form: CheckedWebhookForm } | { ok: false; errors: Partial<Record<WebhookFormField, string>> }

// The messages of the admin site's own checks…
export const ENTER_CALLBACK_URL = 'Enter a callback url'
export const ENTER_VALID_HTTPS_URL = 'Enter a valid callback url beginning with https://'
export const ENTER_DESCRIPTION = 'Enter a description'
export const DESCRIPTION_TOO_LONG = `Description must be ${DESCRIPTION_MAX_LENGTH} characters or fewer`
export const SELECT_EVENT = 'Select at least one payment event'
export const SELECT_FROM_LIST = 'Select from the list of payment events'
// …and of pay-webhooks' errors, as the admin site shows them.
export const CALLBACK_URL_MALFORMED = 'Enter a valid callback URL'
export const CALLBACK_URL_PROTOCOL_NOT_SUPPORTED = 'Callback URL must begin with https://'

/** Guava's InternetDomainName.isValid, which pay-webhooks asks of the callback URL's host. */
export function isDomainName(host: string): boolean {
  const name = host.endsWith('.') ? host.slice(0, -1) : host
  if (name.length === 0 || name.length > 253) return false
  const parts = name.split('.')
  if (parts.length > 127) return false
  return parts.every((part, index) => {
    if (part.length < 1 || part.length > 63) return false
    // eslint-disable-next-line no-control-regex -- "ASCII characters" is the range \x00-\x7f
    const ascii = part.replace(/[^\x00-\x7f]/g, '')
    if (!/^[A-Za-z0-9_-]*$/.test(ascii)) return false
    if (/^[-_]|[-_]$/.test(part)) return false
    return !(index === parts.length - 1 && /^[0-9]/.test(part))
  })
}

/** What pay-webhooks says of a callback URL in test mode, or undefined when it takes it. */
function webhooksServiceProblem(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return CALLBACK_URL_MALFORMED
  }
  if (parsed.hostname === '') return CALLBACK_URL_MALFORMED
  if (parsed.protocol !== 'https:') return CALLBACK_URL_PROTOCOL_NOT_SUPPORTED
  if (!isDomainName(parsed.hostname)) return CALLBACK_URL_MALFORMED
  return undefined
}

/** Whether a URL is an http(s) address on this machine's loopback interface. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return ['http:', 'https:'].includes(parsed.protocol) && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)
  } catch {
    return false
  }
}

function checkCallbackUrl(url: string): string | undefined {
  if (url === '') return ENTER_CALLBACK_URL
  if (!isURL(url, { protocols: ['https'], require_protocol: true, validate_length: true })) return ENTER_VALID_HTTPS_URL
  return undefined
}

function checkDescription(description: string): string | undefined {
  if (description === '') return ENTER_DESCRIPTION
  if (description.length > DESCRIPTION_MAX_LENGTH) return DESCRIPTION_TOO_LONG
  return undefined
}

function checkSubscriptions(subscriptions: readonly string[]): string | undefined {
  if (subscriptions.length === 0) return SELECT_EVENT
  if (!subscriptions.every(isOfferedEventType)) return SELECT_FROM_LIST
  return undefined
}

/** Checks a webhook's form; trimmed values when it passes, each field's first problem when not. */
export function checkWebhookForm(form: WebhookForm): WebhookFormResult {
  const callbackUrl = form.callbackUrl.trim()
  const description = form.description.trim()
  const loopback = isLoopbackUrl(callbackUrl)
  const adminSiteUrlProblem = checkCallbackUrl(callbackUrl)
  const errors: Partial<Record<WebhookFormField, string>> = {}
  if (adminSiteUrlProblem && !loopback) errors.callbackUrl = adminSiteUrlProblem
  const descriptionProblem = checkDescription(description)
  if (descriptionProblem) errors.description = descriptionProblem
  const subscriptionsProblem = checkSubscriptions(form.subscriptions)
  if (subscriptionsProblem) errors.subscriptions = subscriptionsProblem
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  // Only a form the admin site accepts reaches pay-webhooks, which checks the URL again.
  const realProblem = adminSiteUrlProblem ?? webhooksServiceProblem(callbackUrl)
  if (realProblem && !loopback) return { ok: false, errors: { callbackUrl: realProblem } }
  const checked: CheckedWebhookForm = { callbackUrl, description, subscriptions: form.subscriptions.filter(isOfferedEventType) }
  if (realProblem) checked.realServiceWouldSay = realProblem
  return { ok: true, form: checked }
}

// A webhook's form, checked as the real admin site checks it, then as pay-webhooks checks the
// callback URL; loopback addresses are the playground's one exception.
import { describe, expect, it } from 'vitest'
import { checkWebhookForm, isDomainName } from '../../../../src/simulator/rules/webhook-form.ts'

const good = { callbackUrl: 'https://example.com/pay-webhooks', description: 'My webhook', subscriptions: ['card_payment_captured'] }

describe('checkWebhookForm', () => {
  it('takes a good form, trimmed', () => {
    expect(checkWebhookForm({ ...good, callbackUrl: '  https://example.com/pay-webhooks ', description: ' My webhook ' })).toEqual({
      ok: true,
      form: { callbackUrl: 'https://example.com/pay-webhooks', description: 'My webhook', subscriptions: ['card_payment_captured'] },
    })
  })

  it('gives each field its first problem, with the admin site’s messages', () => {
    expect(checkWebhookForm({ callbackUrl: ' ', description: '', subscriptions: [] })).toEqual({
      ok: false,
      errors: { callbackUrl: 'Enter a callback url', description: 'Enter a description', subscriptions: 'Select at least one payment event' },
    })
    expect(checkWebhookForm({ callbackUrl: 'http://example.com/hook', description: 'x'.repeat(51), subscriptions: ['card_payment_started'] })).toEqual({
      ok: false,
      errors: {
        callbackUrl: 'Enter a valid callback url beginning with https://',
        description: 'Description must be 50 characters or fewer',
        subscriptions: 'Select from the list of payment events',
      },
    })
  })

  it.each([
    ['example.com/hook', 'Enter a valid callback url beginning with https://'],
    ['https://intranet/hook', 'Enter a valid callback url beginning with https://'],
    // The admin site takes an IP address; pay-webhooks wants a domain name.
    ['https://203.0.113.7/hook', 'Enter a valid callback URL'],
  ])('refuses %s: “%s”', (callbackUrl, message) => {
    expect(checkWebhookForm({ ...good, callbackUrl })).toEqual({ ok: false, errors: { callbackUrl: message } })
  })

  it('takes any domain in test mode, not only gov.uk', () => {
    expect(checkWebhookForm({ ...good, callbackUrl: 'https://webhooks.my-team.co.uk:8443/pay?x=1' }).ok).toBe(true)
  })

  it.each([
    ['http://localhost:3000/webhooks', 'Enter a valid callback url beginning with https://'],
    ['https://localhost:3000/webhooks', 'Enter a valid callback url beginning with https://'],
    ['https://127.0.0.1:3000/webhooks', 'Enter a valid callback URL'],
  ])('takes the loopback address %s, saying what the real service would: “%s”', (callbackUrl, realServiceWouldSay) => {
    expect(checkWebhookForm({ ...good, callbackUrl })).toEqual({ ok: true, form: { ...good, callbackUrl, realServiceWouldSay } })
  })
})

describe('isDomainName (Guava InternetDomainName.isValid)', () => {
  it.each([
    ['example.com', true],
    ['my_team.example.com', true],
    ['xn--bcher-kva.example', true],
    ['example.com.', true],
    ['192.168.0.1', false],
    ['-bad.example.com', false],
    ['example.123', false],
    ['a..b', false],
  ])('%s → %s', (host, valid) => {
    expect(isDomainName(host)).toBe(valid)
  })
})

// The email rule: Notify-style address, real top-level domain, no "..", at most 254 characters.
import { describe, expect, it } from 'vitest'
import { checkEmail, isValidEmail } from '../../../../../src/simulator/rules/card-form/email.ts'

describe('checkEmail', () => {
  it('asks for an email when it is mandatory and empty', () => {
    expect(checkEmail('', true)).toBe('empty')
    expect(checkEmail('  ', true)).toBe('empty')
  })

  it('lets an optional email be empty but checks one that is filled in', () => {
    expect(checkEmail('', false)).toBeUndefined()
    expect(checkEmail('nope', false)).toBe('message')
  })

  it.each([
    'plain',
    'no-domain@',
    '@example.org',
    'two@@example.org',
    'a@localhost',
    'dots..twice@example.org',
    'a@example..org',
    'a@.example.org',
    'a@example.notarealtld',
    'space in@example.org',
    'a@exa_mple.org',
    'a@-example.org',
    `${'a'.repeat(250)}@example.org`,
  ])('refuses %j', (value) => {
    expect(isValidEmail(value)).toBe(false)
    expect(checkEmail(value, true)).toBe('message')
  })

  it.each([
    'payer@example.org',
    'first.last+tag@sub.example.co.uk',
    "o'brien@example.com",
    'UPPER@EXAMPLE.ORG',
    'a@xn--bcher-kva.com',
    ' padded@example.org ',
  ])('accepts %j', (value) => {
    expect(checkEmail(value, true)).toBeUndefined()
  })
})

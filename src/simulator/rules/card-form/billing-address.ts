// The billing address rules. Address fields must not hold something that may be a card number
// (more than 11 digits); a postcode in the United Kingdom must be a complete UK postcode.
import { isValid as isUkPostcode } from 'postcode'
import { isCountryCode, UNITED_KINGDOM } from './countries.ts'
import { type FieldCheck, mayBeCardNumber } from './fields.ts'

export function checkAddressLine1(value: string): FieldCheck<'addressLine1'> {
  if (value.trim() === '') return 'empty'
  return mayBeCardNumber(value) ? 'containsTooManyDigits' : undefined
}

/** Optional, but checked when filled in. */
export function checkAddressLine2(value: string): FieldCheck<'addressLine2'> {
  return mayBeCardNumber(value) ? 'containsTooManyDigits' : undefined
}

export function checkAddressCity(value: string): FieldCheck<'addressCity'> {
  if (value.trim() === '') return 'empty'
  return mayBeCardNumber(value) ? 'containsTooManyDigits' : undefined
}

export function checkAddressCountry(value: string): FieldCheck<'addressCountry'> {
  const code = value.trim()
  if (code === '') return 'empty'
  return isCountryCode(code) ? undefined : 'message'
}

/** A UK postcode is checked first, as on the real pages, then anything that may be a card number. */
export function checkAddressPostcode(value: string, country: string): FieldCheck<'addressPostcode'> {
  const postcode = value.trim()
  if (postcode === '') return 'empty'
  if (country.trim() === UNITED_KINGDOM && !isUkPostcode(postcode)) return 'message'
  return mayBeCardNumber(postcode) ? 'containsTooManyDigits' : undefined
}

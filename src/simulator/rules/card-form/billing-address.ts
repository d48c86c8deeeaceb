// The billing address rules. Address fields must not hold something that may be a card number
// (more than 11 digits); a postcode in the United Kingdom must be a complete UK postcode.
import { isValid as isUkPostcode } from 'postcode'
import { isCountryCode, UNITED_KINGDOM } from './countries.ts'
import { EMPTY_MESSAGES, mayBeCardNumber } from './fields.ts'

export const ADDRESS_MESSAGES = {
  line1: 'Enter address line 1, typically the building and street',
  line2: 'Enter address line 2',
} as const

export function checkAddressLine1(value: string): string | undefined {
  if (value.trim() === '') return EMPTY_MESSAGES.addressLine1
  return mayBeCardNumber(value) ? ADDRESS_MESSAGES.line1 : undefined
}

/** Optional, but checked when filled in. */
export function checkAddressLine2(value: string): string | undefined {
  return mayBeCardNumber(value) ? ADDRESS_MESSAGES.line2 : undefined
}

export function checkAddressCity(value: string): string | undefined {
  if (value.trim() === '' || mayBeCardNumber(value)) return EMPTY_MESSAGES.addressCity
  return undefined
}

export function checkAddressCountry(value: string): string | undefined {
  return isCountryCode(value.trim()) ? undefined : EMPTY_MESSAGES.addressCountry
}

export function checkAddressPostcode(value: string, country: string): string | undefined {
  const postcode = value.trim()
  if (postcode === '' || mayBeCardNumber(postcode)) return EMPTY_MESSAGES.addressPostcode
  if (country.trim() === UNITED_KINGDOM && !isUkPostcode(postcode)) return EMPTY_MESSAGES.addressPostcode
  return undefined
}

// What the real payment pages show in English whatever the payment's language, because it is not
// in their message files: the playground shows it in English too, marked `lang="en"` on a Welsh
// page. (The test banners, the footer, the header and country names are English the same way.)
export const ENGLISH_ONLY = {
  /** The first option of the country list when the service has no default country. */
  pickCountry: 'Pick a country or territory',
  /** The body of the "An error occurred" page. */
  errorMessage: 'There is a problem, please try again later',
  /** The word after "Your payment was" on the page for a payment already taken. */
  successful: 'successful',
  /** Above the agreement's description on the card page of a payment that sets up an agreement. */
  agreementSetupDisclaimer: 'Your payment details will be saved for:',
} as const

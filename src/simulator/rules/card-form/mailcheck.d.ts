// The part of the `mailcheck` package (plain JavaScript, no types of its own) that email-typo.ts uses.
declare module 'mailcheck' {
  interface MailcheckSuggestion {
    address: string
    domain: string
    full: string
  }
  interface MailcheckRunOptions {
    email: string
    domains?: string[]
    secondLevelDomains?: string[]
    topLevelDomains?: string[]
  }
  const mailcheck: {
    domainThreshold: number
    secondLevelThreshold: number
    topLevelThreshold: number
    /** The suggestion, or undefined when the address looks right. */
    run(options: MailcheckRunOptions): MailcheckSuggestion | undefined
  }
  export default mailcheck
}

// The email typo suggestion of the real pages: the `mailcheck` package with the real pages' own
// domain lists and thresholds (pay-frontend `app/utils/email-tools.js`). "jo@gmial.com" gets
// "jo@gmail.com"; an address that looks right gets nothing.
import mailcheck from 'mailcheck'

const DOMAINS = ['live.com', 'live.co.uk', 'live.com.au', 'gmail.com', 'gmail.co.uk', 'ymail.com', 'mail.com', 'hotmail.com']
const SECOND_LEVEL_DOMAINS = ['yahoo', 'outlook', 'hotmail']
const TOP_LEVEL_DOMAINS = [
  'com', 'ca', 'co.nz', 'co.uk', 'de', 'fr', 'it', 'ru', 'net', 'org', 'edu', 'gov', 'jp', 'nl', 'kr', 'se', 'eu', 'ie',
  'im', 'co.il', 'us', 'at', 'be', 'dk', 'hk', 'es', 'gr', 'ch', 'no', 'cz', 'in', 'net', 'net.au', 'info', 'biz', 'mil',
  'co.jp', 'sg', 'hu', 'uk', 'ac.uk', 'co.uk', 'gov.uk', 'judiciary.uk', 'ltd.uk', 'me.uk', 'mod.uk', 'net.uk', 'nhs.uk',
  'nic.uk', 'org.uk', 'plc.uk', 'police.uk', 'sch.uk', 'ae', 'net.ae', 'pl', 'kw', 'co', 'aero', 'co.in', 'io', 'bz', 'bg',
  'sk', 'sx', 'dm', 'bm', 'om', 'me', 'qa', 'coop', 'fm', 'cc', 'mc', 'my', 'vc',
]

// The thresholds are the package's own settings; the real pages set them once, as here.
mailcheck.domainThreshold = 2
mailcheck.secondLevelThreshold = 2
mailcheck.topLevelThreshold = 1

/** The address as the suggestion would have it: `address@domain`, the domain being the corrected part. */
export interface EmailSuggestion {
  address: string
  domain: string
  full: string
}

export function suggestEmail(email: string): EmailSuggestion | undefined {
  const trimmed = email.trim()
  if (trimmed === '') return undefined
  const found = mailcheck.run({
    email: trimmed,
    domains: DOMAINS,
    secondLevelDomains: SECOND_LEVEL_DOMAINS,
    topLevelDomains: TOP_LEVEL_DOMAINS,
  })
  return found ? { address: found.address, domain: found.domain, full: found.full } : undefined
}

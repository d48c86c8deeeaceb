// The return URL check the real service makes with Apache Commons' UrlValidator: http or https,
// local URLs allowed (single-label hosts such as localhost), double slashes allowed, and a domain
// name must end in a real top-level domain (or the extra `internal` and `local`).
import TOP_LEVEL_DOMAINS from 'tlds'

const KNOWN_TLDS = new Set([...TOP_LEVEL_DOMAINS, 'internal', 'local', 'localhost', 'localdomain'])
const URL_PARTS = /^([^:/?#]+):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s
const AUTHORITY = /^(?:[\w%\-.~!$&'()*+,;=]+(?::[\w%\-.~!$&'()*+,;=]*)?@)?(?:\[([0-9a-fA-F:.]+)\]|([\p{L}\p{N}\-.]*))(?::(\d*))?$/u
const PATH = /^(?:\/[-\w:@&?=+,.!/~*'%$;()]*)?$/
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/
// java.net.URI parses the URL before the validator looks at it. In a query or fragment it allows
// reserved and unreserved characters, %-escapes, and non-ASCII characters that are neither
// control characters nor spaces; anything else makes the whole URL invalid.
// eslint-disable-next-line no-control-regex -- java.net.URI refuses control characters
const URI_TEXT = /^(?:[\w\-.!~*'();/?:@&=+$,[\]]|%[0-9A-Fa-f]{2}|[^\u0000-\u009F\p{Z}])*$/u
const BARE_PERCENT = /%(?![0-9A-Fa-f]{2})/

export function isValidReturnUrl(url: string): boolean {
  const parts = URL_PARTS.exec(url)
  if (!parts) return false
  const [, scheme, authority, path = '', query, fragment] = parts
  if (!scheme || !/^https?$/i.test(scheme) || authority === undefined) return false
  const host = AUTHORITY.exec(authority)
  if (!host) return false
  const [, ipv6, hostname, port] = host
  if (port !== undefined && (port === '' ? false : Number(port) > 65535)) return false
  if (ipv6 !== undefined ? !isIpv6(ipv6) : !isValidHost(hostname ?? '')) return false
  if (!PATH.test(path) || BARE_PERCENT.test(path) || climbsAboveRoot(path)) return false
  if (query !== undefined && !URI_TEXT.test(query)) return false
  if (fragment !== undefined && !URI_TEXT.test(fragment)) return false
  return true
}

function isValidHost(host: string): boolean {
  if (host === '') return false
  const ipv4 = IPV4.exec(host)
  if (ipv4) return ipv4.slice(1).every((octet) => Number(octet) <= 255)
  const labels = host.replace(/\.$/, '').split('.')
  if (!labels.every((label) => LABEL.test(label))) return false
  if (labels.length === 1) return true // a local, unqualified host name
  const tld = labels[labels.length - 1]?.toLowerCase() ?? ''
  return KNOWN_TLDS.has(tld) || (tld.startsWith('xn--') && tld.length > 4)
}

function isIpv6(address: string): boolean {
  try {
    return new URL(`http://[${address}]/`).hostname.length > 2
  } catch {
    return false
  }
}

function climbsAboveRoot(path: string): boolean {
  let depth = 0
  for (const segment of path.split('/').slice(1)) {
    if (segment === '..') depth--
    else if (segment !== '.' && segment !== '') depth++
    if (depth < 0) return true
  }
  return false
}

// The return URL check (pay-api-contract.md §3.1 step 4): connector's ReturnUrlValidator, an Apache
// Commons UrlValidator for http and https with local URLs and double slashes allowed and the extra
// top-level domains `internal` and `local`. The URL is first parsed by java.net.URI, whose
// character rules it must also pass.
import { describe, expect, it } from 'vitest'
import { isValidReturnUrl } from '../../../../src/simulator/rules/return-url.ts'

describe('isValidReturnUrl', () => {
  it.each([
    'https://your.service.gov.uk/completed',
    'http://localhost:3000/x',
    'http://localhost',
    'http://127.0.0.1/x',
    'http://10.0.0.255:8080/return',
    'https://my.service.internal/x',
    'https://printer.local/',
    'https://app.localhost/',
    'http://intranet/return',
    'https://example.com',
    'https://example.com/',
    'https://example.com.',
    'HTTPS://EXAMPLE.COM/Path',
    'https://example.com:8443/path?query=1&b=2#section',
    'https://example.com:/path',
    'https://user:secret@example.com/',
    'https://example.com//double//slashes',
    'https://example.com/a/../b',
    'https://example.com/./a',
    'https://example.com/a%20b',
    'https://example.com/?q=a%20b',
    'https://example.com/?redirect=https://other.example.com/x?y=1',
    'https://example.com/?list=[1,2]',
    'https://example.com/?name=Zoë',
    'https://example.com/#/route/é',
    'https://münchen.de/zuruck',
    'http://[::1]/x',
    'http://[2001:db8::1]:8080/',
    'https://sub-domain.example.co.uk/path_with-chars~and.dots',
    "https://example.com/a:b@c&d=e+f,g!h*i'j(k)l;m$n",
  ])('accepts %s', (url) => {
    expect(isValidReturnUrl(url)).toBe(true)
  })

  it.each([
    ['text that is not a URL', 'not a url'],
    ['an empty string', ''],
    ['an FTP URL', 'ftp://x.com'],
    ['a mailto URL', 'mailto:someone@example.com'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a file URL', 'file:///etc/passwd'],
    ['a domain without a scheme', 'example.com/path'],
    ['a scheme-relative URL', '//example.com/path'],
    ['a URL without a host', 'https://'],
    ['a URL with one slash', 'http:/example.com'],
    ['a URL without slashes', 'http:example.com'],
    ['an unknown top-level domain', 'https://example.invalidtld'],
    ['a numeric top-level domain', 'https://example.123/'],
    ['a label that starts with a hyphen', 'https://-bad.example.com/'],
    ['a space in the host', 'https://exa mple.com/'],
    ['a port above 65535', 'https://example.com:65536/'],
    ['an IPv4 address with an octet above 255', 'http://256.1.1.1/'],
    ['a bad IPv6 address', 'http://[1:2:3]/'],
    ['a path that climbs above the root', 'https://example.com/../x'],
    ['a path that climbs above the root later', 'https://example.com/a/../../x'],
    ['a space in the path', 'https://example.com/a b'],
    ['a non-ASCII letter in the path', 'https://example.com/zurück'],
    ['a pipe in the path', 'https://example.com/a|b'],
    ['braces in the path', 'https://example.com/{id}'],
    ['a bare percent sign in the path', 'https://example.com/100%'],
    ['a bad escape in the path', 'https://example.com/%zz'],
    ['a space in the query', 'https://example.com/?q=a b'],
    ['angle brackets in the query', 'https://example.com/?q=<b>'],
    ['braces in the query', 'https://example.com/?ref={ref}'],
    ['a quote in the query', 'https://example.com/?q="x"'],
    ['a backslash in the query', 'https://example.com/?q=a\\b'],
    ['a bad escape in the query', 'https://example.com/?q=%zz'],
    ['a no-break space in the query', 'https://example.com/?q=a\u00a0b'],
    ['a space in the fragment', 'https://example.com/#a b'],
    ['two hash signs', 'https://example.com/#a#b'],
    ['a caret in the fragment', 'https://example.com/#a^b'],
    ['a new line', 'https://example.com/\nx'],
    ['leading white space', ' https://example.com/'],
  ])('refuses %s', (_name, url) => {
    expect(isValidReturnUrl(url)).toBe(false)
  })
})

// The web application firewall in front of the real API blocks some requests before the API sees
// them, with 400 P0920 (pay-api-contract.md §1.4): an empty body where JSON is expected, a body of
// a content type it does not recognise, an Accept header that rules out JSON, and characters it
// treats as an attack in the address.

const KNOWN_BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data']
const BLOCKED_IN_ADDRESS = /[<>"\\|]/

function mediaType(header: string | null): string | undefined {
  return header?.split(';')[0]?.trim().toLowerCase() || undefined
}

export function acceptsJson(accept: string | null): boolean {
  if (accept === null || accept.trim() === '') return true
  return accept
    .split(',')
    .map((part) => mediaType(part))
    .some((type) => type === '*/*' || type === 'application/*' || type === 'application/json')
}

export function isBlockedByFirewall(request: Request, url: URL, body: string, expectsBody: boolean): boolean {
  let address: string
  try {
    address = decodeURIComponent(url.pathname + url.search)
  } catch {
    return true
  }
  if (BLOCKED_IN_ADDRESS.test(address)) return true
  if (!acceptsJson(request.headers.get('Accept'))) return true
  if (request.method !== 'POST') return false
  if (body.trim() === '') return expectsBody
  const type = mediaType(request.headers.get('Content-Type'))
  return type === undefined || !KNOWN_BODY_TYPES.includes(type)
}

export function isJsonContentType(header: string | null): boolean {
  return mediaType(header) === 'application/json'
}

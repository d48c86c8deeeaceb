// The query string of a search's pagination links, as the real API's Java chain writes it
// (pay-api-contract.md §3.3, §8.4). The filters pass through two Jersey 2.x UriBuilders and a
// java.net.URI on the way, and this file replays each step:
//
// 1. ledger TransactionSearchParams.buildQueryParamString: `name=value` joined with `&`, values raw.
// 2. ledger PaginationBuilder.uriWithParams: UriBuilder.replaceQuery(that string), which is
//    UriComponent.contextualEncode(query, Type.QUERY): see jerseyQueryEncode.
// 3. publicapi PaginationDecorator.getUriBuilder: new URI(href).getQuery() undoes every %XX: see javaUriDecode.
// 4. publicapi: UriBuilder.fromUri(baseUrl).path(path).replaceQuery(that): jerseyQueryEncode again.
// 5. publicapi: replaceQueryParam(name, null) for each excluded name. The first call parses the query
//    into a MultivaluedStringMap (a java.util.HashMap) with UriComponent.decodeQuery(query, false, false):
//    split at `&` (empty pieces skipped), then at the first `=`; nothing is decoded; a piece with no
//    name (`=x`) is dropped and one with no `=` gets the value "". So an `&` or `=` inside a value
//    makes parameters of its own here. Then the name is removed from the map.
// 6. build(): JerseyUriBuilder.encodeQuery writes `name=value` per value, the names in the map's
//    iteration order (see javaHashMapOrder); UriTemplate.createURI copies a query without `{` as it is.
//
// Not replayed: a `{` or `}` in a value, which Jersey reads as a URI template and which makes the
// real API fail instead of giving a link; here they are just %-encoded.

function javaStringHash(text: string): number {
  let hash = 0
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0
  return hash
}

function tableSize(entries: number): number {
  let capacity = 16
  while (entries > capacity * 0.75) capacity *= 2
  return capacity
}

/**
 * The order a java.util.HashMap iterates `keys` (given in insertion order): by bucket of the
 * spread String.hashCode, ties in insertion order, in a table sized for the most entries the map
 * ever held (`peakSize`: removing entries never shrinks the table).
 */
export function javaHashMapOrder(keys: string[], peakSize = keys.length): string[] {
  const mask = tableSize(peakSize) - 1
  return keys
    .map((key, index) => {
      const hash = javaStringHash(key)
      return { key, index, bucket: (hash ^ (hash >>> 16)) & mask }
    })
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
    .map(({ key }) => key)
}

/** UTF-8 bytes as %XX. Java's encoder writes an unpaired surrogate as `?`. */
function percentEncode(char: string): string {
  const code = char.codePointAt(0) ?? 0
  const bytes = code >= 0xd800 && code <= 0xdfff ? [0x3f] : new TextEncoder().encode(char)
  return [...bytes].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')
}

/**
 * UriComponent.contextualEncode(text, Type.QUERY): letters, digits, `-._~` and `&+=` stay (the
 * QUERY table is unreserved plus sub-delims and `:@/?`, less `!*'();:@$,/?`); a `%` followed by two
 * hex digits is taken as already encoded and kept; everything else, a space too, is %-encoded UTF-8.
 */
function jerseyQueryEncode(text: string): string {
  return text.replace(/%[0-9A-Fa-f]{2}|[^A-Za-z0-9\-._~&+=]/gu, (match) => (match.length === 3 ? match : percentEncode(match)))
}

/** Decodes UTF-8 as Java's decoder does with REPLACE (an encoded surrogate is one U+FFFD, not three). */
function javaUtf8Decode(bytes: number[]): string {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  const isContinuation = (at: number) => (bytes[at] ?? 0) >= 0x80 && (bytes[at] ?? 0) <= 0xbf
  let text = ''
  let start = 0
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0xed || !((bytes[i + 1] ?? 0) >= 0xa0 && isContinuation(i + 1))) continue
    text += decoder.decode(new Uint8Array(bytes.slice(start, i))) + '\uFFFD'
    start = i + (isContinuation(i + 2) ? 3 : 2)
    i = start - 1
  }
  return text + decoder.decode(new Uint8Array(bytes.slice(start)))
}

/** java.net.URI.getQuery(): each run of %XX is decoded as UTF-8; a `+` stays a `+`. */
function javaUriDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => javaUtf8Decode(run.slice(1).split('%').map((hex) => parseInt(hex, 16))))
}

/**
 * The link's query string (without `?`) for the [name, raw value] pairs the search back end
 * writes, in its order, after the public API removes the `excluded` names.
 */
export function paginationQuery(pairs: Array<[string, string]>, excluded: string[]): string {
  const backEndQuery = pairs.map(([name, value]) => `${name}=${value}`).join('&')
  const query = jerseyQueryEncode(javaUriDecode(jerseyQueryEncode(backEndQuery)))
  const params = new Map<string, string[]>()
  for (const piece of query.split('&')) {
    const equals = piece.indexOf('=')
    if (piece === '' || equals === 0) continue
    const [name, value] = equals > 0 ? [piece.slice(0, equals), piece.slice(equals + 1)] : [piece, '']
    params.set(name, [...(params.get(name) ?? []), value])
  }
  return javaHashMapOrder([...params.keys()])
    .filter((name) => !excluded.includes(name))
    .flatMap((name) => (params.get(name) ?? []).map((value) => `${name}=${value}`))
    .join('&')
}

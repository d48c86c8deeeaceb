// The real API rebuilds each pagination link's query string through a java.util.HashMap, so the
// parameters come out in that map's iteration order, not the order they were given in (its own
// code says so: "breaks the order of query parameters"). This reproduces that order: bucket by
// the spread String.hashCode, ties in insertion order, in a table sized for every key the map held.

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

/** `keys` in insertion order; `peakSize` is the most entries the map ever held. */
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

/** Java's URLEncoder: letters, digits and `.-*_` stay, a space is `+`, the rest is %-encoded UTF-8. */
export function javaUrlEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
}

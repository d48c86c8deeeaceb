// The one piece of message formatting the catalogues need: a message with `%s` placeholders (the
// style of the real payment pages' message files) filled in, in order.
export function fillIn(template: string, ...values: readonly string[]): string {
  let next = 0
  return template.replace(/%s/g, (placeholder) => (next < values.length ? values[next++]! : placeholder))
}

// A thrown value as a sentence a person can read on the page. The error's kind is kept when it
// says something ("SecurityError: …", "TypeError: …"); a plain Error gives just its message.
// DOMException is not always an Error subclass (jsdom), so anything with a message counts.
export function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    const name = 'name' in error && typeof error.name === 'string' ? error.name : ''
    if (error.message === '') return name || 'Unknown error'
    return name && name !== 'Error' ? `${name}: ${error.message}` : error.message
  }
  return String(error)
}

// The endpoints a link from a response can fill in. Every operation at the link's address is
// offered, the link's own method first, so a payment's refunds link also offers "Submit a refund";
// but an operation of another method only when it takes what the link carries. A page of search
// results (`…/v1/payments?page=2&display_size=20`) is a GET with a query string, so it offers
// "Search payments" with that query, never "Create a payment", which takes no query.
import { operationsForUrl, type UrlMatch } from '../catalogue/match-url.ts'

const takesQueryOf = (match: UrlMatch): boolean =>
  Object.keys(match.query).every((name) => match.operation.queryParameters.some((parameter) => parameter.name === name))

export function linkOperations(href: string, method = 'GET'): UrlMatch[] {
  const own = method.toUpperCase()
  return operationsForUrl(href, own).filter((match) => match.operation.method === own || takesQueryOf(match))
}

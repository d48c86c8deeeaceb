import { appPaths } from '../../../lib/app-paths.ts'
import { newestPayment, queryOf, requests, responseJson } from './facts.ts'
import type { Lesson } from './lesson.ts'

const SEARCH = /^\/v1\/payments$/
const EVENTS = /^\/v1\/payments\/[0-9a-v]+\/events$/

export const searchAndEventsLesson: Lesson = {
  id: 'search-and-events',
  title: 'Search by reference and read the events',
  summary:
    'Your service can find payments by the reference it gave them, and read every step a payment went through (its events), to answer a user who asks what happened.',
  steps: [
    'Send “Search payments” with the reference of one of your payments.',
    'Send “Get a payment’s events” for it and read the steps, oldest first.',
  ],
  links: (facts) => {
    const newest = newestPayment(facts)
    if (!newest) return [{ text: 'Search payments in the API explorer', to: appPaths.explorer('search-payments') }]
    return [
      { text: `Search for reference ${newest.reference}`, to: appPaths.explorerWith('search-payments', { query: { reference: newest.reference } }) },
      { text: `Read the events of payment ${newest.reference}`, to: appPaths.explorerWith('get-payment-events', { path: { paymentId: newest.id } }) },
    ]
  },
  check: (facts) => {
    const searches = requests(facts, 'GET', SEARCH).filter((exchange) => queryOf(exchange).has('reference') && exchange.status === 200)
    const found = searches.find((exchange) => Number(responseJson(exchange)?.total ?? 0) > 0)
    const events = requests(facts, 'GET', EVENTS).find((exchange) => exchange.status === 200)
    const parts = [
      { label: 'A search by reference that found a payment', done: found !== undefined },
      { label: 'A payment’s events read', done: events !== undefined },
    ]
    if (found && events) return { done: true, parts, evidence: `Your search for “${queryOf(found).get('reference')}” found it, and you read a payment’s events.` }
    const missed = searches[searches.length - 1]
    const hint =
      !found && missed
        ? `No payment has the reference “${queryOf(missed).get('reference')}”: the search matches the whole reference (ignoring case), not part of it. Search for a reference one of your payments has.`
        : undefined
    return { done: false, parts, hint }
  },
}

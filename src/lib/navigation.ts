// The parts of the playground, in the order the service navigation shows them. The header's
// navigation and the start page's list of parts are both built from this one list.
//
// Add an entry only when its route exists and works: a user must never reach a placeholder.
// Each entry's `path` is a route of the hash router (`#/explorer` is the path `/explorer`).

export interface PlaygroundPart {
  /** The link text in the service navigation. */
  label: string
  /** The route, starting with `/`. */
  path: string
  /** One sentence for the start page's list of parts. */
  summary: string
  /** Whether the part is still current on the routes below its path (`/admin/...` for `/admin`). */
  matchDescendants: boolean
}

export const START_PATH = '/'

export const PLAYGROUND_PARTS: readonly PlaygroundPart[] = [
  {
    label: 'Start',
    path: START_PATH,
    summary: 'What the playground is, an API key, and how to call the API.',
    matchDescendants: false,
  },
  {
    label: 'Learn',
    path: '/learn',
    summary: 'Lessons that follow the GOV.UK Pay documentation and tick themselves as you go, and a sample government service that takes payments.',
    matchDescendants: true,
  },
  {
    label: 'API explorer',
    path: '/explorer',
    summary: 'Pick an endpoint, fill in the request, see its code in nine languages, send it and follow the links in the response.',
    matchDescendants: true,
  },
  {
    label: 'Admin site',
    path: '/admin',
    summary: 'See payments and refund them, create and revoke API keys, change what the payment pages ask for, and switch between services.',
    matchDescendants: true,
  },
  {
    label: 'Simulator tools',
    path: '/simulator',
    summary: 'Move the clock forward, make the API fail on purpose, add demo payments, export, import or reset everything.',
    matchDescendants: false,
  },
]

/** The parts other than the start page, for the start page's own list of links. */
export const otherParts = (parts: readonly PlaygroundPart[] = PLAYGROUND_PARTS): PlaygroundPart[] =>
  parts.filter((part) => part.path !== START_PATH)

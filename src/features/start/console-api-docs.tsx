// Documentation of `window.payPlayground`, the console API (src/app/console-api.ts).
import type { ReactNode } from 'react'
import { API_BASE_URL } from '../../simulator/model/api-base.ts'
import { CodeBlock } from '../../ui/code-block.tsx'

interface ConsoleFunction {
  signature: string
  description: ReactNode
}

const FUNCTIONS: ConsoleFunction[] = [
  {
    signature: 'createApiKey(name?)',
    description: (
      <>
        Creates an API key for the current service and resolves to the full key, a string. The name is optional.
        Like a key made on this page, it cannot be shown again.
      </>
    ),
  },
  {
    signature: 'revokeApiKey(key)',
    description: (
      <>
        Revokes a key given in full, as a string. Resolves to <code className="app-code">true</code>, or{' '}
        <code className="app-code">false</code> if there is no such key or it was already revoked. From then on,
        requests with the key get a 401.
      </>
    ),
  },
  {
    signature: 'advanceClock({ minutes })',
    description: (
      <>
        Moves the simulator’s clock forward by at least one of <code className="app-code">minutes</code>,{' '}
        <code className="app-code">hours</code> and <code className="app-code">days</code>, each a number of 0 or
        more (not text, so <code className="app-code">{'{ minutes: 10 }'}</code>, not{' '}
        <code className="app-code">{"{ minutes: '10' }"}</code>), then expires the payments
        whose time has come: a payment not finished 90 minutes after it was created becomes{' '}
        <code className="app-code">failed</code> with code <code className="app-code">P0020</code>. Resolves to{' '}
        <code className="app-code">{'{ now, expired }'}</code>: the new simulated time and how many payments expired.
      </>
    ),
  },
  {
    signature: 'reset()',
    description: (
      <>
        Deletes every service, key and payment and puts the clock back to real time, leaving one service, “My test
        service”, as on a first visit. Resolves when it is done.
      </>
    ),
  },
  {
    signature: 'baseUrl',
    description: (
      <>
        The API’s base URL, <code className="app-code">{API_BASE_URL}</code>. A string, not a promise.
      </>
    ),
  },
  {
    signature: 'createService(name)',
    description: 'Creates another sandbox service, with the settings a new test account has, and resolves to its id. The current service does not change.',
  },
  {
    signature: 'switchService(serviceId)',
    description: (
      <>
        Makes that service the current one, so keys created from then on belong to it. Resolves to its{' '}
        <code className="app-code">{'{ id, name }'}</code>.
      </>
    ),
  },
  {
    signature: 'currentService()',
    description: (
      <>
        Resolves to the current service’s <code className="app-code">{'{ id, name }'}</code>.
      </>
    ),
  },
  {
    signature: 'seedPayments(count, { onProgress }?)',
    description: (
      <>
        Adds <code className="app-code">count</code> demo payments, from 1 to 100,000, in every state and with refunds,
        to the current service. <code className="app-code">onProgress</code>, if given, is called with{' '}
        <code className="app-code">{'{ added, total }'}</code> as they are saved. Resolves to how many were added.
      </>
    ),
  },
]

const EXAMPLE = `const key = await payPlayground.createApiKey('Training key')
// … create a payment with the key, then let 91 minutes pass:
await payPlayground.advanceClock({ minutes: 91 })
await payPlayground.reset()`

export function ConsoleApiDocs() {
  return (
    <>
      <h2 className="govuk-heading-m">Drive the playground from the console</h2>
      <p className="govuk-body">
        Each playground page has a console API, <code className="app-code">window.payPlayground</code>, for use from your
        browser’s developer tools or from your own browser tests. Keys are created for the current service. Every
        function returns a promise, so use <code className="app-code">await</code>.
      </p>
      <p className="govuk-body">
        A call given an argument it cannot use – a number written as text, a misspelt unit, nothing to move the clock
        by – does nothing and rejects with a TypeError that says what it expected.
      </p>
      {FUNCTIONS.map((fn) => (
        <div key={fn.signature}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
            <code className="app-code">payPlayground.{fn.signature}</code>
          </h3>
          <p className="govuk-body">{fn.description}</p>
        </div>
      ))}
      <p className="govuk-body">For example:</p>
      <CodeBlock code={EXAMPLE} />
    </>
  )
}

// A short example of calling the simulated API from page code, at the real API's address, with the
// key made on the start page once there is one (YOUR_API_KEY until then).
import { API_BASE_URL } from '../../simulator/model/api-base.ts'
import { CodeBlock } from '../../ui/code-block.tsx'
import { InsetText } from '../../ui/inset-text.tsx'

export const EXAMPLE_PAYMENT = {
  amount: 14500,
  reference: '12345',
  description: 'Pay your council tax',
  return_url: 'https://your.service.gov.uk/completed',
}

const indent = (text: string, spaces: number): string => text.replaceAll('\n', `\n${' '.repeat(spaces)}`)

export const KEY_PLACEHOLDER = 'YOUR_API_KEY'

export const exampleCode = (apiKey: string = KEY_PLACEHOLDER): string => `const url = '${API_BASE_URL}/v1/payments'
const response = await fetch(url, {
  method: 'POST',
  headers: {
    Authorization: 'Bearer ${apiKey}',
    'Content-Type': 'application/json',
  },
  body: JSON.stringify(${indent(JSON.stringify(EXAMPLE_PAYMENT, null, 2), 2)}),
})
const payment = await response.json()
console.log(response.status, payment._links.next_url.href)`

/** The example as it reads before a key is made. */
export const EXAMPLE_CODE = exampleCode()

export function ApiExample({ apiKey }: { apiKey?: string }) {
  return (
    <>
      <h2 className="govuk-heading-m">Call the API from page code</h2>
      <p className="govuk-body">
        The simulator answers requests to the real API’s address, <code className="app-code">{API_BASE_URL}</code>, made
        from a playground page. To try it, open your browser’s developer tools on this page and paste this into the
        console
        {apiKey === undefined ? (
          <>
            , replacing <code className="app-code">{KEY_PLACEHOLDER}</code> with your key:
          </>
        ) : (
          <>. It uses the key you just made:</>
        )}
      </p>
      <CodeBlock code={exampleCode(apiKey)} />
      <p className="govuk-body">
        You get back a new payment with status 201, as from GOV.UK Pay. Its{' '}
        <code className="app-code">next_url</code> is where your user would go to pay.
      </p>
      <InsetText>
        Only code running in the playground’s own pages reaches the simulator. Requests from other websites, or from
        tools such as curl or Postman, go to the real GOV.UK Pay, which does not accept playground keys.
      </InsetText>
    </>
  )
}

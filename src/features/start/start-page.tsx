// The start page (`#/`): what the playground is, an API key, calling the API (with the key made
// here, once there is one), and the console API.
import { useState } from 'react'
import { pageTitle } from '../../lib/page-title.ts'
import { InsetText } from '../../ui/inset-text.tsx'
import { ApiExample } from './api-example.tsx'
import { ConsoleApiDocs } from './console-api-docs.tsx'
import { CreateKeySection } from './create-key-section.tsx'
import { PartsList } from './parts-list.tsx'
import type { StartPageKey } from './start-key.ts'

export function StartPage() {
  const [created, setCreated] = useState<StartPageKey>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle('Try the GOV.UK Pay API in your browser')}</title>
        <h1 className="govuk-heading-xl">Try the GOV.UK Pay API in your browser</h1>
        <p className="govuk-body-l">
          The playground simulates GOV.UK Pay – the API, the hosted payment pages your users pay on, and the admin site –
          entirely in your browser. Nothing you do here leaves the browser, and it behaves like a real GOV.UK Pay test
          service: the same requests, responses, errors and test cards.
        </p>
        <InsetText>
          This is an unofficial simulation, not GOV.UK Pay. No real payments are taken, and playground API keys do not
          work with the real service.
        </InsetText>
        <PartsList />
        <CreateKeySection created={created} onCreated={setCreated} />
        <ApiExample apiKey={created?.key} />
        <ConsoleApiDocs />
      </div>
    </div>
  )
}

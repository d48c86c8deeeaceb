// "Signing Secret": the secret every message's Pay-Signature is made with, a button to copy it, and
// how to check a signature in Node.js, Python, Ruby and Java.
import type { WebhookRecord } from '../../../simulator/model/webhook-types.ts'
import { CodeBlock } from '../../../ui/code-block.tsx'
import { CopyButton } from '../../../ui/copy-button.tsx'
import { Details } from '../../../ui/details.tsx'
import { SIGNATURE_SNIPPETS } from './signature-snippets.ts'

export function SigningSecretSection({ webhook }: { webhook: WebhookRecord }) {
  return (
    <>
      <h2 className="govuk-heading-m">Signing Secret</h2>
      <p className="govuk-body">
        Webhook messages sent by GOV.UK Pay will include a signature. Only your application should store this secret to verify
        messages are from GOV.UK Pay.
      </p>
      <h3 className="govuk-visually-hidden">{webhook.description} signing secret</h3>
      <code id="signing-secret" className="app-signing-secret">
        {webhook.signingKey}
      </code>
      <CopyButton text={webhook.signingKey} label="Copy signing secret to clipboard" what="Signing secret" copiedMessage="Signing secret copied" />
      <Details summary="How to check a message’s signature">
        <p className="govuk-body">
          Each message has a <code className="app-code">Pay-Signature</code> header: the HMAC-SHA256 of the message body, keyed
          with this secret (both as UTF-8 bytes), as lower-case hexadecimal. Work it out from the body exactly as you received
          it, before parsing it, and ignore the message if the two differ. These examples read the secret from{' '}
          <code className="app-code">PAY_WEBHOOK_SECRET</code>.
        </p>
        {SIGNATURE_SNIPPETS.map((snippet) => (
          <div key={snippet.language}>
            <h3 className="govuk-heading-s">{snippet.language}</h3>
            <CodeBlock code={snippet.code} label={`Checking the signature in ${snippet.language}`} />
          </div>
        ))}
      </Details>
    </>
  )
}

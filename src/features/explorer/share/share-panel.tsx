// A link that opens the explorer on this endpoint with the same inputs. The API key is never in it.
import { CopyButton } from '../../../ui/copy-button.tsx'

export function SharePanel({ link }: { link: string }) {
  return (
    <section aria-labelledby="share-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="share-heading">
        Share this request
      </h2>
      <p className="govuk-body">
        This link opens the explorer with this endpoint and what you have typed. It does not include your API key.
      </p>
      <p className="govuk-body">
        <code className="app-code" id="share-link">
          {link}
        </code>
      </p>
      <CopyButton text={link} label="Copy the link to this request" what="Link" />
    </section>
  )
}

// Shown instead of the app when the simulator, or the app itself, could not be started.
import { describeError } from '../../lib/describe-error.ts'
import { pageTitle } from '../../lib/page-title.ts'
import { InsetText } from '../../ui/inset-text.tsx'
import { BootFrame } from './boot-frame.tsx'

export type StartFailure = 'simulator' | 'app'

export function StartFailedPage({ failure, error }: { failure: StartFailure; error: unknown }) {
  return (
    <BootFrame>
      <title>{pageTitle(failure === 'simulator' ? 'The simulator could not start' : 'The playground could not load')}</title>
      <h1 className="govuk-heading-l">
        {failure === 'simulator' ? 'The simulator could not start' : 'The playground could not load'}
      </h1>
      <p className="govuk-body">
        {failure === 'simulator'
          ? 'The playground runs GOV.UK Pay inside your browser, and your browser stopped it from starting.'
          : 'The simulator started, but part of the playground failed to load.'}
      </p>
      <p className="govuk-body">The reason given was:</p>
      <InsetText>{describeError(error)}</InsetText>
      <h2 className="govuk-heading-m">What you can do</h2>
      <ul className="govuk-list govuk-list--bullet">
        {failure === 'simulator' && (
          <>
            <li>open the playground from an https:// address or from localhost – browsers only run service workers there</li>
            <li>use a normal window rather than a private one, where some browsers turn off storage or service workers</li>
          </>
        )}
        <li>reload the page</li>
        <li>try another browser</li>
      </ul>
    </BootFrame>
  )
}

// What the page shows from the first moment until the simulator is running.
import { BootFrame } from './boot-frame.tsx'

export function StartingPage() {
  return (
    <BootFrame>
      <div role="status">
        <h1 className="govuk-heading-l">Starting the simulator…</h1>
        <p className="govuk-body">The simulated GOV.UK Pay is getting ready in your browser. This takes a moment.</p>
      </div>
    </BootFrame>
  )
}

// "What does this mean?" under a payment status that ended without the money being taken.
import type { ExternalState } from '../../../simulator/model/payment-status.ts'
import { Details } from '../../../ui/details.tsx'

function explanation(state: ExternalState): string[] | undefined {
  switch (state.code) {
    case 'P0010':
      return [
        'The payment was declined by the card issuer, so no money was taken.',
        'In the sandbox this happens when the user pays with one of the test cards that are always declined, such as 4000000000000002.',
      ]
    case 'P0020':
      return [
        'The user’s payment session timed out. This means the user took longer than 90 minutes to complete their payment details.',
        'In the playground you can make this happen at once by moving the simulator’s clock forward.',
      ]
    case 'P0030':
      return [
        'The payment was cancelled by the user. This means the user clicked on the ‘Cancel payment’ button.',
        'A user who chooses to go back to your service before finishing also cancels the payment.',
      ]
    case 'P0040':
      return [
        'Your service cancelled the payment before the user finished it, through the API or from this admin site.',
        'No money was taken.',
      ]
    case 'P0050':
      return [
        'The payment provider returned an error, so the payment could not be taken.',
        'In the sandbox this happens when the user pays with the test card 4000000000000119.',
      ]
    default:
      return undefined
  }
}

export function StatusExplanation({ state }: { state: ExternalState }) {
  const paragraphs = explanation(state)
  if (!paragraphs) return null
  return (
    <Details summary="What does this mean?" className="govuk-!-margin-top-2 govuk-!-margin-bottom-0">
      {paragraphs.map((text) => (
        <p className="govuk-body" key={text}>
          {text}
        </p>
      ))}
    </Details>
  )
}

// The body the lessons fill the explorer's "Create a payment" with: a reference the trainee can
// search for later, and a return URL the payment pages will show.
export const LESSON_RETURN_URL = 'https://your.service.gov.uk/completed'

export function lessonPaymentBody(reference: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    { amount: 1450, reference, description: 'Pay for your lesson', return_url: LESSON_RETURN_URL, ...extra },
    null,
    2,
  )
}

// Where `#/return/:paymentId` sends the user: a return URL on the playground's own origin is
// followed; anywhere else gets the playground's "Return to your service" page, so nobody is sent
// off to a site that is not expecting them.
export function isOwnOrigin(returnUrl: string, here: string = window.location.href): boolean {
  try {
    return new URL(returnUrl).origin === new URL(here).origin
  } catch {
    return false
  }
}

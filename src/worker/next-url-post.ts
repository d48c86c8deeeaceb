// `next_url_post`: a service's page may send its user to the payment pages with a form post to
// `<site>/secure` carrying `chargeTokenId`, as the real service allows. A static host cannot take
// a POST, but the worker can: it answers the navigation with a redirect to the same one-time link
// that `next_url` opens.
export const NEXT_URL_POST_PATH = 'secure'

export function isNextUrlPost(request: Request, scope: string): boolean {
  return request.method === 'POST' && request.mode === 'navigate' && request.url.split(/[?#]/)[0] === new URL(NEXT_URL_POST_PATH, scope).href
}

export async function answerNextUrlPost(request: Request, scope: string): Promise<Response> {
  let token = ''
  try {
    const value = (await request.formData()).get('chargeTokenId')
    if (typeof value === 'string') token = value
  } catch {
    // Not a form: the link page explains that the link cannot be used.
  }
  // An unknown token (or none) gets the page the real service shows for a link that cannot be used.
  return Response.redirect(`${scope}#/secure/${encodeURIComponent(token || 'none')}`, 303)
}

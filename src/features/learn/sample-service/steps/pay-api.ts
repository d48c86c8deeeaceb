// The service's GOV.UK Pay client: one function that calls the public API with fetch, as the
// service's server would. It keeps a copy of each request and answer, with the key hidden, so
// the page can show what the service just did.
export const PAY_API = 'https://publicapi.payments.service.gov.uk'

export interface PayExchange {
  method: string
  url: string
  requestBody?: unknown
  status: number
  responseBody: unknown
}

export async function callPay(apiKey: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<PayExchange> {
  const response = await fetch(`${PAY_API}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${apiKey}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const responseBody: unknown = text === '' ? undefined : JSON.parse(text)
  return { method, url: `${PAY_API}${path}`, requestBody: body, status: response.status, responseBody }
}

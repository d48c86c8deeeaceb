// The Pay-Signature header (pay-webhooks WebhookMessageSignatureGenerator): the lower-case hex
// HMAC-SHA256 of the exact body bytes, keyed with the signing secret's UTF-8 bytes. Web Crypto, so
// the same code runs in pages, the service worker and Node.
export const SIGNATURE_HEADER = 'Pay-Signature'

export async function signWebhookBody(signingKey: string, body: string): Promise<string> {
  const encoder = new TextEncoder()
  const key = await crypto.subtle.importKey('raw', encoder.encode(signingKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(body)))
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

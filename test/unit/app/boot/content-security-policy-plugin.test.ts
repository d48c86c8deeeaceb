// index.html carries the Content Security Policy; the plugin keeps it in builds (refusing a page
// the policy would break) and takes it out for the development server.
import fs from 'node:fs'
import path from 'node:path'
import type { IndexHtmlTransformContext } from 'vite'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicyPlugin } from '../../../../src/app/boot/content-security-policy-plugin.ts'

const indexHtml = fs.readFileSync(path.resolve(process.cwd(), 'index.html'), 'utf8') // vitest runs from the project's root

function policyOf(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
  if (!content) throw new Error('no policy')
  return new Map(content.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]))
}

function transform(html: string, server: boolean): string {
  const hook = contentSecurityPolicyPlugin().transformIndexHtml as { handler: (html: string, context: IndexHtmlTransformContext) => string }
  const context = (server ? { server: {}, path: '/', filename: 'index.html' } : { path: '/', filename: 'index.html' }) as IndexHtmlTransformContext
  return hook.handler(html, context)
}

describe('the Content Security Policy in index.html', () => {
  it('allows the page’s own scripts, styles, workers and images, requests to the API’s address, the loopback bridge and webhook callback URLs, and nothing else', () => {
    const policy = policyOf(indexHtml)
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'"],
      // Webhook messages sent by the browser, when no bridge is connected: to an HTTPS callback URL,
      // or to this machine's loopback address (decision 016).
      'connect-src': ["'self'", 'https://publicapi.payments.service.gov.uk', 'ws://127.0.0.1:*', 'ws://localhost:*', 'https:', 'http://127.0.0.1:*', 'http://localhost:*'],
      'worker-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'none'"],
    })
  })

  it('comes before anything the page loads, and the page has no inline script', () => {
    const policyAt = indexHtml.indexOf('Content-Security-Policy')
    expect(policyAt).toBeGreaterThan(0)
    expect(policyAt).toBeLessThan(indexHtml.indexOf('<link'))
    expect(policyAt).toBeLessThan(indexHtml.indexOf('<script'))
    expect(indexHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })
})

describe('contentSecurityPolicyPlugin', () => {
  it('keeps the policy in a build', () => {
    expect(transform(indexHtml, false)).toContain('http-equiv="Content-Security-Policy"')
  })

  it('takes the policy out for the development server, whose hot reloading runs inline scripts', () => {
    const served = transform(indexHtml, true)
    expect(served).not.toContain('Content-Security-Policy"')
    expect(served).toContain('<title>GOV.UK Pay Playground</title>')
  })

  it('refuses to build a page with an inline script or style, which the policy would block', () => {
    expect(() => transform(indexHtml.replace('<div id="root">', '<script>alert(1)</script><div id="root">'), false)).toThrow(/inline script or style/)
    expect(() => transform(indexHtml.replace('<div id="root">', '<div id="root" style="color: red">'), false)).toThrow(/inline script or style/)
    expect(() => transform(indexHtml.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''), false)).toThrow(/lost its Content-Security-Policy/)
  })
})

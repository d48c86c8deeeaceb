// Build-time (Node) Vite plugin for the Content Security Policy that index.html declares:
// - the development server drops the policy, because its hot reloading runs inline scripts and
//   talks to the page over a WebSocket, neither of which the policy allows;
// - a production build fails if its page would carry an inline script or style, which the policy
//   would block in the browser (the page would then fail without saying why).
import type { Plugin } from 'vite'

const POLICY_META = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>/i
const INLINE_STYLE = /<style\b|\sstyle="/i

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'pay-playground:content-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.server) return html.replace(POLICY_META, '')
        if (!POLICY_META.test(html)) throw new Error('index.html has lost its Content-Security-Policy meta tag')
        if (INLINE_SCRIPT.test(html) || INLINE_STYLE.test(html)) {
          throw new Error('The built index.html has an inline script or style, which its Content Security Policy blocks')
        }
        return html
      },
    },
  }
}

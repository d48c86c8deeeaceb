// What the simulator needs from the browser before it can start. Checked first, so a missing
// capability gives a clear message on the page instead of a broken playground.
//
// The simulator signs and checks API keys with the Web Crypto API (crypto.subtle), which browsers
// only provide on secure pages: https:// addresses and localhost. On a plain http:// address
// service workers are missing too, and the simulator would otherwise start in compatibility mode
// only to fail at the first API key.
export function checkBrowserRequirements(scope: { crypto?: Crypto; isSecureContext?: boolean } = globalThis): void {
  if (!scope.crypto?.subtle) {
    throw new Error(
      scope.isSecureContext === false
        ? 'This page is not secure (it was not opened from an https:// address or from localhost), so the browser withholds the Web Crypto API the simulator needs for API keys.'
        : 'This browser does not provide the Web Crypto API (crypto.subtle) that the simulator needs for API keys.',
    )
  }
}

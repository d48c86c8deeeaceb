// The 404.html the build writes next to index.html: a short page whose script sends an old
// non-hash link on to the matching hash route of the app (src/static-host/not-found-redirect.ts).
// Without JavaScript it still says what happened and links to the site's root.
import { notFoundRedirect, type NotFoundConfig } from './not-found-redirect.ts'

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** Inline styles only: any stylesheet address would be relative to an unknown depth. */
const STYLE = `
  body { margin: 0; font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; background: #fff; }
  .width { max-width: 960px; margin: 0 auto; padding: 0 15px; }
  header { background: #1d70b8; color: #fff; padding: 15px 0; font-weight: bold; font-size: 24px; }
  main.width { display: block; padding: 40px 15px; font-size: 19px; line-height: 1.3; }
  h1 { font-size: 48px; line-height: 1.1; margin: 0 0 30px; }
  a { color: #1d70b8; text-decoration-thickness: max(1px, .0625rem); text-underline-offset: .15em; }
  a:focus { outline: 3px solid transparent; color: #0b0c0c; background-color: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
`

export function notFoundPage(config: NotFoundConfig): string {
  const home = config.base && config.base.startsWith('/') ? config.base : '/'
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Page not found – GOV.UK Pay Playground</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <header><div class="width">GOV.UK Pay Playground</div></header>
    <main id="main-content" class="width">
      <h1>Page not found</h1>
      <p id="not-found-status">There is no page at this address. The playground’s pages have addresses with <code>#/</code> in them.</p>
      <p><a id="not-found-home" href="${escapeHtml(home)}">Go to the GOV.UK Pay Playground</a></p>
    </main>
    <script>
      (${notFoundRedirect.toString()})(${JSON.stringify(config).replace(/</g, '\\u003c')}, window).then(function (target) {
        if (target === null) return;
        document.getElementById('not-found-status').textContent = 'Taking you to the same page in the playground…';
        document.getElementById('not-found-home').href = target;
      });
    </script>
  </body>
</html>
`
}

// 404.html: a plain page that says what happened, with the redirect script built in.
import { describe, expect, it } from 'vitest'
import { notFoundPage } from '../../../src/static-host/not-found-page.ts'

const config = { marker: 'precache-manifest.json', worker: 'service-worker.js' }

function render(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html')
}

describe('404.html', () => {
  it('says the page was not found and links to the site, which is the build base when it is known', () => {
    const page = render(notFoundPage({ ...config, base: '/my-fork/' }))
    expect(page.documentElement.lang).toBe('en')
    expect(page.querySelector('h1')?.textContent).toBe('Page not found')
    expect(page.querySelector('a')?.getAttribute('href')).toBe('/my-fork/')
    expect(page.querySelector('a')?.textContent).toBe('Go to the GOV.UK Pay Playground')
    expect(page.querySelector('script')?.textContent).toContain('"base":"/my-fork/"')
  })

  it('links to the host root and leaves the base to be found when the build is relative', () => {
    const page = render(notFoundPage({ ...config, base: null }))
    expect(page.querySelector('a')?.getAttribute('href')).toBe('/')
    expect(page.querySelector('script')?.textContent).toContain('"base":null')
  })

  it('needs no other file: no stylesheet, image or script is loaded from an address', () => {
    const page = render(notFoundPage({ ...config, base: null }))
    expect(page.querySelectorAll('link, img, script[src]')).toHaveLength(0)
  })
})

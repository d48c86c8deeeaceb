// Pages with no playground code at all, served from inside the site (beside index.html) for one
// test: the production build's folder gets the file for as long as the test needs it.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url))
const dist = path.resolve(projectRoot, process.env.E2E_DIST ?? 'dist')

/** Writes `html` to `name` in the built site; returns a function that removes it. */
export function addPageToSite(name: string, html: string): () => void {
  const file = path.join(dist, name)
  fs.writeFileSync(file, html)
  return () => fs.rmSync(file, { force: true })
}

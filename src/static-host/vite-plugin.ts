// Build step for static hosts such as GitHub Pages (runs in Node, inside `vite build`):
// - 404.html, which sends an old non-hash link on to the matching hash route of the app;
// - precache-manifest.json, the list of the build's files that the page keeps for offline use.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { notFoundPage } from './not-found-page.ts'
import { PRECACHE_MANIFEST_FILE, SERVICE_WORKER_FILE, type PrecacheManifest } from './site-cache.ts'

/** Files the page never needs to cache: the worker script (the browser keeps it) and source maps. */
const NOT_CACHED = new Set([PRECACHE_MANIFEST_FILE, SERVICE_WORKER_FILE])

function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return []
    const relative = `${prefix}${entry.name}`
    return entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${relative}/`) : [relative]
  })
}

/** Every file of a finished build that the app may load, and a version that changes with any of them. */
export function precacheManifest(outDir: string): PrecacheManifest {
  const files = filesUnder(outDir)
    .filter((file) => !NOT_CACHED.has(file) && !file.endsWith('.map'))
    .sort()
  const hash = createHash('sha256')
  for (const file of files) hash.update(file).update('\0').update(fs.readFileSync(path.join(outDir, file)))
  return { version: hash.digest('hex').slice(0, 16), files }
}

export function staticHostPlugin(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'pay-playground:static-host',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    generateBundle() {
      const base = config.base.startsWith('/') ? config.base : null
      this.emitFile({
        type: 'asset',
        fileName: '404.html',
        source: notFoundPage({ base, marker: PRECACHE_MANIFEST_FILE, worker: SERVICE_WORKER_FILE }),
      })
    },
    closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir)
      if (!fs.existsSync(path.join(outDir, 'index.html'))) return
      const manifest = precacheManifest(outDir)
      fs.writeFileSync(path.join(outDir, PRECACHE_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    },
  }
}

// Builds the service worker (src/worker/main.ts) into one classic script at the site's root,
// `service-worker.js` beside index.html, so its scope can be the site's base path on any static
// host (GitHub Pages cannot send the header that would allow a wider scope). The development server
// answers the same address with the same bundle, rebuilt when a file it is made from changes.
import path from 'node:path'
import { build, type Plugin } from 'vite'
import { SERVICE_WORKER_FILE } from './site-cache.ts'

const ENTRY = 'src/worker/main.ts'

async function bundleWorker(root: string, minify: boolean): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: path.join(root, ENTRY), formats: ['iife'], name: 'payPlaygroundWorker', fileName: () => SERVICE_WORKER_FILE },
    },
  })
  const outputs = Array.isArray(result) ? result : [result]
  for (const output of outputs) {
    if (!('output' in output)) continue
    const chunk = output.output.find((file) => file.type === 'chunk')
    if (chunk && chunk.type === 'chunk') return chunk.code
  }
  throw new Error('Building the service worker produced no script')
}

export function serviceWorkerPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'pay-playground:service-worker',
    configResolved(config) {
      root = config.root
    },
    configureServer(server) {
      let bundle: Promise<string> | undefined
      // The worker is made from the simulator and the worker's own files; any change rebuilds it.
      server.watcher.on('change', (file) => {
        if (file.includes(`${path.sep}src${path.sep}`)) bundle = undefined
      })
      server.middlewares.use((request, response, next) => {
        const address = request.url?.split('?')[0] ?? ''
        if (address !== `${server.config.base.replace(/\/?$/, '/')}${SERVICE_WORKER_FILE}`) return next()
        bundle ??= bundleWorker(root, false)
        bundle.then(
          (code) => {
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8')
            response.setHeader('Cache-Control', 'no-cache')
            response.end(code)
          },
          (error: unknown) => {
            bundle = undefined
            next(error)
          },
        )
      })
    },
    async generateBundle() {
      if (this.environment.config.command !== 'build') return
      this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: await bundleWorker(root, true) })
    },
  }
}

// The production site for the bench: built into its own folder, measured (JavaScript sizes from
// Vite's manifest), and served under /pay-playground/ by the same GitHub-Pages-like server the
// end-to-end tests use.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { SERVICE_WORKER_FILE } from '../../src/static-host/site-cache.ts'

export const SITE_PATH = '/pay-playground/'

/**
 * Builds the site as `npm run build` does, in a process of its own: this process runs under Vite's
 * module runner, which sets NODE_ENV to development, and a build made here would bundle React's
 * development build. A manifest is written too, for the script sizes.
 */
export async function buildSite(root: string, outDir: string): Promise<void> {
  const env = { ...process.env }
  delete env.NODE_ENV
  delete env.BASE_PATH
  const child = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`vite build stopped with code ${code}`)
}

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
}

export interface ScriptSizes {
  /** Gzipped bytes of the JavaScript the page loads before its first render ("Starting the simulator…"). */
  beforeFirstRender: number
  beforeFirstRenderFiles: string[]
  /** Gzipped bytes of the simulator's own chunk(s), loaded by the dynamic import in main.tsx. */
  simulator: number
  simulatorFiles: string[]
  /** Gzipped bytes of the service worker script, which the page registers and never loads itself. */
  worker: number
  workerFile: string
}

/** Sizes as a static host sends them: each file gzipped (zlib's default level, as most servers use). */
export function scriptSizes(outDir: string): ScriptSizes {
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen
    seen.add(key)
    for (const imported of manifest[key]?.imports ?? []) closure(imported, seen)
    return seen
  }
  const files = (keys: Iterable<string>) => [...keys].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'))
  const gzipped = (list: string[]) => list.reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(outDir, file))).length, 0)
  const entry = closure('index.html')
  const simulatorKey = Object.keys(manifest).find((key) => key.endsWith('src/simulator/start.ts'))
  if (!simulatorKey) throw new Error('The build has no chunk for src/simulator/start.ts')
  const simulator = [...closure(simulatorKey)].filter((key) => !entry.has(key))
  // index.html may also load classic scripts of its own (copied from public/, so not in the manifest).
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')
  const classic = [...html.matchAll(/<script\b[^>]*\bsrc="\.?\/?([^"]+\.js)"/g)].map((match) => match[1]!)
  const beforeFirstRenderFiles = [...new Set([...classic, ...files(entry)])]
  // The worker is built apart from the app (src/static-host/service-worker-plugin.ts), so it is in no manifest.
  if (!fs.existsSync(path.join(outDir, SERVICE_WORKER_FILE))) throw new Error(`The build has no ${SERVICE_WORKER_FILE}`)
  if (beforeFirstRenderFiles.includes(SERVICE_WORKER_FILE)) throw new Error(`index.html loads ${SERVICE_WORKER_FILE} as a page script`)
  const simulatorFiles = files(simulator)
  return {
    beforeFirstRender: gzipped(beforeFirstRenderFiles),
    beforeFirstRenderFiles,
    simulator: gzipped(simulatorFiles),
    simulatorFiles,
    worker: gzipped([SERVICE_WORKER_FILE]),
    workerFile: SERVICE_WORKER_FILE,
  }
}

/** A port on the loopback interface that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export interface Started {
  url: string
  stop: () => Promise<void>
}

/** Starts a child process and resolves once a line of its output matches `ready`. */
export function startProcess(command: string, args: string[], options: { cwd: string; ready: RegExp; name: string; timeoutMs: number }): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill()
      reject(new Error(`${options.name} did not start within ${options.timeoutMs / 1000} s:\n${output.slice(-2000)}`))
    }, options.timeoutMs)
    const watch = (chunk: Buffer) => {
      output += chunk.toString()
      if (options.ready.test(output)) {
        clearTimeout(timer)
        child.stdout?.removeAllListeners('data')
        child.stderr?.removeAllListeners('data')
        child.stdout?.resume()
        child.stderr?.resume()
        resolve(child)
      }
    }
    child.stdout?.on('data', watch)
    child.stderr?.on('data', watch)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${options.name} stopped with code ${code}:\n${output.slice(-2000)}`))
    })
  })
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

export async function serveSite(root: string, outDir: string): Promise<Started> {
  const port = await freePort()
  const child = await startProcess(process.execPath, ['test/e2e/support/serve-dist.mjs', outDir, SITE_PATH, String(port)], {
    cwd: root,
    ready: /Serving /,
    name: 'The static server',
    timeoutMs: 10_000,
  })
  return { url: `http://127.0.0.1:${port}${SITE_PATH}`, stop: () => stopProcess(child) }
}

// The bench's script sizes, read from a build's manifest: the JavaScript before the first render,
// the simulator's chunks, and the service worker, which the app's build emits apart from its manifest.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { scriptSizes } from '../../bench/site.ts'

let dir: string
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  fs.writeFileSync(path.join(dir, file), text)
}
const gzipped = (text: string) => gzipSync(text).length

const ENTRY = 'console.log("entry")'.repeat(50)
const SHARED = 'export const shared = 1;'.repeat(40)
const START = 'export const start = 2;'.repeat(60)
const WORKER = 'self.addEventListener("fetch", () => {});'.repeat(200)

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sizes-'))
  write(
    '.vite/manifest.json',
    JSON.stringify({
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/simulator/start.ts'] },
      '_shared.js': { file: 'assets/shared.js' },
      'src/simulator/start.ts': { file: 'assets/start.js', imports: ['_shared.js'] },
    }),
  )
  write('index.html', '<script type="module" crossorigin src="./assets/index.js"></script><script src="./supported.js"></script>')
  write('assets/index.js', ENTRY)
  write('assets/shared.js', SHARED)
  write('assets/start.js', START)
  write('supported.js', 'document.body.className = "x"')
  write('service-worker.js', WORKER)
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('the script sizes of a build', () => {
  it('counts the entry’s closure and the page’s classic scripts before the first render, and the simulator apart', () => {
    const sizes = scriptSizes(dir)
    expect(sizes.beforeFirstRenderFiles.sort()).toEqual(['assets/index.js', 'assets/shared.js', 'supported.js'])
    expect(sizes.simulatorFiles).toEqual(['assets/start.js'])
    expect(sizes.simulator).toBe(gzipped(START))
  })

  it('measures the service worker on its own, never as a script before the first render', () => {
    const sizes = scriptSizes(dir)
    expect(sizes).toMatchObject({ workerFile: 'service-worker.js', worker: gzipped(WORKER) })
    expect(sizes.beforeFirstRenderFiles).not.toContain('service-worker.js')
  })

  it('refuses a build without the worker, or one whose page loads the worker as a script', () => {
    fs.rmSync(path.join(dir, 'service-worker.js'))
    expect(() => scriptSizes(dir)).toThrow('The build has no service-worker.js')
    write('service-worker.js', WORKER)
    write('index.html', '<script src="./service-worker.js"></script>')
    expect(() => scriptSizes(dir)).toThrow('index.html loads service-worker.js')
  })
})

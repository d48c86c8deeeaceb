// Starts a second copy of the GitHub-Pages-like server for a test, under a sub-path of its choosing.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url))
let nextPort = Number(process.env.E2E_PORT ?? 4173) + 17

export async function serveDist(prefix: string): Promise<{ url: string; close: () => Promise<void> }> {
  const port = nextPort++
  const child = spawn(process.execPath, ['test/e2e/support/serve-dist.mjs', process.env.E2E_DIST ?? 'dist', prefix, String(port)], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve())
    child.once('exit', (code) => reject(new Error(`The static server stopped with code ${code}`)))
  })
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill()
      }),
  }
}

// A local Prism mock server answering the same API from the playground's own OpenAPI document, on
// a loopback port, for the side-by-side figures. Started by the bench and stopped afterwards.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runnerImport } from 'vite'
import { freePort, startProcess, stopProcess, type Started } from './site.ts'

export async function startPrism(root: string): Promise<Started> {
  const { module } = await runnerImport<{ openApiJson: () => string }>(path.join(root, 'src/simulator/operations/openapi/document.ts'), {
    configFile: false,
    logLevel: 'error',
  })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pay-playground-bench-'))
  const spec = path.join(dir, 'openapi.json')
  fs.writeFileSync(spec, module.openApiJson())
  const port = await freePort()
  const cli = path.join(root, 'node_modules/@stoplight/prism-cli/dist/index.js')
  const child = await startProcess(process.execPath, [cli, 'mock', '--host', '127.0.0.1', '--port', String(port), '--errors', 'false', spec], {
    cwd: root,
    ready: /Prism is listening/,
    name: 'Prism',
    timeoutMs: 60_000,
  })
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stopProcess(child)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

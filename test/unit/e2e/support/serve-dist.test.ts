// `npm run preview` (test/e2e/support/serve-dist.mjs): the port comes from PORT, and a busy or
// unusable port ends with a sentence saying which port and how to choose another, a non-zero exit
// code and no stack trace.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const SCRIPT = path.resolve('test/e2e/support/serve-dist.mjs')

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

const started: Array<() => void> = []
afterEach(() => {
  for (const stop of started.splice(0)) stop()
})

/** Runs the server as `npm run preview` does (no arguments), with `env` added; resolves when it exits. */
function runPreview(env: Record<string, string>, args: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill(), 10_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** A port with something listening on it, closed after the test. */
async function busyPort(): Promise<number> {
  const blocker = net.createServer()
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
  started.push(() => blocker.close())
  return (blocker.address() as net.AddressInfo).port
}

async function freePort(): Promise<number> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as net.AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

const STACK_LINE = /^\s+at /m

describe('npm run preview', { timeout: 20_000 }, () => {
  it('says which port is busy and how to choose another, and exits with a non-zero code and no stack trace', async () => {
    const port = await busyPort()
    const run = await runPreview({ PORT: String(port) })
    expect(run.code).not.toBe(0)
    expect(run.code).not.toBeNull()
    expect(run.stderr).toContain(`Port ${port} is already in use`)
    expect(run.stderr).toMatch(/PORT=\d+ npm run preview/)
    expect(run.stderr).not.toMatch(STACK_LINE)
    expect(run.stderr).not.toContain('EADDRINUSE')
  })

  it('refuses a PORT that is not a port number, saying what it expects', async () => {
    const run = await runPreview({ PORT: 'eighty' })
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain('PORT must be a whole number from 1 to 65535')
    expect(run.stderr).toContain('“eighty”')
    expect(run.stderr).not.toMatch(STACK_LINE)
  })

  it('serves on the port PORT gives', async () => {
    const port = await freePort()
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-dist-'))
    fs.writeFileSync(path.join(dist, 'index.html'), '<p>served</p>')
    const child = spawn(process.execPath, [SCRIPT, dist], { env: { ...process.env, PORT: String(port) }, stdio: 'pipe' })
    started.push(() => child.kill())
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && resolve()))
    const response = await fetch(`http://127.0.0.1:${port}/pay-playground/`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<p>served</p>')
  })
})

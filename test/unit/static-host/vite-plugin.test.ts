// The build step for static hosts: the list of files kept for offline use, and 404.html.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { precacheManifest } from '../../../src/static-host/vite-plugin.ts'

let dir: string | undefined

function buildOutput(files: Record<string, string>): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-host-'))
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), content)
  }
  return dir
}

afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

describe('the offline file list', () => {
  it('lists every file the app loads, but not the worker scripts, source maps or hidden folders', () => {
    const out = buildOutput({
      'index.html': '<!doctype html>',
      '404.html': 'not found',
      'favicon.svg': '<svg/>',
      'assets/index-a1.js': 'js',
      'assets/index-a1.js.map': '{}',
      'assets/index-b2.css': 'css',
      'service-worker.js': 'sw',
      '.vite/manifest.json': '{}',
    })
    expect(precacheManifest(out).files).toEqual(['404.html', 'assets/index-a1.js', 'assets/index-b2.css', 'favicon.svg', 'index.html'])
  })

  it('has a version that changes when any listed file changes, even one whose name stays', () => {
    const out = buildOutput({ 'index.html': 'one', 'assets/a.js': 'a' })
    const first = precacheManifest(out).version
    expect(precacheManifest(out).version).toBe(first)
    fs.writeFileSync(path.join(out, 'index.html'), 'two')
    expect(precacheManifest(out).version).not.toBe(first)
  })
})

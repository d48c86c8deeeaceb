#!/usr/bin/env node
// `npm run bridge`: loads the bridge (TypeScript) through Vite's module runner, since Node 20
// cannot run TypeScript itself, and runs it. See src/bridge/main.ts.
import { runnerImport } from 'vite'
import { fileURLToPath } from 'node:url'

const entry = fileURLToPath(new URL('./main.ts', import.meta.url))
const { module } = await runnerImport(entry, { configFile: false, logLevel: 'error' })
process.exitCode = await module.main(process.argv.slice(2))

// Builds pay-playground/testing (src/testing/index.ts) into dist-testing/, the folder `npm pack`
// ships (package.json "files"; the "prepack" script runs this): plain JavaScript ESM for Node 20,
// with the package's runtime dependencies left as imports, and its .d.ts declarations.
// Run: node src/testing/build-library.mjs
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'

const root = path.resolve(import.meta.dirname, '../..')
const outDir = path.join(root, 'dist-testing')
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const dependencies = new Set(Object.keys(packageJson.dependencies))

/** `tlds` is a JSON file as its main entry, which Node's ESM loader refuses without an import attribute. */
const INLINED = new Set(['tlds'])

const packageNameOf = (id) => id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/')

/** Runtime dependencies stay imports, resolved from the user's node_modules; JSON files are inlined. */
function isExternal(id) {
  if (id.startsWith('node:')) return true
  const name = packageNameOf(id)
  return dependencies.has(name) && !INLINED.has(name) && !id.endsWith('.json')
}

async function buildJavaScript() {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    ssr: { noExternal: true }, // everything not external below is bundled
    build: {
      ssr: path.join(root, 'src/testing/index.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      rolldownOptions: {
        external: isExternal,
        output: { format: 'es', entryFileNames: 'index.js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  })
}

/** The relative modules a declaration file imports or re-exports. */
const relativeImports = (text) => [...text.matchAll(/\bfrom '(\.{1,2}\/[^']+)'|\bimport\('(\.{1,2}\/[^']+)'\)/g)].map((m) => m[1] ?? m[2])

/**
 * Emits declarations with the project's TypeScript, then copies the ones index.d.ts reaches, with
 * their `.ts` imports made `.js` (what a .d.ts beside a .js file is found by).
 */
function buildDeclarations() {
  const emitted = fs.mkdtempSync(path.join(os.tmpdir(), 'pay-playground-declarations-'))
  try {
    const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('@typescript/native/package.json')), 'bin/tsc')
    execFileSync(process.execPath, [tsc, '-p', path.join(root, 'src/testing/tsconfig.declarations.json'), '--outDir', emitted], {
      stdio: 'inherit',
    })
    const from = path.join(emitted, 'testing')
    const pending = ['index.d.ts']
    const copied = new Set()
    while (pending.length > 0) {
      const file = path.normalize(pending.pop())
      if (copied.has(file)) continue
      if (file.startsWith('..')) {
        throw new Error(`The public declarations reach ${file}, outside src/testing: write the type in src/testing/types.ts`)
      }
      copied.add(file)
      const text = fs.readFileSync(path.join(from, file), 'utf8').replace(/(from '|import\(')(\.{1,2}\/[^']+)\.ts'/g, "$1$2.js'")
      fs.writeFileSync(path.join(outDir, file), text)
      for (const specifier of relativeImports(text)) pending.push(path.join(path.dirname(file), specifier.replace(/\.js$/, '.d.ts')))
    }
    return [...copied].sort()
  } finally {
    fs.rmSync(emitted, { recursive: true, force: true })
  }
}

await buildJavaScript()
const declarations = buildDeclarations()
console.log(`pay-playground/testing built in ${path.relative(root, outDir)}/: index.js and ${declarations.join(', ')}`)

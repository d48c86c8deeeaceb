// The import boundaries of eslint.config.js fail when they are broken: each case lints a one-line
// file placed (by its path only; nothing is written) in one part of src/ that imports a real file
// of another part, with the project's own configuration.
import fs from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = process.cwd() // vitest runs from the project's root
const boundaryRules = new Set(['import-x/no-restricted-paths', 'no-restricted-imports'])
let boundaries: ESLint
let everything: ESLint

beforeAll(() => {
  // The boundary cases run only the boundary rules: no-cycle would walk the whole import graph.
  boundaries = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => boundaryRules.has(ruleId) })
  everything = new ESLint({ cwd: root })
})

/** A source file that exists under `folder` (searched depth first), so the import resolves. */
function fileIn(folder: string): string {
  const directory = path.join(root, folder)
  const entries = fs.readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
  const file = entries.find((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
  if (file) return path.join(directory, file.name)
  for (const entry of entries.filter((each) => each.isDirectory())) {
    try {
      return fileIn(path.join(folder, entry.name))
    } catch {
      // nothing in this one; try the next
    }
  }
  throw new Error(`No source file under ${folder}`)
}

/** The rules that report `source` as if it were the file at `at` (relative to the project). */
async function rulesBroken(at: string, source: string, eslint = boundaries): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, at) })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

/** `import '…'` of `target` from the file at `at`, as a relative specifier. */
function importOf(at: string, target: string): string {
  const specifier = path.relative(path.dirname(path.join(root, at)), target).split(path.sep).join('/')
  return `import '${specifier.startsWith('.') ? specifier : `./${specifier}`}'\n`
}

describe('import boundaries', () => {
  it('a feature importing another feature is reported', async () => {
    const at = 'src/features/admin/boundary-probe.ts'
    expect(await rulesBroken(at, importOf(at, fileIn('src/features/start')))).toContain('import-x/no-restricted-paths')
  })

  it('the simulator importing React, React Router or React Query is reported', async () => {
    for (const name of ['react', 'react-dom/client', 'react-router', '@tanstack/react-query']) {
      expect(await rulesBroken('src/simulator/services/boundary-probe.ts', `import '${name}'\n`)).toContain('no-restricted-imports')
    }
  })

  it('the simulator importing ui, a feature or the app is reported', async () => {
    const at = 'src/simulator/services/boundary-probe.ts'
    for (const folder of ['src/ui', 'src/features/admin', 'src/app']) {
      expect(await rulesBroken(at, importOf(at, fileIn(folder)))).toContain('import-x/no-restricted-paths')
    }
  })

  it('ui or lib importing a feature, the app or the simulator is reported', async () => {
    for (const at of ['src/ui/boundary-probe.tsx', 'src/lib/boundary-probe.ts']) {
      for (const folder of ['src/features/explorer', 'src/app', 'src/simulator/model']) {
        expect(await rulesBroken(at, importOf(at, fileIn(folder)))).toContain('import-x/no-restricted-paths')
      }
    }
  })

  it('a feature importing simulator/http or simulator/store is reported', async () => {
    const at = 'src/features/explorer/boundary-probe.ts'
    for (const folder of ['src/simulator/http', 'src/simulator/store']) {
      expect(await rulesBroken(at, importOf(at, fileIn(folder)))).toContain('import-x/no-restricted-paths')
    }
  })

  it('a feature importing the app, or the simulator below http importing http, is reported', async () => {
    const feature = 'src/features/start/boundary-probe.ts'
    expect(await rulesBroken(feature, importOf(feature, fileIn('src/app')))).toContain('import-x/no-restricted-paths')
    for (const at of ['src/simulator/services/boundary-probe.ts', 'src/simulator/model/boundary-probe.ts']) {
      expect(await rulesBroken(at, importOf(at, fileIn('src/simulator/http')))).toContain('import-x/no-restricted-paths')
    }
  })

  it('the service worker importing React, a feature or ui is reported', async () => {
    const at = 'src/worker/boundary-probe.ts'
    expect(await rulesBroken(at, `import 'react'\n`)).toContain('no-restricted-imports')
    expect(await rulesBroken(at, importOf(at, fileIn('src/features/hosted-pages')))).toContain('import-x/no-restricted-paths')
    expect(await rulesBroken(at, importOf(at, fileIn('src/ui')))).toContain('import-x/no-restricted-paths')
  })

  it('the testing library importing React, a feature, ui, the app or lib, or anything else in src importing it, is reported', async () => {
    const at = 'src/testing/boundary-probe.ts'
    expect(await rulesBroken(at, `import 'react'\n`)).toContain('no-restricted-imports')
    for (const folder of ['src/features/admin', 'src/ui', 'src/app', 'src/lib']) {
      expect(await rulesBroken(at, importOf(at, fileIn(folder)))).toContain('import-x/no-restricted-paths')
    }
    for (const from of ['src/simulator/services/boundary-probe.ts', 'src/app/boundary-probe.ts', 'src/boundary-probe.ts']) {
      expect(await rulesBroken(from, importOf(from, fileIn('src/testing')))).toContain('import-x/no-restricted-paths')
    }
    const simulator = ['src/simulator/http', 'src/simulator/services', 'src/simulator/store', 'src/testing']
    expect(await rulesBroken(at, simulator.map((folder) => importOf(at, fileIn(folder))).join(''))).toEqual([])
  })

  it('the allowed directions are not reported', async () => {
    const feature = 'src/features/admin/boundary-probe.tsx'
    // simulator/rules is allowed to features for now (docs/decisions/012-lint-and-import-boundaries.md).
    const allowed = ['src/simulator/services', 'src/simulator/model', 'src/simulator/rules', 'src/ui', 'src/lib', 'src/features/admin/dashboard']
    const source = allowed.map((folder) => importOf(feature, fileIn(folder))).join('') + `import 'react'\n`
    expect(await rulesBroken(feature, source)).toEqual([])

    const worker = 'src/worker/boundary-probe.ts'
    expect(await rulesBroken(worker, importOf(worker, fileIn('src/simulator/http')))).toEqual([])

    const test = 'test/unit/boundary-probe.test.ts'
    const anything = ['src/features/explorer', 'src/simulator/http', 'src/simulator/store', 'src/app']
    expect(await rulesBroken(test, anything.map((folder) => importOf(test, fileIn(folder))).join(''))).toEqual([])
  })
})

/** A file of src/simulator/services that imports a value (not only types) from a sibling: [importer, imported]. */
function valueImportBetweenSiblings(): [string, string] {
  const folder = path.join(root, 'src/simulator/services')
  for (const name of fs.readdirSync(folder).sort()) {
    if (!name.endsWith('.ts')) continue
    const text = fs.readFileSync(path.join(folder, name), 'utf8')
    const match = /^import \{(?![^}]*\btype\b)[^}]*\} from '\.\/([\w-]+\.ts)'/m.exec(text)
    if (match?.[1]) return [path.join(folder, name), path.join(folder, match[1])]
  }
  throw new Error('No value import between two services')
}

describe('import cycles', () => {
  it('a module that imports, through another, itself is reported', async () => {
    const [importer, imported] = valueImportBetweenSiblings()
    const at = path.relative(root, imported)
    expect(await rulesBroken(at, importOf(at, importer), everything)).toContain('import-x/no-cycle')
  })
})

// Reads the JSON reports the unit and end-to-end runs wrote and prints "N passed, N failed".
// A failed step that ran no tests at all (install, type check, build) counts as one failure.
import fs from 'node:fs'
import path from 'node:path'

const [dir, statusText] = process.argv.slice(2)
const exitStatus = Number(statusText)
let passed = 0
let failed = 0

function read(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))
  } catch {
    return undefined
  }
}

const unit = read('unit.json')
if (unit) {
  passed += unit.numPassedTests ?? 0
  failed += (unit.numFailedTests ?? 0) + suitesThatFailedToRun(unit)
}

const e2e = read('e2e.json')
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0)
  failed += e2e.stats.unexpected ?? 0
}

if (exitStatus !== 0 && failed === 0) failed = 1

console.log(`${passed} passed, ${failed} failed`)
process.exit(exitStatus === 0 && failed === 0 ? 0 : 1)

/** Test files that failed without a failing test (an import or set-up error): one failure each. */
function suitesThatFailedToRun(report) {
  return (report.testResults ?? []).filter(
    (suite) => suite.status === 'failed' && !(suite.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length
}

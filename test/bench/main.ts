// `npm run bench`: builds the production site, serves it under /pay-playground/, drives Debian's
// Chromium headless and measures the figures of the design's performance budgets, side by side
// with a local Prism mock server and with the IndexedDB floor. Prints a table and writes
// bench/results.json. `--quick` is the smoke run of `npm test`: the same figures on small numbers.
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { adminListRenders } from './admin-list.ts'
import { BUDGETS } from './budgets.ts'
import { measure, plans, prepare, SEARCH_VARIANTS, type OperationName } from './operations.ts'
import { coldLoads, consoleReady, openVisited, warmReloads } from './page-load.ts'
import { startPrism } from './prism.ts'
import { figure, table, writeResults, type Figure } from './report.ts'
import { SEED_CHUNK_SIZE, SEED_WRITES_IN_FLIGHT } from '../../src/simulator/services/seed-chunks.ts'
import { seed } from './seeding.ts'
import { seedingFloor } from './seeding-floor.ts'
import { parseArguments } from './settings.ts'
import { buildSite, scriptSizes, serveSite, type Started } from './site.ts'
import { summarise, type Summary } from './stats.ts'
import { serveWorkerFloor, workerFloorTimes } from './worker-floor.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const OUT_DIR = 'dist-bench'
const RESULTS_FILE = path.join(ROOT, 'bench', 'results.json')
const OPERATIONS: OperationName[] = ['create', 'get', 'search', 'refund', 'events']

const startedAt = Date.now()
const log = (text: string) => process.stdout.write(text.endsWith('…') ? `[${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${text}\n` : `${text}\n`)
const one = (value: number): Summary => summarise([value])
const ratio = (a: Summary, b: Summary): Summary => ({ runs: a.runs, median: a.median / b.median, p95: a.p95 / b.p95, min: a.min / b.min, max: a.max / b.max })

export async function main(argv: string[]): Promise<number> {
  const { settings, strict } = parseArguments(argv)
  const judge = settings.judge
  const began = Date.now()
  const stops: Array<() => Promise<void>> = []
  let browser: Browser | undefined
  let prism: Promise<Started> | undefined
  const figures: Figure[] = []
  const byFilter: Figure[] = []
  const failures: string[] = []
  const environment: Record<string, string | number> = {
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: os.loadavg()[0]!.toFixed(2),
    seededPayments: settings.seedCount,
  }
  try {
    log(`Bench (${settings.mode}): building the production site into ${OUT_DIR}/ and starting Prism…`)
    prism = startPrism(ROOT)
    await buildSite(ROOT, OUT_DIR)
    const sizes = scriptSizes(path.join(ROOT, OUT_DIR))
    const site: Started = await serveSite(ROOT, OUT_DIR)
    stops.push(site.stop)
    const workerFloorSite = await serveWorkerFloor()
    stops.push(workerFloorSite.stop)
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    environment.chromium = browser.version()

    log(`Cold first loads (${settings.coldRuns}, each in a fresh profile)…`)
    const cold = summarise(await coldLoads(browser, site.url, settings.coldRuns, settings.coldWarmUp))
    // The site's Content Security Policy allows connections to itself and the API address only;
    // the bench's page also calls Prism on a loopback port, so it lifts that one policy.
    const context = await browser.newContext({ bypassCSP: true })
    const page = await openVisited(context, site.url)
    log(`Warm reloads (${settings.warmRuns})…`)
    const warm = summarise(await warmReloads(page, settings.warmRuns))

    log(`Seeding ${settings.seedCount.toLocaleString('en-GB')} payments with the simulator's seeding…`)
    await consoleReady(page)
    const seeded = await seed(page, settings.seedCount)
    if (seeded.added !== settings.seedCount) failures.push(`Seeding added ${seeded.added} of ${settings.seedCount} payments`)
    log('The seeding floor: the same rows written straight on IndexedDB…')
    const seedFloor = await page.evaluate(seedingFloor, { source: 'pay-playground', chunk: SEED_CHUNK_SIZE, inFlight: SEED_WRITES_IN_FLIGHT })
    if (seedFloor.rows.payments !== settings.seedCount) failures.push(`The seeding floor wrote ${seedFloor.rows.payments} payments, not ${settings.seedCount}`)
    const warmSeeded = summarise(await warmReloads(page, settings.warmRuns))

    await consoleReady(page)
    const prismServer = await prism
    const key = await page.evaluate(() => window.payPlayground.createApiKey('Bench key'))
    const serviceId = (await page.evaluate(() => window.payPlayground.currentService())).id
    const apiContext = { page, key, serviceId, prismUrl: prismServer.url, runs: settings.apiRuns, warmUp: settings.warmUp }
    const prepared = await prepare(apiContext)
    const operationPlans = plans(apiContext, prepared)
    const measured = {} as Record<OperationName, { playground: Summary; prism: Summary; floor: Summary }>
    for (const name of OPERATIONS) {
      log(`API ${name}: ${settings.apiRuns} runs each through the worker, Prism and the floor…`)
      const times = await measure(page, operationPlans[name])
      failures.push(...times.failures)
      const ok = (list: number[]) => list.filter((value) => !Number.isNaN(value))
      if (ok(times.playground).length === 0 || ok(times.prism).length === 0) throw new Error(`No ${name} request succeeded:\n${times.failures.join('\n')}`)
      measured[name] = { playground: summarise(ok(times.playground)), prism: summarise(ok(times.prism)), floor: summarise(times.floor) }
      if (name === 'search') {
        SEARCH_VARIANTS.forEach((variant, index) => {
          const mine = (list: number[]) => ok(list.filter((_, run) => (run + settings.warmUp) % SEARCH_VARIANTS.length === index))
          byFilter.push(
            figure({ id: `api-search-${index}`, label: `API search by ${variant}`, unit: 'ms', summary: summarise(mine(times.playground)), judge }),
            figure({ id: `floor-search-${index}`, label: `IndexedDB floor, same search`, unit: 'ms', summary: summarise(mine(times.floor)), judge }),
          )
        })
      }
    }

    log(`The worker's own cost: ${settings.apiRuns} requests refused before storage…`)
    const hopTimes = await measure(page, operationPlans.refused)
    failures.push(...hopTimes.failures)
    const hop = summarise(hopTimes.playground.filter((value) => !Number.isNaN(value)))
    log(`The service worker floor: ${settings.apiRuns} requests relayed by a bare worker…`)
    const workerFloor = summarise(await workerFloorTimes(browser, workerFloorSite.url, settings.apiRuns, settings.warmUp, operationPlans.refused.pace))

    log(`Admin transaction list (${settings.adminRuns})…`)
    const successTotal = await page.evaluate(
      async ({ key }) => {
        const response = await fetch('https://publicapi.payments.service.gov.uk/v1/payments?state=success&display_size=1', {
          headers: { Authorization: `Bearer ${key}` },
        })
        return ((await response.json()) as { total: number }).total
      },
      { key },
    )
    const admin = summarise(await adminListRenders(page, settings.adminRuns, Math.ceil(successTotal / 100)))

    const n = settings.seedCount.toLocaleString('en-GB')
    figures.push(
      figure({ id: 'cold-load', label: 'Cold first load to simulator ready', unit: 'ms', summary: cold, budget: BUDGETS.coldLoad, judge }),
      figure({ id: 'warm-reload', label: 'Warm reload to simulator ready', unit: 'ms', summary: warm, budget: BUDGETS.warmReload, judge }),
      figure({ id: 'warm-reload-seeded', label: `Warm reload, ${n} payments stored`, unit: 'ms', summary: warmSeeded, judge }),
    )
    for (const name of OPERATIONS) {
      const budget = name === 'search' ? BUDGETS.search : name === 'events' ? undefined : BUDGETS.roundTrip
      const label = name === 'search' ? `API search, filters + pages, ${n} payments` : `API ${name} round trip`
      figures.push(figure({ id: `api-${name}`, label, unit: 'ms', summary: measured[name].playground, budget, judge }))
    }
    figures.push(
      figure({ id: 'api-refused', label: 'API request refused before storage (401)', unit: 'ms', summary: hop, judge }),
      figure({ id: 'worker-floor', label: 'Service worker floor: bare relay, no msw', unit: 'ms', summary: workerFloor, judge }),
      figure({ id: 'seed', label: `Seeding ${n} payments`, unit: 'ms', summary: one(seeded.took), budget: BUDGETS.seed, judge }),
      figure({ id: 'admin-list', label: `Admin transaction list page, ${n} payments`, unit: 'ms', summary: admin, judge }),
      figure({ id: 'js-before-simulator', label: 'JS before the simulator starts (gzip)', unit: 'bytes', summary: one(sizes.beforeSimulator), budget: BUDGETS.scriptBeforeSimulator, judge: true }),
      figure({ id: 'js-simulator', label: 'Simulator chunk (gzip)', unit: 'bytes', summary: one(sizes.simulator), judge }),
      figure({ id: 'heap-peak', label: `Peak JS heap while seeding ${n}`, unit: 'bytes', summary: one(seeded.peakHeap), judge }),
      figure({ id: 'heap-after', label: `JS heap after seeding ${n} (after GC)`, unit: 'bytes', summary: one(seeded.heapAfter), judge }),
    )
    const sideBySide: Figure[] = []
    for (const name of OPERATIONS) {
      const { playground, prism: viaPrism, floor } = measured[name]
      sideBySide.push(
        figure({ id: `prism-${name}`, label: `Prism ${name}`, unit: 'ms', summary: viaPrism, judge }),
        figure({ id: `ratio-prism-${name}`, label: `${name}: playground ÷ Prism`, unit: 'ratio', summary: ratio(playground, viaPrism), judge }),
        figure({ id: `floor-${name}`, label: `IndexedDB floor ${name}`, unit: 'ms', summary: floor, judge }),
        figure({ id: `ratio-floor-${name}`, label: `${name}: playground ÷ floor`, unit: 'ratio', summary: ratio(playground, floor), judge }),
        figure({ id: `ratio-worker-floor-${name}`, label: `${name}: playground ÷ worker floor`, unit: 'ratio', summary: ratio(playground, workerFloor), judge }),
      )
    }
    sideBySide.push(
      figure({ id: 'seed-floor', label: `IndexedDB floor, seeding ${n}`, unit: 'ms', summary: one(seedFloor.took), judge }),
      figure({ id: 'ratio-seed-floor', label: 'seeding: playground ÷ floor', unit: 'ratio', summary: ratio(one(seeded.took), one(seedFloor.took)), judge }),
    )
    sideBySide.push(figure({ id: 'ratio-worker-floor-refused', label: 'refused (401): playground ÷ worker floor', unit: 'ratio', summary: ratio(hop, workerFloor), judge }))

    log('')
    log(table(figures))
    log('')
    log('Side by side in the same run (ratios of medians and of p95s):')
    log(table(sideBySide))
    log('')
    log(`The search mix by filter (${n} payments):`)
    log(table(byFilter))
    environment.loadAverageAtEnd = os.loadavg()[0]!.toFixed(2)
    log('')
    log(`Chromium ${environment.chromium}, Node ${environment.node}, ${environment.cpus} CPUs, load average ${environment.loadAverage} at the start and ${environment.loadAverageAtEnd} at the end.`)
    const storedRows = Object.entries(seedFloor.rows).map(([store, rows]) => `${rows.toLocaleString('en-GB')} ${store}`).join(', ')
    const notes = [
      `JS before the simulator: ${sizes.beforeSimulatorFiles.join(', ')}; simulator chunk: ${sizes.simulatorFiles.join(', ')}.`,
      'Round trips are timed in page code from fetch() to the whole body read. Prism answers the same requests from the playground’s OpenAPI document (its examples), called cross-origin from the same page; the floor does the same IndexedDB reads and writes with no worker, handlers or JSON.',
      `The seeding floor writes the rows seeding stored (${storedRows}) again into a scratch database with the same indexes, in the same chunks, straight on IndexedDB.`,
      'The worker floor is a page of the bench’s own whose service worker relays each request to the page and returns its answer, as msw’s does, with nothing else: the least any round trip through a worker costs here.',
      'Runs are paced to stay inside the simulator’s rate limits (15 POSTs, 75 other requests a second).',
      ...(judge ? [] : ['Quick run: the budgets are shown but not judged (they hold for 100,000 payments and enough runs).']),
    ]
    const all = [...figures, ...sideBySide, ...byFilter]
    writeResults(RESULTS_FILE, { generatedAt: new Date().toISOString(), mode: settings.mode, environment, figures: all, notes })
    log('')
    for (const note of notes) log(`- ${note}`)
    log(`Results written to ${path.relative(ROOT, RESULTS_FILE)} in ${((Date.now() - began) / 1000).toFixed(1)} s.`)
    for (const failure of failures) log(`FAILED: ${failure}`)
    const over = all.filter((f) => f.result === 'over')
    if (failures.length > 0) return 1
    return strict && over.length > 0 ? 1 : 0
  } finally {
    await browser?.close()
    await Promise.allSettled([...stops.map((stop) => stop()), prism?.then((started) => started.stop())])
  }
}

// `npm run bench`: builds the production site, serves it under /pay-playground/, drives Debian's
// Chromium headless and measures the figures of the design's performance budgets, side by side
// with a local Prism mock server, the IndexedDB floor and the service worker floors. Prints the
// tables (tables.ts) and writes bench/results.json. `--quick` is the smoke run of `npm test`: the
// same figures on small numbers.
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { adminListRenders } from './admin-list.ts'
import { bridgeAndPrismUnderLoad } from './bridge-load.ts'
import { measure, plans, prepare, SEARCH_VARIANTS, type OperationName } from './operations.ts'
import { consoleReady, firstVisits, LOAD_ROUTE, openQuietPage, openVisited, warmReloads } from './page-load.ts'
import { startPrism } from './prism.ts'
import { table, writeResults } from './report.ts'
import { SEED_CHUNK_SIZE, SEED_WRITES_IN_FLIGHT } from '../../src/simulator/services/seed-chunks.ts'
import { seed } from './seeding.ts'
import { seedingFloor } from './seeding-floor.ts'
import { parseArguments } from './settings.ts'
import { buildSite, scriptSizes, serveSite, type Started } from './site.ts'
import { summarise, type Summary } from './stats.ts'
import { OPERATIONS, tables, type Sides } from './tables.ts'
import { openFloor, type OpenFloor } from './worker-floor.ts'
import { FLOOR_KINDS, serveWorkerFloors, type FloorKind } from './worker-floor-site.ts'
import { getsAfterWorkerRestart } from './worker-restart.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const OUT_DIR = 'dist-bench'
const RESULTS_FILE = path.join(ROOT, 'bench', 'results.json')

const startedAt = Date.now()
const log = (text: string) => process.stdout.write(text.endsWith('…') ? `[${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${text}\n` : `${text}\n`)
const ok = (list: number[]) => list.filter((value) => !Number.isNaN(value))
/** Requests a second for the bridge and Prism under load: under the simulator's 75 reads a second. */
const BRIDGE_RATE = 50

export async function main(argv: string[]): Promise<number> {
  const { settings, strict } = parseArguments(argv)
  const judge = settings.judge
  const began = Date.now()
  const stops: Array<() => Promise<void>> = []
  let browser: Browser | undefined
  let prism: Promise<Started> | undefined
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
    const floorSite = await serveWorkerFloors()
    stops.push(floorSite.stop)
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    environment.chromium = browser.version()

    log(`First visits to ${LOAD_ROUTE.hash} (${settings.coldRuns}, each in a fresh profile)…`)
    const visits = await firstVisits(browser, site.url, settings.coldRuns, settings.coldWarmUp)
    // The site's Content Security Policy allows connections to itself and the API address only;
    // the bench's page also calls Prism on a loopback port, so it lifts that one policy.
    const context = await browser.newContext({ bypassCSP: true })
    const page = await openVisited(context, site.url)
    log(`Warm reloads of ${LOAD_ROUTE.hash} (${settings.warmRuns})…`)
    const warm = summarise(await warmReloads(page, settings.warmRuns))

    log(`Seeding ${settings.seedCount.toLocaleString('en-GB')} payments with the simulator's seeding…`)
    await openQuietPage(page, site.url)
    const seeded = await seed(page, settings.seedCount)
    if (seeded.added !== settings.seedCount) failures.push(`Seeding added ${seeded.added} of ${settings.seedCount} payments`)
    log('The seeding floor: the same rows written straight on IndexedDB…')
    const seedFloor = await page.evaluate(seedingFloor, { source: 'pay-playground', chunk: SEED_CHUNK_SIZE, inFlight: SEED_WRITES_IN_FLIGHT })
    if (seedFloor.rows.payments !== settings.seedCount) failures.push(`The seeding floor wrote ${seedFloor.rows.payments} payments, not ${settings.seedCount}`)
    log(`Warm reloads of ${LOAD_ROUTE.hash} with the payments stored (${settings.warmRuns})…`)
    await page.goto(`${site.url}${LOAD_ROUTE.hash}`)
    const warmSeeded = summarise(await warmReloads(page, settings.warmRuns))

    // The API figures are measured from the start page, loaded afresh, so no page work competes.
    log('Preparing the API runs from the stored payments…')
    await openQuietPage(page, site.url)
    const prismServer = await prism
    const key = await page.evaluate(() => window.payPlayground.createApiKey('Bench key'))
    const serviceId = (await page.evaluate(() => window.payPlayground.currentService())).id
    const apiContext = { page, key, serviceId, prismUrl: prismServer.url, runs: settings.apiRuns, warmUp: settings.warmUp }
    const prepared = await prepare(apiContext)
    const operationPlans = plans(apiContext, prepared)

    // The floors are measured in two halves, before and after the API figures they divide.
    log('Opening the service worker floors…')
    const opened = browser
    const floors = new Map<FloorKind, OpenFloor>(await Promise.all(FLOOR_KINDS.map(async (kind) => [kind, await openFloor(opened, kind, floorSite.urls[kind])] as const)))
    const floorTimes = new Map<FloorKind, number[]>(FLOOR_KINDS.map((kind) => [kind, []]))
    const measureFloors = async (runs: number) => {
      log(`The service worker floors: ${runs} requests each to a bare worker answering itself, and relaying to its page…`)
      for (const kind of FLOOR_KINDS) {
        floorTimes.get(kind)!.push(...(await floors.get(kind)!.times({ runs, warmUp: settings.warmUp, pace: operationPlans.get.pace })))
      }
    }
    const firstHalf = Math.ceil(settings.apiRuns / 2)
    await measureFloors(firstHalf)

    const api = {} as Record<OperationName, Sides>
    const searchByFilter: Array<{ variant: string; playground: Summary; floor: Summary }> = []
    for (const name of OPERATIONS) {
      log(`API ${name}: ${settings.apiRuns} runs each through the worker, Prism and the IndexedDB floor…`)
      const times = await measure(page, operationPlans[name])
      failures.push(...times.failures)
      if (ok(times.playground).length === 0 || ok(times.prism).length === 0) throw new Error(`No ${name} request succeeded:\n${times.failures.join('\n')}`)
      api[name] = { playground: summarise(ok(times.playground)), prism: summarise(ok(times.prism)), floor: summarise(times.floor) }
      if (name === 'search') {
        SEARCH_VARIANTS.forEach((variant, index) => {
          const mine = (list: number[]) => ok(list.filter((_, run) => (run + settings.warmUp) % SEARCH_VARIANTS.length === index))
          searchByFilter.push({ variant, playground: summarise(mine(times.playground)), floor: summarise(mine(times.floor)) })
        })
      }
    }
    log(`The front of the pipeline: ${settings.apiRuns} requests refused before storage…`)
    const refusedTimes = await measure(page, operationPlans.refused)
    failures.push(...refusedTimes.failures)
    const refused = summarise(ok(refusedTimes.playground))

    await measureFloors(settings.apiRuns - firstHalf)
    for (const floor of floors.values()) await floor.close()

    log(`GETs after a worker restart (${settings.restartRuns}, each after the browser stopped the worker)…`)
    const restartCalls = operationPlans.get.playground.slice(0, settings.restartRuns)
    const restarted = await getsAfterWorkerRestart(page, restartCalls)
    failures.push(...restarted.failures)
    if (restarted.times.length === 0) throw new Error(`No GET after a worker restart succeeded:\n${restarted.failures.join('\n')}`)

    log(`Admin transaction list (${settings.adminRuns})…`)
    await consoleReady(page)
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

    log(`The local bridge, then Prism, under a steady ${BRIDGE_RATE}/s load for ${settings.bridgeLoadSeconds} s each…`)
    const underLoad = await bridgeAndPrismUnderLoad(page, site.url, prismServer.url, key, prepared.refundable[0]!, {
      seconds: settings.bridgeLoadSeconds,
      rate: BRIDGE_RATE,
      connections: 4,
    })
    if (underLoad.bridge.failures + underLoad.prism.failures > 0) {
      failures.push(`Under load, ${underLoad.bridge.failures} bridge and ${underLoad.prism.failures} Prism requests were not answered with 200`)
    }

    const { figures, sideBySide, byFilter } = tables(
      {
        seedCount: settings.seedCount,
        route: LOAD_ROUTE.hash,
        firstVisit: summarise(visits.map((visit) => visit.heading)),
        firstVisitControlled: summarise(visits.map((visit) => visit.controlled)),
        warmReload: warm,
        warmReloadSeeded: warmSeeded,
        api,
        refused,
        afterRestart: summarise(restarted.times),
        floors: { 'one-trip': summarise(floorTimes.get('one-trip')!), relay: summarise(floorTimes.get('relay')!) },
        seed: seeded,
        seedFloor: seedFloor.took,
        admin,
        sizes,
        searchByFilter,
        underLoad: { bridge: summarise(underLoad.bridge.times), prism: summarise(underLoad.prism.times), rate: BRIDGE_RATE },
      },
      judge,
    )
    const n = settings.seedCount.toLocaleString('en-GB')
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
      `JS before the first render: ${sizes.beforeFirstRenderFiles.join(', ')}; simulator chunk: ${sizes.simulatorFiles.join(', ')}; the service worker: ${sizes.workerFile}.`,
      `Load figures run from the navigation's start to the ${LOAD_ROUTE.hash} page's heading ("${LOAD_ROUTE.heading}") in the document and visible; a first visit is a fresh browser context (no worker, cache or database).`,
      `The gets (and events) read the ${prepared.ids.length} most recent payments, ${prepared.unfinishedIds} of them unfinished: a GET of an unfinished payment also stores a new next_url token, as the real API issues one per read.`,
      'Round trips are timed in page code from fetch() to the whole body read. Prism answers the same requests from the playground’s OpenAPI document (its examples), called cross-origin from the same page; the IndexedDB floor does the same reads and writes with no worker, handlers or JSON.',
      'The worker floors are pages of the bench’s own whose bare service worker takes the same request as the API get (its address and headers): the one-trip worker answers it itself with a small JSON body, the relay worker hands it to its page and back, as msw’s setupWorker does. Each is measured in two halves, before and after the API figures.',
      'A GET after a worker restart is timed right after the DevTools protocol stopped every service worker (ServiceWorker.stopAllWorkers) and reported it stopped.',
      `The seeding floor writes the rows seeding stored (${storedRows}) again into a scratch database with the same indexes, in the same chunks, straight on IndexedDB.`,
      'Runs are paced to stay inside the simulator’s rate limits (15 POSTs, 75 other requests a second); the floors at the pace of the gets.',
      ...(judge ? [] : ['Quick run: the budgets are shown but not judged (they hold for 100,000 payments and enough runs).']),
    ]
    const all = [...figures, ...sideBySide, ...byFilter]
    writeResults(RESULTS_FILE, { generatedAt: new Date().toISOString(), mode: settings.mode, environment, figures: all, notes })
    log('')
    for (const note of notes) log(`- ${note}`)
    log(`Results written to ${path.relative(ROOT, RESULTS_FILE)} in ${((Date.now() - began) / 1000).toFixed(1)} s.`)
    for (const failure of failures) log(`FAILED: ${failure}`)
    const over = all.filter((f) => f.result === 'over')
    if (over.length > 0) log(`Over budget: ${over.map((f) => f.label).join('; ')}.`)
    if (failures.length > 0) return 1
    return strict && over.length > 0 ? 1 : 0
  } finally {
    await browser?.close()
    await Promise.allSettled([...stops.map((stop) => stop()), prism?.then((started) => started.stop())])
  }
}

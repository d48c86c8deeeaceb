// The first request a page makes after the browser stopped its service worker (as it does with an
// idle worker): the bench stops every worker through the DevTools protocol, waits until the
// playground's is stopped, then times one GET from page code the way the API figures are timed.
// That request pays for starting the worker: its script, opening storage, starting the simulator.
import type { CDPSession, Page } from 'playwright-core'
import { measureOperation, type HttpCall, type OperationPlan } from './in-page.ts'

interface WorkerVersion {
  versionId: string
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping'
}

/** Resolves once the protocol reports no running or stopping worker version. */
function allStopped(cdp: CDPSession, timeoutMs: number): Promise<void> {
  const status = new Map<string, WorkerVersion['runningStatus']>()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cdp.off('ServiceWorker.workerVersionUpdated', updated)
      reject(new Error(`The service worker did not stop within ${timeoutMs / 1000} s`))
    }, timeoutMs)
    const updated = ({ versions }: { versions: WorkerVersion[] }) => {
      for (const version of versions) status.set(version.versionId, version.runningStatus)
      if (status.size === 0 || [...status.values()].some((running) => running !== 'stopped')) return
      clearTimeout(timer)
      cdp.off('ServiceWorker.workerVersionUpdated', updated)
      resolve()
    }
    cdp.on('ServiceWorker.workerVersionUpdated', updated)
  })
}

/** Times `calls.length` GETs, each the first after the worker was stopped. */
export async function getsAfterWorkerRestart(page: Page, calls: HttpCall[]): Promise<{ times: number[]; failures: string[] }> {
  const cdp = await page.context().newCDPSession(page)
  const times: number[] = []
  const failures: string[] = []
  try {
    await cdp.send('ServiceWorker.enable')
    for (const call of calls) {
      const stopped = allStopped(cdp, 10_000)
      await cdp.send('ServiceWorker.stopAllWorkers')
      await stopped
      const plan: OperationPlan = { pace: 0, warmUp: 0, playground: [call], prism: [], floor: [{ kind: 'none' }] }
      const measured = await page.evaluate(measureOperation, plan)
      failures.push(...measured.failures)
      times.push(...measured.playground.filter((took) => !Number.isNaN(took)))
    }
  } finally {
    await cdp.detach()
  }
  return { times, failures }
}

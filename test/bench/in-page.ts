// Code that runs inside the playground page (through Playwright's page.evaluate). Each function is
// sent to the page as its source text, so it must not use anything from outside its own body.
//
// One operation is measured three ways, run by run in turn, so a busy machine slows all three alike:
// - playground: fetch to the real API address, answered by the service worker and the simulator;
// - prism: the same request to a local Prism mock server built from the playground's OpenAPI document;
// - floor: the same reads and writes straight on IndexedDB, with no worker, handlers or JSON.

export interface HttpCall {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: string
  /** The status a correct answer has. */
  status: number
}

/** One IndexedDB operation of the floor, on the playground's own database. */
export type FloorCall =
  | { kind: 'get'; paymentId: string }
  | { kind: 'events'; paymentId: string }
  | { kind: 'search'; index: string; lower: unknown[]; upper: unknown[]; offset: number; limit: number }
  | { kind: 'create'; payment: Record<string, unknown>; token: Record<string, unknown> }
  | { kind: 'refund'; paymentId: string; refund: Record<string, unknown> }
  /** A request the API refuses before reading anything has no storage work at all. */
  | { kind: 'none' }

export interface OperationPlan {
  /** Milliseconds between the start of one run and the next (the simulator's rate limits). */
  pace: number
  /** Runs measured but not counted, to warm caches and compilers. */
  warmUp: number
  playground: HttpCall[]
  /** Empty when the operation is not compared with Prism. */
  prism: HttpCall[]
  floor: FloorCall[]
}

export interface OperationTimes {
  playground: number[]
  prism: number[]
  floor: number[]
  /** Answers with an unexpected status, for the report: a broken run is not a fast run. */
  failures: string[]
}

export async function measureOperation(plan: OperationPlan): Promise<OperationTimes> {
  const request = <T>(req: IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
  const done = (tx: IDBTransaction): Promise<void> =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('pay-playground')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })

  const floor = async (call: FloorCall): Promise<void> => {
    if (call.kind === 'none') return
    if (call.kind === 'get') {
      const tx = db.transaction('payments', 'readonly')
      await request(tx.objectStore('payments').get(call.paymentId))
    } else if (call.kind === 'events') {
      // A payment's events are composed from its own history and its refunds' histories.
      const tx = db.transaction(['payments', 'refunds'], 'readonly')
      await Promise.all([
        request(tx.objectStore('payments').get(call.paymentId)),
        request(
          tx
            .objectStore('refunds')
            .index('[paymentId+createdAt]')
            .getAll(IDBKeyRange.bound([call.paymentId, -Infinity], [call.paymentId, Infinity])),
        ),
      ])
    } else if (call.kind === 'search') {
      const tx = db.transaction('payments', 'readonly')
      const index = tx.objectStore('payments').index(call.index)
      const range = IDBKeyRange.bound(call.lower, call.upper)
      const total = await request(index.count(range))
      const page: unknown[] = []
      if (call.offset < total) {
        await new Promise<void>((resolve, reject) => {
          const cursor = index.openCursor(range, 'prev')
          let skipped = call.offset === 0
          cursor.onerror = () => reject(cursor.error)
          cursor.onsuccess = () => {
            const at = cursor.result
            if (!at) return resolve()
            if (!skipped) {
              skipped = true
              return at.advance(call.offset)
            }
            page.push(at.value)
            if (page.length >= call.limit) return resolve()
            at.continue()
          }
        })
      }
    } else if (call.kind === 'create') {
      const tx = db.transaction(['payments', 'tokens'], 'readwrite')
      tx.objectStore('payments').add(call.payment)
      tx.objectStore('tokens').add(call.token)
      await done(tx)
    } else {
      const tx = db.transaction(['payments', 'refunds'], 'readwrite')
      const payments = tx.objectStore('payments')
      const payment = (await request(payments.get(call.paymentId))) as { refundedAmount: number } | undefined
      if (!payment) throw new Error(`The floor has no payment ${call.paymentId}`)
      const earlier = (await request(
        tx
          .objectStore('refunds')
          .index('[paymentId+createdAt]')
          .getAll(IDBKeyRange.bound([call.paymentId, -Infinity], [call.paymentId, Infinity])),
      )) as Array<{ amount: number }>
      const amount = call.refund.amount as number
      payment.refundedAmount = earlier.reduce((sum, refund) => sum + refund.amount, 0) + amount
      tx.objectStore('refunds').add(call.refund)
      payments.put(payment)
      await done(tx)
    }
  }

  const times: OperationTimes = { playground: [], prism: [], floor: [], failures: [] }
  /** The time a request took; NaN when it failed, with the failure noted. */
  const http = async (call: HttpCall, side: 'playground' | 'prism'): Promise<number> => {
    const started = performance.now()
    try {
      const response = await fetch(call.url, { method: call.method, headers: call.headers, body: call.body })
      const text = await response.text()
      const took = performance.now() - started
      if (response.status === call.status) return took
      times.failures.push(`${side} ${call.method} ${call.url}: ${response.status} ${text.slice(0, 200)}`)
    } catch (error) {
      times.failures.push(`${side} ${call.method} ${call.url}: ${String(error)}`)
    }
    return Number.NaN
  }
  const runs = plan.playground.length
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    const counted = run >= plan.warmUp
    const playground = await http(plan.playground[run]!, 'playground')
    const prismCall = plan.prism[run]
    const prism = prismCall ? await http(prismCall, 'prism') : Number.NaN
    const floorStarted = performance.now()
    await floor(plan.floor[run]!)
    const floorTook = performance.now() - floorStarted
    if (counted) {
      // NaN marks a failed request, so each list keeps one entry per run.
      times.playground.push(playground)
      if (prismCall) times.prism.push(prism)
      times.floor.push(floorTook)
    }
    const wait = plan.pace - (performance.now() - started)
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  }
  db.close()
  return times
}

/** Records of the seeded data, as templates for the floor's own writes. */
export async function readFloorTemplates(): Promise<{ payment: unknown; refund: unknown }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('pay-playground')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const first = (store: string) =>
    new Promise<unknown>((resolve, reject) => {
      const cursor = db.transaction(store, 'readonly').objectStore(store).openCursor()
      cursor.onsuccess = () => resolve(cursor.result?.value)
      cursor.onerror = () => reject(cursor.error)
    })
  const templates = { payment: await first('payments'), refund: await first('refunds') }
  db.close()
  return templates
}

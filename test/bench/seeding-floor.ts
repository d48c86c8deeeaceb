// The seeding floor: the same rows the simulator's seeding just stored, written again straight on
// IndexedDB (no Dexie, no record building, no page around it) into a scratch database with the same
// stores and indexes, in the same chunks with the same number in flight. It is the least that
// storing them costs in this browser, so "seeding ÷ floor" shows what the seeding itself adds.
// The function runs inside the page (page.evaluate), so it uses nothing from outside its body.

export interface SeedingFloorPlan {
  /** The playground's database, whose stores are copied. */
  source: string
  /** Payments per transaction and transactions in flight, as the simulator's seeding writes. */
  chunk: number
  inFlight: number
}

export interface SeedingFloorResult {
  /** Milliseconds from the first write to the last commit. */
  took: number
  /** Rows written to each store. */
  rows: Record<string, number>
}

export async function seedingFloor(plan: SeedingFloorPlan): Promise<SeedingFloorResult> {
  const STORES = ['payments', 'refunds', 'tokens']
  const SAMPLE = 2_000
  const SCRATCH = `${plan.source}-bench-seeding-floor`
  const request = <T>(req: IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
  const open = (name: string, upgrade?: (db: IDBDatabase) => void) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const opening = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name)
      if (upgrade) opening.onupgradeneeded = () => upgrade(opening.result)
      opening.onsuccess = () => resolve(opening.result)
      opening.onerror = () => reject(opening.error)
    })
  const remove = (name: string) => request(indexedDB.deleteDatabase(name) as unknown as IDBRequest<unknown>)

  // What to copy: each store's key path and indexes, how many rows it has, and a sample of them.
  const source = await open(plan.source)
  const read = source.transaction(STORES, 'readonly')
  const stores = await Promise.all(
    STORES.map(async (name) => {
      const store = read.objectStore(name)
      const indexes = [...store.indexNames].map((indexName) => store.index(indexName))
      return {
        name,
        keyPath: store.keyPath as string,
        indexes: indexes.map((index) => ({ name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry })),
        count: await request(store.count()),
        sample: (await request(store.getAll(null, SAMPLE))) as Record<string, unknown>[],
      }
    }),
  )
  source.close()

  await remove(SCRATCH)
  const scratch = await open(SCRATCH, (db) => {
    for (const store of stores) {
      const created = db.createObjectStore(store.name, { keyPath: store.keyPath })
      for (const index of store.indexes) created.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry })
    }
  })
  const payments = stores[0]!.count
  const chunks = Math.ceil(payments / plan.chunk)
  // Row `row` of a store is a copy of a sampled row with a key of its own.
  const copy = (store: (typeof stores)[number], row: number) => ({ ...store.sample[row % store.sample.length], [store.keyPath]: `floor-${store.name}-${row}` })
  const writeChunk = (chunk: number) => {
    const tx = scratch.transaction(STORES, 'readwrite')
    for (const store of stores) {
      if (store.sample.length === 0) continue
      const objectStore = tx.objectStore(store.name)
      // Each chunk takes its share of every store, as the seeding's chunks do.
      const from = Math.floor((store.count * chunk) / chunks)
      const to = Math.floor((store.count * (chunk + 1)) / chunks)
      for (let row = from; row < to; row++) objectStore.add(copy(store, row))
    }
    return new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
  }

  const started = performance.now()
  const writing: Promise<void>[] = []
  for (let chunk = 0; chunk < chunks; chunk++) {
    writing.push(writeChunk(chunk))
    if (writing.length >= plan.inFlight) await writing.shift()
  }
  await Promise.all(writing)
  const took = performance.now() - started

  scratch.close()
  await remove(SCRATCH)
  return { took, rows: Object.fromEntries(stores.map((store) => [store.name, store.count])) }
}

// How seeding (seeding.ts) cuts its writes: payments per transaction and transactions in flight.
// The bench's seeding floor writes in the same chunks (test/bench/seeding-floor.ts).

/**
 * Payments per transaction. Measured in headless Chromium (decision 004): 2,000 or more per
 * transaction seeded 100,000 no faster beyond the noise, and doubled the page's longest tasks
 * (about 80 ms per chunk of 1,000, during which the page cannot react to "Stop").
 */
export const SEED_CHUNK_SIZE = 1_000
/**
 * Chunks handed to IndexedDB at once: while one is written, the next is built and queued. Measured
 * in headless Chromium on the 2-core bench machine: 100,000 in 15.7-16.4 s with 2 and 21-22 s with
 * 1; 3 in flight, or chunks of 2,000, gained nothing beyond the noise.
 */
export const SEED_WRITES_IN_FLIGHT = 2

// Set-up for the simulator's tests, which run in plain Node: an in-memory IndexedDB before anything
// opens Dexie.
import 'fake-indexeddb/auto'

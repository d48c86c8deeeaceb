// A playground's storage: the simulator's own database on a fresh in-memory IndexedDB
// (fake-indexeddb), not the global one, so each playground starts empty and shares nothing.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { PlaygroundDatabase } from '../simulator/store/database.ts'

export function memoryDatabase(): PlaygroundDatabase {
  return new PlaygroundDatabase('pay-playground-testing', { indexedDB: new IDBFactory(), IDBKeyRange })
}

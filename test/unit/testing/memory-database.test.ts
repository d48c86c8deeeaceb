import { expect, it } from 'vitest'
import { memoryDatabase } from '../../../src/testing/memory-database.ts'

it('gives each playground an empty database of its own, without a global IndexedDB', async () => {
  expect(globalThis.indexedDB).toBeUndefined()
  const first = memoryDatabase()
  const second = memoryDatabase()
  await first.meta.put({ key: 'clockOffsetMs', value: 60_000 })
  expect(await first.meta.get('clockOffsetMs')).toStrictEqual({ key: 'clockOffsetMs', value: 60_000 })
  expect(await second.meta.count()).toBe(0)
  first.close()
  second.close()
})

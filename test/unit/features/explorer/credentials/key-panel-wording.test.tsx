// The key panel's sentence about a remembered key it cannot offer agrees in number with the count.
import { configure, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { rememberKey } from '../../../../../src/features/explorer/credentials/remembered-keys.ts'
import { revokeApiKey } from '../../../../../src/simulator/services/api-keys.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()
configure({ asyncUtilTimeout: 5_000 })

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

describe('the API key panel’s note on keys it cannot offer', { timeout: 60_000 }, () => {
  it('says “it was revoked or belongs to another service” for one key', async () => {
    const revoked = await newKey('revoked key')
    await revokeApiKey(revoked)
    rememberKey(revoked, 'device')
    renderApp('/explorer')
    const note = await screen.findByText(/1 remembered key is not listed/, undefined, { timeout: 10_000 })
    expect(note.textContent).toContain('because it was revoked or belongs to another service.')
  })
})

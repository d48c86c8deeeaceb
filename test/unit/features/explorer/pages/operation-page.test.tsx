// An endpoint's page: a share link opens it with the same inputs; the link shown never carries the
// key; an unknown endpoint says so.
import { configure, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { rememberKey } from '../../../../../src/features/explorer/credentials/remembered-keys.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()
configure({ asyncUtilTimeout: 5_000 })

let key: string
beforeEach(async () => {
  localStorage.clear()
  key = await newKey()
  rememberKey(key, 'device')
})

describe('an endpoint page', { timeout: 60_000 }, () => {
  it('opens a shared link with its inputs, and offers a share link without the key', async () => {
    const { user } = renderApp('/explorer/create-refund?path.paymentId=abc&body=%7B%22amount%22%3A5%7D&header.X-Trace=t1')
    await screen.findByText(/Sending with/, {}, { timeout: 10_000 })
    expect((screen.getByLabelText(/^paymentId/) as HTMLInputElement).value).toBe('abc')
    expect((screen.getByLabelText('Request body (JSON)') as HTMLTextAreaElement).value).toBe('{"amount":5}')
    expect((screen.getByLabelText('Header 1 name') as HTMLInputElement).value).toBe('X-Trace')
    const share = () => document.getElementById('share-link')?.textContent ?? ''
    expect(share()).toMatch(/#\/explorer\/create-refund\?path\.paymentId=abc&header\.X-Trace=t1&body=%7B%22amount%22%3A5%7D$/)
    await user.clear(screen.getByLabelText(/^paymentId/))
    await user.type(screen.getByLabelText(/^paymentId/), 'xyz')
    await waitFor(() => expect(share()).toContain('path.paymentId=xyz'))
    expect(share()).not.toContain(key)
    expect(share()).not.toContain('Authorization')
  })

  it('says when there is no such endpoint', async () => {
    renderApp('/explorer/make-tea')
    expect(await screen.findByRole('heading', { level: 1, name: 'There is no endpoint called “make-tea”' }, { timeout: 10_000 })).toBeVisible()
  })
})

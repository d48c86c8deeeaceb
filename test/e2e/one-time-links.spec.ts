// A `next_url` opened in a browser that has never seen it lands on "Enter card details" with its
// payment payable, every time: one visit is counted once however often the page renders or mounts.
// Twenty fresh browser profiles on the production build; one-time-links-dev-server.spec.ts does the
// same on the development server, where React's strict mode renders and mounts twice.
import { expect, test } from '@playwright/test'
import { EVERY_ONE_PAYABLE, openMany } from './support/fresh-links.ts'

test('on the production build, 20 fresh opens of next_url all land on the card form, payable', async ({ browser, baseURL }) => {
  test.setTimeout(300_000)
  expect(await openMany(browser, `${baseURL}#/`)).toEqual(EVERY_ONE_PAYABLE)
})

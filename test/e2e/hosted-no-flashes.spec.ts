// After "Continue" the confirm page comes straight after the card page, and after "Confirm payment"
// the return page straight after the confirm page: the page for the payment's new status ("Your
// payment is in progress", "Your payment was successful") never shows, not even for one render.
// The browser's CPU is slowed (as on a busy machine, where the flash showed about 1 time in 8) and
// the journey is made many times, recording every heading shown.
import { expect, test } from '@playwright/test'
import { fillCardForm, startCardPayment } from './support/hosted-journey.ts'
import { recordedHeadings, startRecordingHeadings } from './support/heading-recorder.ts'

const RUNS = 8
const CPU_SLOWDOWN = [1, 4, 6, 8]

test('moving on from the card and confirm pages shows no page in between', async ({ page }) => {
  test.setTimeout(RUNS * 45_000)
  const cdp = await page.context().newCDPSession(page)
  for (let run = 0; run < RUNS; run++) {
    await startCardPayment(page)
    await fillCardForm(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN[run % CPU_SLOWDOWN.length]! })
    await startRecordingHeadings(page)
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible({ timeout: 20_000 })
    // "Checking card details" is the real pages' answer to an authorisation slower than a second.
    const toConfirm = (await recordedHeadings(page)).filter((heading) => heading !== 'Checking card details')
    expect(toConfirm, `run ${run + 1}: from the card page`).toEqual(['Enter card details', 'Confirm your payment'])

    await startRecordingHeadings(page)
    await page.getByRole('button', { name: 'Confirm payment' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible({ timeout: 20_000 })
    expect(await recordedHeadings(page), `run ${run + 1}: from the confirm page`).toEqual(['Confirm your payment', 'Return to your service'])
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  }
})

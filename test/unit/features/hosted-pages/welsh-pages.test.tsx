// A payment created with `language: "cy"`: every hosted page in Welsh with the real pages' Welsh
// strings, every validation message included; `<html lang="cy">`; and no English left except what
// the real Welsh pages leave in English (test banners, header, footer, country names, …), which is
// marked `lang="en"`. A page's text outside those parts must be Welsh messages or the payment's own data.
import { configure, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bindPayment } from '../../../../src/features/hosted-pages/browser-binding.ts'
import { cy } from '../../../../src/features/hosted-pages/i18n/messages-cy.ts'
import { ensureCurrentService, updateService } from '../../../../src/simulator/services/service-accounts.ts'
import { cancelPayment } from '../../../../src/simulator/services/payments.ts'
import { textOutsideEnglishParts, labelsOutsideEnglishParts } from '../../../support/page-text.ts'
import { authorise, makePayment } from '../../../support/payment-scenarios.ts'
import { renderHosted } from '../../../support/render-hosted.tsx'
import { useSimulator } from '../../../support/simulator.ts'

const sim = useSimulator()
afterEach(() => localStorage.clear())
// Typing into every field of the card form, twice, takes a while on a busy two-core machine.
vi.setConfig({ testTimeout: 40_000 })
configure({ asyncUtilTimeout: 5000 })

/** Every Welsh message, and the ones with `%s` as patterns. */
const WELSH: string[] = []
const collect = (node: object) => Object.values(node).forEach((value) => (typeof value === 'string' ? WELSH.push(value) : collect(value as object)))
collect(cy)
const isWelshMessage = (text: string) =>
  WELSH.some((message) => message === text || (message.includes('%s') && new RegExp(`^${message.split('%s').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`).test(text)))

/** What the page may show besides messages: the payment's and the user's own data. */
const DATA = /^(Talu’r dreth gyngor|£[\d,.]+|Gwasanaeth Prawf|[●]+\d{4}|\d\d\/\d\d|Ms J Bloggs|.*@.*|jo|gmail\.com|.*, United Kingdom)$/

function expectOnlyWelsh() {
  const english = textOutsideEnglishParts().filter((text) => !isWelshMessage(text) && !DATA.test(text))
  expect(english).toEqual([])
  expect(labelsOutsideEnglishParts().filter((label) => !isWelshMessage(label))).toEqual([])
  expect(document.documentElement.lang).toBe('cy')
}

async function openWelsh(path: (id: string) => string, heading: string, prepare?: (id: string) => Promise<unknown>) {
  await updateService((await ensureCurrentService()).id, { settings: { welshName: 'Gwasanaeth Prawf' } })
  const payment = await makePayment({ language: 'cy', description: 'Talu’r dreth gyngor', amount: 14500 })
  await prepare?.(payment.id)
  bindPayment(payment.id)
  const view = renderHosted(path(payment.id))
  await screen.findByRole('heading', { level: 1, name: heading })
  return { ...view, payment }
}

describe('a Welsh payment’s pages', () => {
  it('shows the card details page in Welsh, with the Welsh service name, and the English-only parts marked', async () => {
    await openWelsh((id) => `/card_details/${id}`, 'Rhowch fanylion y cerdyn')
    expect(document.title).toBe('Rhowch fanylion y cerdyn – GOV.UK Pay Playground')
    expect(screen.getByLabelText('Rhif cerdyn')).toBeVisible()
    expect(screen.getByRole('group', { name: 'Dyddiad dod i ben' })).toHaveAccessibleDescription(/^Er enghraifft 10\/\d\d$/)
    expect(screen.getByLabelText('Mis')).toBeVisible()
    expect(screen.getByLabelText('Cod diogelwch y cerdyn')).toHaveAccessibleDescription('Y 3 digid olaf ar gefn y cerdyn')
    expect(screen.getByRole('button', { name: 'Parhau' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Canslo’r taliad' })).toBeEnabled()
    expect(within(screen.getByRole('banner')).getByText('Gwasanaeth Prawf')).toBeVisible()
    // What stays English, as on the real Welsh pages, says so.
    expect(screen.getByText('This is a test page. No money will be taken.').closest('[lang="en"]')).not.toBeNull()
    expect(screen.getByText('Test service').closest('[lang="en"]')).not.toBeNull()
    expect(screen.getByRole('option', { name: 'United Kingdom' })).toHaveAttribute('lang', 'en')
    expect(screen.getByRole('contentinfo').closest('[lang="en"]')).not.toBeNull()
    expectOnlyWelsh()
  })

  it('words every validation message in Welsh, in the summary and beside each field', async () => {
    const { user } = await openWelsh((id) => `/card_details/${id}`, 'Rhowch fanylion y cerdyn')
    await user.selectOptions(screen.getByLabelText('Gwlad neu diriogaeth'), 'FR')
    await user.click(screen.getByRole('button', { name: 'Parhau' }))
    const summary = screen.getByRole('alert')
    expect(within(summary).getByRole('heading')).toHaveTextContent('Mae’r meysydd canlynol yn wag neu yn cynnwys camgymeriadau')
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Rhowch rif cerdyn dilys',
      'Rhowch ddyddiad dod i ben dilys',
      'Rhowch enw dilys',
      'Rhowch god diogelwch cerdyn dilys',
      'Rhowch llinell cyfeiriad 1 dilys',
      'Rhowch dref/ddinas dilys',
      'Rhowch god post dilys',
      'Rhowch e-bost dilys',
    ])
    expect(document.getElementById('error-cardholder-name')).toHaveTextContent('Gwall: Rhowch enw dilys')
    expectOnlyWelsh()
    // Each rule's own message for fields filled in wrongly.
    const fill = async (label: string, value: string) => {
      await user.clear(screen.getByLabelText(label))
      await user.type(screen.getByLabelText(label), value)
    }
    await fill('Rhif cerdyn', '4242')
    await fill('Mis', '01')
    await fill('Blwyddyn', '20')
    await fill('Enw ar y cerdyn', '123')
    await fill('Cod diogelwch y cerdyn', '12')
    await fill('Llinell cyfeiriad 1', '4242424242424242')
    await fill('Llinell cyfeiriad 2 (dewisol)', '4242424242424242')
    await fill('Tref neu ddinas', '4242424242424242')
    await user.selectOptions(screen.getByLabelText('Gwlad neu diriogaeth'), 'GB')
    await fill('Cod post', 'ABC 123')
    await fill('E-bost', 'jo@example')
    await user.click(screen.getByRole('button', { name: 'Parhau' }))
    expect(within(screen.getByRole('alert')).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Nid yw rhif y cerdyn yr hyd cywir',
      'Rhowch ddyddiad dod i ben yn y dyfodol',
      'Rhowch yr enw fel y mae’n ymddangos ar y cerdyn',
      'Rhowch god diogelwch cerdyn dilys',
      "Rhowch linell cyfeiriad 1, fel arfer yr adeilad a'r stryd",
      'Rhowch linell cyfeiriad 2',
      'Rhowch dref/ddinas ddilys',
      'Rhowch god post dilys',
      'Rhowch e-bost dilys',
    ])
    await fill('Rhif cerdyn', '4242424242424241')
    await fill('Mis', '13')
    await user.click(screen.getByRole('button', { name: 'Parhau' }))
    const links = within(screen.getByRole('alert')).getAllByRole('link').map((link) => link.textContent)
    expect(links.slice(0, 2)).toEqual(['Rhowch rif cerdyn dilys', 'Rhowch ddyddiad dod i ben dilys'])
    await fill('Rhif cerdyn', '6759649826438453')
    await user.click(screen.getByRole('button', { name: 'Parhau' }))
    expect(within(screen.getByRole('alert')).getAllByRole('link')[0]).toHaveTextContent('Nid yw’r math hwn o gerdyn yn cael ei dderbyn')
    expectOnlyWelsh()
  })

  it('names a refused card brand in Welsh', async () => {
    await updateService((await ensureCurrentService()).id, { settings: { acceptedCardTypes: [{ brand: 'visa', type: 'CREDIT' }] } })
    const { user } = await openWelsh((id) => `/card_details/${id}`, 'Rhowch fanylion y cerdyn')
    expect(screen.getByText('Ni dderbynnir taliadau cerdyn debyd. Defnyddiwch gerdyn credyd os gwelwch yn dda.')).toBeVisible()
    await user.type(screen.getByLabelText('Rhif cerdyn'), '4000056655665556')
    await user.click(screen.getByRole('button', { name: 'Parhau' }))
    expect(within(screen.getByRole('alert')).getAllByRole('link')[0]).toHaveTextContent('Ni dderbynnir cardiau debyd Visa')
  })

  it('asks about a likely email typo in Welsh', async () => {
    const { user } = await openWelsh((id) => `/card_details/${id}`, 'Rhowch fanylion y cerdyn')
    for (const [label, value] of [['Rhif cerdyn', '4444333322221111'], ['Mis', '10'], ['Blwyddyn', '30'], ['Enw ar y cerdyn', 'Ms J Bloggs'], ['Cod diogelwch y cerdyn', '123'], ['Llinell cyfeiriad 1', '1 Stryd Fawr'], ['Tref neu ddinas', 'Caerdydd'], ['Cod post', 'CF10 1AA'], ['E-bost', 'jo@gmial.com']]) {
      await user.type(screen.getByLabelText(label!), value!)
    }
    await user.click(screen.getByRole('button', { name: 'Parhau' }))
    const typo = 'Efallai bod camgymeriad yn rhan olaf eich cyfeiriad e-bost. Dewiswch eich cyfeiriad e-bost.'
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(typo)
    expect(screen.getByRole('radio', { name: 'jo@gmail.com' })).toBeChecked()
    expectOnlyWelsh()
  })

  it('shows the confirm page in Welsh', async () => {
    await openWelsh((id) => `/card_details/${id}/confirm`, 'Cadarnhau eich taliad', (id) => authorise(id, { cardholderName: 'Ms J Bloggs' }))
    expect(within(screen.getByRole('table')).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Rhif cerdyn',
      'Dyddiad dod i ben',
      'Enw ar y cerdyn',
      'Cyfeiriad bilio',
      'E-bost cadarnhad',
    ])
    expect(screen.getByRole('button', { name: 'Cadarnhau’r taliad' })).toBeEnabled()
    expectOnlyWelsh()
  })

  it.each([
    ['4000000000000002', 'Mae eich taliad wedi cael ei wrthod'],
    ['4000000000000119', 'Rydym yn profi problemau technegol.'],
  ])('shows the outcome of %s in Welsh', async (cardNumber, heading) => {
    await openWelsh((id) => `/card_details/${id}`, heading, (id) => authorise(id, { cardNumber }))
    expectOnlyWelsh()
  })

  it('shows a payment cancelled by the service, and one in progress, in Welsh', async () => {
    const { payment } = await openWelsh((id) => `/card_details/${id}/confirm`, 'Mae eich taliad ar y gweill')
    expect(screen.getByRole('link', { name: 'Parhau gyda’ch taliad' })).toHaveAttribute('id', 'card-details-link')
    expectOnlyWelsh()
    await cancelPayment(payment.serviceId, payment.id)
    expect(await screen.findByRole('heading', { level: 1, name: 'Y taliad wedi ei ganslo' })).toBeVisible()
    expectOnlyWelsh()
  })

  it('leaves “successful” in English after “Roedd eich taliad yn”, as the real Welsh page does', async () => {
    const { pay } = await import('../../../support/payment-scenarios.ts')
    await openWelsh((id) => `/card_details/${id}`, 'Roedd eich taliad yn successful', (id) => pay(id))
    expect(screen.getByText('successful')).toHaveAttribute('lang', 'en')
    expectOnlyWelsh()
  })

  it('falls back to the English service name when there is no Welsh one', async () => {
    await updateService((await ensureCurrentService()).id, { name: 'Council tax', settings: { welshName: '' } })
    const payment = await makePayment({ language: 'cy' })
    bindPayment(payment.id)
    renderHosted(`/card_details/${payment.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Rhowch fanylion y cerdyn' })
    expect(within(screen.getByRole('banner')).getByText('Council tax')).toBeVisible()
  })

  it('works for a service stored before the Welsh name and the redirect flag existed: English name, outcome pages shown', async () => {
    const service = await ensureCurrentService()
    const { welshName: _welsh, redirectToServiceImmediatelyOnTerminalState: _redirect, ...older } = service.settings
    await sim.db().services.put({ ...service, name: 'Council tax', settings: older })
    const payment = await makePayment({ language: 'cy' })
    await authorise(payment.id, { cardNumber: '4000000000000002' })
    bindPayment(payment.id)
    renderHosted(`/card_details/${payment.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Mae eich taliad wedi cael ei wrthod' })
    expect(within(screen.getByRole('banner')).getByText('Council tax')).toBeVisible()
  })

  it('shows an English payment in English, with the English name, and <html lang="en">', async () => {
    await updateService((await ensureCurrentService()).id, { settings: { welshName: 'Gwasanaeth Prawf' } })
    const payment = await makePayment({ language: 'en' })
    bindPayment(payment.id)
    renderHosted(`/card_details/${payment.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Enter card details' })
    expect(within(screen.getByRole('banner')).getByText('My test service')).toBeVisible()
    expect(document.documentElement.lang).toBe('en')
  })
})

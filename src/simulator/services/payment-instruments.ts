// Payment instruments: the cards set-up payments save for agreements (connector's
// PaymentInstrumentService and LinkPaymentInstrumentToAgreementService). A card is saved as
// `created` when its set-up payment is authorised and becomes the agreement's `active` instrument
// when the payment is confirmed; the instrument it replaces is cancelled. Call inside a transaction.
import { newId } from '../model/ids.ts'
import type { PaymentInstrumentRecord } from '../model/recurring-types.ts'
import type { CardDetailsRecord, PaymentRecord } from '../model/types.ts'
import { database } from './runtime.ts'

/** Every instrument of an agreement, oldest first. */
async function instrumentsOf(agreementId: string): Promise<PaymentInstrumentRecord[]> {
  const all = await database().paymentInstruments.where('agreementId').equals(agreementId).toArray()
  return all.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
}

/** The instrument an agreement shows: its newest, whatever its status (as ledger shows it). */
export async function newestInstrument(agreementId: string): Promise<PaymentInstrumentRecord | undefined> {
  return (await instrumentsOf(agreementId)).at(-1)
}

/** The agreement's active instrument, the one payments are taken with. */
export async function activeInstrument(agreementId: string): Promise<PaymentInstrumentRecord | undefined> {
  return (await instrumentsOf(agreementId)).find((instrument) => instrument.status === 'active')
}

/** Saves the card a set-up payment was just authorised with. */
export async function saveCard(payment: PaymentRecord, card: CardDetailsRecord, at: number): Promise<PaymentInstrumentRecord> {
  const instrument: PaymentInstrumentRecord = {
    id: newId(),
    serviceId: payment.serviceId,
    agreementId: payment.agreementId!,
    paymentId: payment.id,
    status: 'created',
    createdAt: at,
    cardDetails: { ...card },
  }
  await database().paymentInstruments.add(instrument)
  payment.paymentInstrumentId = instrument.id
  return instrument
}

/** The instrument is no longer used: replaced by a newer card, or its agreement cancelled. */
export async function cancelInstrument(instrument: PaymentInstrumentRecord): Promise<void> {
  await database().paymentInstruments.put({ ...instrument, status: 'cancelled' })
}

/**
 * The set-up payment was confirmed: its card becomes the agreement's active instrument (any other
 * active one is cancelled) and the agreement is active, its cancellation forgotten.
 */
export async function linkToAgreement(payment: PaymentRecord, at: number): Promise<void> {
  const db = database()
  const instrument = payment.paymentInstrumentId && (await db.paymentInstruments.get(payment.paymentInstrumentId))
  const agreement = payment.agreementId && (await db.agreements.get(payment.agreementId))
  if (!instrument || !agreement) return
  for (const other of await instrumentsOf(agreement.id)) {
    if (other.status === 'active' && other.id !== instrument.id) await cancelInstrument(other)
  }
  await db.paymentInstruments.put({ ...instrument, status: 'active' })
  const { cancelledAt: _cancelled, ...rest } = agreement
  await db.agreements.put({ ...rest, status: 'active', updatedAt: at })
}

/** A payment taken with the instrument was declined for good: instrument and agreement are inactive. */
export async function inactivate(payment: PaymentRecord, at: number): Promise<void> {
  const db = database()
  const instrument = payment.paymentInstrumentId && (await db.paymentInstruments.get(payment.paymentInstrumentId))
  if (instrument) await db.paymentInstruments.put({ ...instrument, status: 'inactive' })
  const agreement = payment.agreementId && (await db.agreements.get(payment.agreementId))
  if (agreement) await db.agreements.put({ ...agreement, status: 'inactive', updatedAt: at })
}

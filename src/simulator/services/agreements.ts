// Agreements for recurring card payments: creating, reading and cancelling them. Creating one needs
// the service's recurring payments setting; reading and cancelling do not (the real ledger and
// connector do not check it there). Every change is one transaction.
import { accountFeatures } from '../model/account-features.ts'
import { newId } from '../model/ids.ts'
import type { AgreementRecord, PaymentInstrumentRecord } from '../model/recurring-types.ts'
import { operationError, roleError } from '../operations/errors/build.ts'
import { createAgreement as createOperation } from '../operations/agreements/create-agreement.ts'
import type { CreateAgreementRequest } from '../rules/create-agreement-request.ts'
import { now } from './clock.ts'
import { sweepExpired } from './expiry.ts'
import { activeInstrument, cancelInstrument, newestInstrument } from './payment-instruments.ts'
import { database, inTransaction } from './runtime.ts'

/** An agreement with the card it shows: its newest payment instrument, if any. */
export interface AgreementView {
  agreement: AgreementRecord
  instrument?: PaymentInstrumentRecord
}

export function createAgreement(serviceId: string, request: CreateAgreementRequest): Promise<AgreementView> {
  return inTransaction(async () => {
    const db = database()
    const [service, at] = await Promise.all([db.services.get(serviceId), now()])
    // A service deleted while its key was in use: connector's "gateway account not found", which
    // the real API reports as its downstream error for this operation.
    if (!service) throw roleError(createOperation, 'downstream')
    if (!accountFeatures(service.settings).recurringPayments) throw operationError(createOperation, 'P0942')
    const agreement: AgreementRecord = {
      id: newId(),
      serviceId,
      reference: request.reference,
      referenceKey: request.reference.toLowerCase(),
      description: request.description,
      status: 'created',
      createdAt: at,
      updatedAt: at,
    }
    if (request.userIdentifier !== undefined) agreement.userIdentifier = request.userIdentifier
    await db.agreements.add(agreement)
    return { agreement }
  })
}

/**
 * An agreement of `serviceId` with its newest instrument; another service's counts as unknown. Due
 * changes are applied first: a queued payment declined by now has already made the agreement inactive.
 */
export async function getAgreement(serviceId: string, agreementId: string): Promise<AgreementView | undefined> {
  await sweepExpired()
  return inTransaction(async () => {
    const agreement = await database().agreements.get(agreementId)
    if (agreement?.serviceId !== serviceId) return undefined
    const instrument = await newestInstrument(agreementId)
    return instrument ? { agreement, instrument } : { agreement }
  })
}

export type CancelAgreementResult = 'cancelled' | 'not-found' | 'not-active'

/** Cancels an agreement whose payment instrument is active (due changes applied first): the instrument is cancelled with it. */
export async function cancelAgreement(serviceId: string, agreementId: string): Promise<CancelAgreementResult> {
  await sweepExpired()
  return inTransaction(async () => {
    const db = database()
    const agreement = await db.agreements.get(agreementId)
    if (agreement?.serviceId !== serviceId) return 'not-found'
    const instrument = await activeInstrument(agreementId)
    if (!instrument) return 'not-active'
    const at = await now()
    await cancelInstrument(instrument)
    await db.agreements.put({ ...agreement, status: 'cancelled', cancelledAt: at, updatedAt: at })
    return 'cancelled'
  })
}

/** The agreements of a service's payments, by id, for the pages that show a payment's agreement. */
export async function agreementsById(ids: readonly string[]): Promise<Map<string, AgreementRecord>> {
  const found = await database().agreements.bulkGet([...new Set(ids)])
  return new Map(found.filter((agreement) => agreement !== undefined).map((agreement) => [agreement.id, agreement]))
}

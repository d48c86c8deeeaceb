// A scenario's records as they are added to a browser (scenario-open.ts): every id new, so opening
// a scenario twice gives two services that share nothing, every reference between the records
// following its record's new id, and every time moved by the same amount, so the records are as
// old, by the simulator clock, as when the scenario was saved.
import type { DisputeRecord } from '../model/dispute-types.ts'
import { newId } from '../model/ids.ts'
import type { AgreementRecord, PaymentInstrumentRecord } from '../model/recurring-types.ts'
import type { PaymentRecord, RefundRecord } from '../model/types.ts'
import { toIsoDate } from './clock.ts'
import type { ExportTables } from './export-format.ts'

export type ScenarioRecords = Pick<ExportTables, 'payments' | 'refunds' | 'disputes' | 'agreements' | 'paymentInstruments'>

const shift = (at: number | undefined, by: number) => (at === undefined ? undefined : at + by)

/** New ids for the records of a table, by their old ids. */
const newIds = (records: ReadonlyArray<{ id: string }>) => new Map(records.map((record) => [record.id, newId()]))

/** The records for a new service `serviceId`, with new ids and their times moved by `by` milliseconds. */
export function movedRecords(tables: ScenarioRecords, serviceId: string, by: number): ScenarioRecords {
  const paymentIds = newIds(tables.payments)
  const agreementIds = newIds(tables.agreements)
  const instrumentIds = newIds(tables.paymentInstruments)
  const steps = <Step extends { at: number }>(history: Step[]) => history.map((step) => ({ ...step, at: step.at + by }))

  const payments = tables.payments.map((payment): PaymentRecord => {
    const moved: PaymentRecord = {
      ...payment,
      id: paymentIds.get(payment.id)!,
      serviceId,
      createdAt: payment.createdAt + by,
      updatedAt: payment.updatedAt + by,
      history: steps(payment.history),
    }
    if (payment.expiresAt !== undefined) moved.expiresAt = shift(payment.expiresAt, by)
    if (payment.authorisesAt !== undefined) moved.authorisesAt = shift(payment.authorisesAt, by)
    if (payment.captureSubmitTime !== undefined) moved.captureSubmitTime = shift(payment.captureSubmitTime, by)
    if (payment.capturedDate !== undefined) moved.capturedDate = toIsoDate(Date.parse(payment.capturedDate) + by)
    if (payment.agreementId !== undefined) moved.agreementId = agreementIds.get(payment.agreementId)!
    if (payment.paymentInstrumentId !== undefined) {
      // A set-up payment whose card was not kept (it failed) names no instrument in the file.
      const instrument = instrumentIds.get(payment.paymentInstrumentId)
      if (instrument) moved.paymentInstrumentId = instrument
      else delete moved.paymentInstrumentId
    }
    return moved
  })
  const refunds = tables.refunds.map(
    (refund): RefundRecord => ({
      ...refund,
      id: newId(),
      paymentId: paymentIds.get(refund.paymentId)!,
      serviceId,
      createdAt: refund.createdAt + by,
      history: steps(refund.history),
    }),
  )
  const disputes = tables.disputes.map(
    (dispute): DisputeRecord => ({
      ...dispute,
      id: newId(),
      paymentId: paymentIds.get(dispute.paymentId)!,
      serviceId,
      createdAt: dispute.createdAt + by,
      evidenceDueAt: dispute.evidenceDueAt + by,
      history: steps(dispute.history),
    }),
  )
  const agreements = tables.agreements.map((agreement): AgreementRecord => {
    const moved: AgreementRecord = {
      ...agreement,
      id: agreementIds.get(agreement.id)!,
      serviceId,
      createdAt: agreement.createdAt + by,
      updatedAt: agreement.updatedAt + by,
    }
    if (agreement.cancelledAt !== undefined) moved.cancelledAt = agreement.cancelledAt + by
    return moved
  })
  const paymentInstruments = tables.paymentInstruments.map(
    (instrument): PaymentInstrumentRecord => ({
      ...instrument,
      id: instrumentIds.get(instrument.id)!,
      serviceId,
      agreementId: agreementIds.get(instrument.agreementId)!,
      paymentId: paymentIds.get(instrument.paymentId) ?? instrument.paymentId,
      createdAt: instrument.createdAt + by,
    }),
  )
  return { payments, refunds, disputes, agreements, paymentInstruments }
}

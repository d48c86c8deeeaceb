// Checks across the records storage schema 6 added to an export: each agreement, payment
// instrument and dispute belongs to a service in the file, points at records that exist there and
// belong to the same service, and no two share an id. The first problem is reported as a sentence.
import type { ExportTables } from './export-format.ts'
import { indexBy, refuse } from './export-consistency.ts'

export function checkRecurringConsistency(tables: ExportTables): void {
  const services = new Set(tables.services.map((service) => service.id))
  const payments = new Map(tables.payments.map((payment) => [payment.id, payment]))
  const agreements = indexBy('agreements', tables.agreements)
  for (const agreement of agreements.values()) {
    if (!services.has(agreement.serviceId)) refuse(`Agreement ${agreement.id} belongs to a service that is not in the export.`)
    if (agreement.referenceKey !== agreement.reference.toLowerCase()) {
      refuse(`Agreement ${agreement.id} in the export is not consistent: “referenceKey” is not the reference in lower case.`)
    }
  }
  const sameService = (what: string, serviceId: string, agreementId: string) => {
    const agreement = agreements.get(agreementId)
    if (!agreement) return refuse(`${what} is for agreement ${agreementId}, which is not in the export.`)
    if (agreement.serviceId !== serviceId) refuse(`${what} belongs to a different service from its agreement.`)
  }
  for (const instrument of indexBy('paymentInstruments', tables.paymentInstruments).values()) {
    sameService(`Payment instrument ${instrument.id}`, instrument.serviceId, instrument.agreementId)
  }
  for (const payment of tables.payments) {
    if (payment.agreementId !== undefined) sameService(`Payment ${payment.id}`, payment.serviceId, payment.agreementId)
  }
  for (const dispute of indexBy('disputes', tables.disputes).values()) {
    const payment = payments.get(dispute.paymentId)
    if (!payment) return refuse(`Dispute ${dispute.id} is for payment ${dispute.paymentId}, which is not in the export.`)
    if (payment.serviceId !== dispute.serviceId) refuse(`Dispute ${dispute.id} belongs to a different service from its payment.`)
  }
}

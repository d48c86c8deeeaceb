// What the agreement pages say when the id is not one of the current service's agreements.
import { RecordNotFound } from '../record-not-found.tsx'
import { agreementPaths } from './agreement-paths.ts'

export function AgreementNotFound({ agreementId, serviceName }: { agreementId: string; serviceName: string }) {
  return (
    <RecordNotFound title="Agreement" noun="agreement" id={agreementId} serviceName={serviceName} list={{ to: agreementPaths.index(), name: 'agreements list' }} />
  )
}

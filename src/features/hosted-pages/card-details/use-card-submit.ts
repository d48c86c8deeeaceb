// What "Continue" does on the card details page: check the form, query a likely email typo, then
// authorise the card. While authorising, the page holds itself on screen (so the page for the
// payment's new status never shows for a moment before the confirm page) and, after a second,
// shows "Checking card details". A declined or failed card lets go, and the gate shows its page; a
// card the service refuses (a prepaid card it blocks) is an error on the card number, as the real
// pages show it. A MOTO payment is not asked for a billing address.
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import type { CalendarMonth } from '../../../simulator/rules/card-form/expiry.ts'
import type { FieldError } from '../../../simulator/rules/card-form/fields.ts'
import type { CardRefusal } from '../../../simulator/services/card-checks.ts'
import {
  authorisePayment,
  beginCardEntry,
  CardFormRejectedError,
  cardFormContext,
  CardRefusedError,
  type HostedPayment,
  WrongStateError,
} from '../../../simulator/services/hosted-session.ts'
import { AUTH_WAITING_AFTER_MS } from '../auth-waiting-page.tsx'
import { focusMainHeading } from '../focus-heading.ts'
import { useGateHold } from '../gate-hold.ts'
import { initialCardForm, toSubmission } from './initial-card-form.ts'
import { type CardFormState, useCardForm } from './use-card-form.ts'
import { type EmailTypoState, useEmailTypo } from './use-email-typo.ts'

export interface CardSubmit {
  form: CardFormState
  typo: EmailTypoState
  submit: (event: FormEvent) => Promise<void>
  submitting: boolean
  /** Authorisation has taken longer than a second: the waiting page is on show. */
  waiting: boolean
  failed: boolean
  today: CalendarMonth
}

/** The service's refusal as the card number's error: the real pages' message for a blocked prepaid card. */
const refusalError = (refusal: CardRefusal): FieldError =>
  refusal.reason === 'prepaid' ? { field: 'cardNo', code: 'unsupportedPrepaidCard' } : { field: 'cardNo', code: 'cardNotSupported' }

export function useCardSubmit(hosted: HostedPayment): CardSubmit {
  const { payment, service } = hosted
  const context = cardFormContext(service.settings, hosted.now, payment)
  const form = useCardForm(initialCardForm(payment, service.settings), context)
  const typo = useEmailTypo()
  const gate = useGateHold()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const sending = useRef(false)
  const [submitting, setSubmitting] = useState(false)
  const [waiting, setWaiting] = useState(false)
  const [failed, setFailed] = useState(false)

  // Showing the form starts the payment (created → started), as the real page does on every visit.
  useEffect(() => {
    if (payment.status === 'CREATED') beginCardEntry(payment.id).catch(() => undefined)
  }, [payment.id, payment.status])

  // The waiting page takes the form's place: its heading takes focus, as a new page's would.
  useEffect(() => {
    if (waiting) focusMainHeading()
  }, [waiting])

  const authorise = async (email: string) => {
    sending.current = true
    setSubmitting(true)
    gate.hold(hosted)
    const slow = setTimeout(() => setWaiting(true), AUTH_WAITING_AFTER_MS)
    try {
      const authorised = await authorisePayment(payment.id, toSubmission({ ...form.values, email }, context)).finally(() =>
        clearTimeout(slow),
      )
      // The confirm page shows the payment as it is now, without waiting for a refetch.
      queryClient.setQueryData(queryKeys.hostedPayment(payment.id), { ...hosted, payment: authorised })
      if (authorised.status === 'AUTHORISATION SUCCESS') {
        // Held until the confirm page replaces this one.
        await navigate(appPaths.confirm(payment.id))
        return
      }
    } catch (error) {
      if (error instanceof CardFormRejectedError) form.showErrors(error.errors)
      else if (error instanceof CardRefusedError) form.showErrors([refusalError(error.refusal)])
      else if (!(error instanceof WrongStateError)) setFailed(true)
    }
    // Declined, failed or refused: the gate shows the page for the payment's status again.
    form.forgetCard()
    sending.current = false
    setSubmitting(false)
    setWaiting(false)
    gate.release()
    await queryClient.invalidateQueries({ queryKey: queryKeys.hostedPayment(payment.id) })
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (sending.current || !form.validate()) return
    if (service.settings.emailCollectionMode !== 'OFF') {
      const outcome = typo.resolve(form.values.email)
      if (outcome.email !== form.values.email) form.change('email', outcome.email)
      if (outcome.stopped) {
        form.focusSummary()
        return
      }
      await authorise(outcome.email)
      return
    }
    await authorise(form.values.email)
  }

  return { form, typo, submit, submitting, waiting, failed, today: context.today }
}

// The sandbox cards a test needs most: the number decides what authorising it does.
export const TEST_CARDS = Object.freeze({
  /** Authorised: the payment succeeds. */
  success: '4444333322221111',
  /** Declined: the payment fails with P0010. */
  declined: '4000000000000002',
  /** A processing error: the payment ends in `error`, P0050. */
  error: '4000000000000119',
  /** Sets an agreement up, then every payment taken with the agreement is declined (`can_retry: false`). */
  recurringDeclined: '5105105105105100',
} as const)

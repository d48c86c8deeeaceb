// What one operation of the simulated API is, written once: its address, its documentation, the
// bodies it takes and gives, and every error it can answer with, each with the cause a learner
// should look for. The route table, the error catalogue, the fault list, the explorer and
// openapi.json are all derived from these descriptions.
import type { Example, Parameter, Response, Schema, Tag } from './openapi/types.ts'

export type HttpMethod = 'GET' | 'POST'

/**
 * The rate limiter's bucket (pay-api-contract.md §1.2): creating a payment, capturing one and
 * every other POST are counted apart, 15 a second each; reads share one bucket of 75 a second.
 */
export type RateBucket = 'create-payment' | 'capture-payment' | 'other-post' | 'read'

/** One way an error code comes about: the exact body, and what usually causes it. */
export interface ErrorVariant {
  status: number
  /**
   * The body's `description`, exactly. `{field}` stands for the field the body names; any other
   * `{name}` stands for a part that varies, filled from `example` in documentation.
   */
  description: string
  /** The fields this case can name in the body's `field`; each one is answered with the same words. */
  fields?: readonly string[]
  /** The header the body names in `header`. */
  header?: string
  /** What in the request usually leads to this answer, in a sentence for a learner. */
  cause: string
  /** Values for the `{name}` parts of the description, for the documented example. */
  example?: Readonly<Record<string, string>>
  /** A name to ask for this case by, where a code has several (`operationError(op, 'P0603', 'pending')`). */
  name?: string
  /** Given by a live account only: documented, never answered by the playground. */
  liveOnly?: boolean
}

/** What an error code's role is in the pipeline, for the codes every operation has one of. */
export type ErrorRole = 'not-found' | 'downstream' | 'unparseable-json'

export interface ErrorCodeSpec {
  code: string
  /** What the code means and what to do about it. */
  meaning: string
  role?: ErrorRole
  variants: readonly ErrorVariant[]
}

export interface OperationSpec<Id extends string = string> {
  id: Id
  method: HttpMethod
  /** The path template, with parameters in braces: `/v1/payments/{paymentId}`. */
  path: string
  /** The group the documentation lists it under. */
  tag: Tag
  summary: string
  description: string
  /** How the playground differs from, or reproduces a surprise of, the real service. */
  notes?: readonly string[]
  rateBucket: RateBucket
  /** `none` for the one operation the real API answers without a key (MOTO authorisation). */
  auth: 'api-key' | 'none'
  parameters?: readonly Parameter[]
  /** A JSON request body. An unreadable one is answered with the code whose role is `unparseable-json`. */
  body?: { schema: Schema; examples: Readonly<Record<string, Example>> }
  /** Named schemas the operation's bodies refer to (`#/components/schemas/…`), beyond the shared ones. */
  schemas?: Readonly<Record<string, Schema>>
  /** The successful answers, by status. */
  responses: Readonly<Record<string, Response>>
  /** Every Pay error this operation answers with, besides the ones every operation shares. */
  errors: readonly ErrorCodeSpec[]
}

/**
 * Keeps the operation's id and whether it needs a key as literal types, so the registry can name
 * every operation and the handler map can give the keyless one a handler that has no service.
 */
export const defineOperation = <const Id extends string, const Auth extends OperationSpec['auth']>(
  spec: OperationSpec<Id> & { auth: Auth },
): OperationSpec<Id> & { auth: Auth } => spec

// The explorer's view of the API description: one entry per operation, with a stable slug for its
// deep link (`#/explorer/create-payment`), its parameters split by where they go, and its body
// schema with references resolved. Everything here is read from the OpenAPI document.
import { payApiDocument } from '../../../simulator/operations/openapi/document.ts'
import type { Example, HttpMethod, Operation, Parameter, Schema } from '../../../simulator/operations/openapi/types.ts'

export interface ExplorerOperation {
  slug: string
  operationId: string
  method: 'GET' | 'POST'
  /** The path template, e.g. `/v1/payments/{paymentId}`. */
  path: string
  tag: string
  operation: Operation
  pathParameters: Parameter[]
  queryParameters: Parameter[]
  headerParameters: Parameter[]
  /** The JSON body's schema, when the operation takes a body. */
  bodySchema?: Schema
  bodyExamples: Record<string, Example>
}

/** `createPayment` → `create-payment`. */
export const slugOf = (operationId: string): string => operationId.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

/** Follows a `#/components/schemas/…` reference; other schemas are returned as they are. */
export function resolveSchema(schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema
  const name = schema.$ref.replace('#/components/schemas/', '')
  return resolveSchema(payApiDocument.components.schemas[name])
}

function toExplorerOperation(path: string, method: HttpMethod, operation: Operation): ExplorerOperation {
  const parameters = operation.parameters ?? []
  const body = operation.requestBody?.content['application/json']
  return {
    slug: slugOf(operation.operationId),
    operationId: operation.operationId,
    method: method === 'get' ? 'GET' : 'POST',
    path,
    tag: operation.tags[0] ?? 'Other',
    operation,
    pathParameters: parameters.filter((parameter) => parameter.in === 'path'),
    queryParameters: parameters.filter((parameter) => parameter.in === 'query'),
    headerParameters: parameters.filter((parameter) => parameter.in === 'header'),
    bodySchema: resolveSchema(body?.schema),
    bodyExamples: { ...(body?.examples ?? {}) },
  }
}

const METHODS: HttpMethod[] = ['post', 'get']

export const OPERATIONS: readonly ExplorerOperation[] = Object.entries(payApiDocument.paths).flatMap(([path, item]) =>
  METHODS.flatMap((method) => {
    const operation = item[method]
    return operation ? [toExplorerOperation(path, method, operation)] : []
  }),
)

export function findOperation(slug: string | undefined): ExplorerOperation | undefined {
  return OPERATIONS.find((operation) => operation.slug === slug)
}

export interface OperationGroup {
  name: string
  description: string
  operations: ExplorerOperation[]
}

/** The operations grouped by tag, in the document's tag order, as the real documentation groups them. */
export function operationGroups(operations: readonly ExplorerOperation[] = OPERATIONS): OperationGroup[] {
  return payApiDocument.tags
    .map((tag) => ({
      name: tag.name,
      description: tag.description,
      operations: operations.filter((operation) => operation.tag === tag.name),
    }))
    .filter((group) => group.operations.length > 0)
}

/** Operations whose summary, method, path or description contains every word of the search. */
export function searchOperations(text: string): ExplorerOperation[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean)
  return OPERATIONS.filter((operation) => {
    const haystack = [operation.method, operation.path, operation.operation.summary, operation.operation.description, operation.tag]
      .join(' ')
      .toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}
